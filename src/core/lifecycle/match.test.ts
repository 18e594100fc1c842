import { describe, expect, it } from 'vitest';
import { scheme as ceph } from '../versions/ceph/index.js';
import { scheme as container } from '../versions/container/index.js';
import { scheme as loose } from '../versions/loose/index.js';
import { scheme as openstack } from '../versions/openstack/index.js';
import type { VersionScheme } from '../versions/types.js';
import { cycleKeys, cycleOf, unreachableCycles } from './match.js';
import type { Cycle } from './types.js';

const cycles = (...ids: (string | Partial<Cycle>)[]): Cycle[] => ids.map((c) => (typeof c === 'string' ? { id: c, ends: {} } : { id: '?', ends: {}, ...c }));
const match = (list: Cycle[], version: string, scheme: VersionScheme = loose) => cycleOf(cycleKeys(list), version, scheme.parse(version))?.id;

describe('cycleOf: the cycle a pin names', () => {
  const dotnetfx = cycles('4.8.1', '4.8', '4.6.2', '4.6.1', '4.6', '3.5-sp1');
  it.each([
    ['4.6.2', '4.6.2', 'the pin is a cycle id'],
    ['4.6.2.1', '4.6.2', 'the longest cycle id prefixing it'],
    ['4.6.25', '4.6', 'a prefix ends at a version boundary: 4.6.25 is not 4.6.2'],
    ['v4.8.1', '4.8.1', 'after a leading v'],
    ['3.5-SP1', '3.5-sp1', 'case-insensitive'],
    ['4.7', undefined, 'no cycle'],
  ] as [string, string | undefined, string][])('%s → %s (%s)', (version, cycle) => {
    expect(match(dotnetfx, version)).toBe(cycle);
  });

  it('a boundary is a separator or a change between digits and letters: 2003-sp2 beside 2003; 1.1.1w → 1.1.1', () => {
    expect(match(cycles('2003', '2003-sp2'), '2003-sp2')).toBe('2003-sp2');
    expect(match(cycles('2003', '2003-sp2'), '2003-sp1')).toBe('2003');
    expect(match(cycles('1.1.1', '1.1'), '1.1.1w')).toBe('1.1.1');
    expect(match(cycles('11pro', '11'), '11profold')).toBe('11');
  });

  it('a label the version carries picks the labelled cycle: 8.3.101-CE → 8.3-ce; without it, 8.3', () => {
    const xdr = cycles('8.3', '8.3-ce');
    expect(match(xdr, '8.3.101-CE')).toBe('8.3-ce');
    expect(match(xdr, '8.3.101')).toBe('8.3');
  });

  it('a cycle codename or alias names it; the scheme maps the rest (stable/zed → zed; pacific; 5:20.10.23 → 20.10)', () => {
    expect(match(cycles({ id: 'zed' }, { id: 'antelope', aliases: ['2023.1'] }), 'stable/zed', openstack)).toBe('zed');
    expect(match(cycles({ id: 'zed' }, { id: 'antelope', aliases: ['2023.1'] }), '2023.1', openstack)).toBe('antelope');
    expect(match(cycles({ id: '16', codename: 'Pacific' }), 'pacific', ceph)).toBe('16');
    expect(match(cycles('5', '20.10'), '5:20.10.23', container)).toBe('20.10');
  });

  it('numbers equal as numbers: 9.0.00.200 → 9.0.0', () => {
    expect(match(cycles('9.0.0', '9.1'), '9.0.00.200')).toBe('9.0.0');
  });
});

describe('unreachableCycles: cycles that pins of their own id or latest version do not reach', () => {
  it('names a latest that reaches another cycle or none, and an id shadowed by another cycle', () => {
    const mule = cycles(
      { id: '4.9-lts', latest: '4.9.16' },
      { id: '4.9', latest: '4.9.16' },
      { id: '2025', latest: '10.0.26100' },
      { id: '4.10', latest: '4.10.5' },
    );
    expect(unreachableCycles(mule, loose.parse)).toEqual([
      { cycle: '4.9-lts', by: 'latest', version: '4.9.16', reaches: '4.9' },
      { cycle: '2025', by: 'latest', version: '10.0.26100', reaches: undefined },
    ]);
    expect(unreachableCycles(cycles('11-ltsc', '11-LTSC'), loose.parse)).toEqual([{ cycle: '11-LTSC', by: 'id', version: '11-LTSC', reaches: '11-ltsc' }]);
  });
});
