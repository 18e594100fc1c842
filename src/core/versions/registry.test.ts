import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getScheme, schemeIds, schemes } from './registry.js';
import type { SchemeId, VersionScheme } from './types.js';

/** Versions every scheme must order consistently, whether it parses them or not. */
const SHARED_SAMPLE = [
  '',
  ' ',
  '.',
  '1..2',
  '1',
  '1.2',
  '1.2.3',
  'v1.2.3',
  '1.2.3-rc.1',
  '1.2.3-alpha',
  '1.10.0',
  '16.2.11',
  '16.1.0',
  'pacific',
  'zed',
  'stable/zed',
  '2023.1',
  '22.04',
  '22.04.3',
  'jammy',
  '22.09.0',
  '10.11.2-alpine',
  '5:20.10.23',
  'latest',
  '24.1.2.20240909',
  '3d55be0a54dc56d18ef70a7254a2afbc51b463ca',
  'main',
];

const OWN_SAMPLE: Record<SchemeId, readonly string[]> = {
  semver: ['0.9.0', '1.0.0-rc.1', '1.0.0-rc.10', '1.0.0', '1.0.0+b1', '2'],
  ceph: ['15.2.17', '16.0.0', 'v16.2.11-20230125', 'v16.2.11-20230301', 'quincy', '17.2.6', 'Reef'],
  openstack: ['yoga', 'Zed', 'zed-eol', 'unmaintained/zed', 'antelope', 'stable/2023.2', 'caracal', 'indri'],
  calendar: ['22.03.0', '22.09.1', '2022.09', '23.03.1', 'v23.03.0', '2023.03.2'],
  ubuntu: ['trusty', '20.04.6', 'focal', '22.04.3 LTS', 'noble', '24.04', 'resolute'],
  kubernetes: ['1.27', '1.27.3', 'v1.27.3', '1.28.0-rc.1', '1.28.0', 'v1.9.0'],
  container: ['1.6.18-alpine', 'v23.02.2', '19.0.3-legacy', '15.2-alpine', '5.2-22.04_beta', '5.2-22.04', 'stable', '4:20.10.23'],
  kolla: ['17.1.0', '24.1.2', '24.1.2.20241001', '24.1.3.20240101'],
  loose: ['7', '7 (2009)', '8u482-b08', '8u501', '21.0.12.1+1', '26-ea', '28.5.0.5', '2023.12.20260817.0', '4.9-lts', '9.4.58.v20250814'],
  distro: ['1:1.0-1', '1.2.3~rc1-1', '1.2.3-1', '1.28.0-1~bookworm', '1.24.0-r7', '2:0.9-1'],
  git: ['3d55be0', 'master', 'stable/zed', 'DEADBEEF'],
};

const UNPARSEABLE = ['', ' ', '\t\n', '.', '1..2', '1'.repeat(1000), 'a'.repeat(1000), '1.'.repeat(500), 'v'.repeat(1000)];

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

function expectTotalOrder(scheme: VersionScheme, sample: readonly string[]): void {
  for (const a of sample) {
    expect(scheme.compare(a, a), `${a} = ${a}`).toBe(0);
    for (const b of sample) {
      const ab = sign(scheme.compare(a, b));
      expect(ab, `antisymmetry of ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(-sign(scheme.compare(b, a)) || 0);
      for (const c of sample) {
        const bc = sign(scheme.compare(b, c));
        if (ab <= 0 && bc <= 0) {
          const expected = ab < 0 || bc < 0 ? -1 : 0;
          expect(sign(scheme.compare(a, c)), `transitivity: ${a} ≤ ${b} ≤ ${c}`).toBe(expected);
        }
      }
    }
  }
}

describe.each(schemeIds.map((id) => ({ id, scheme: schemes[id] })))('scheme $id', ({ id, scheme }) => {
  it('has metadata: id, display name and at least one https url', () => {
    expect(scheme.id).toBe(id);
    expect(scheme.displayName.trim()).not.toBe('');
    expect(scheme.urls.length).toBeGreaterThan(0);
    for (const url of scheme.urls) expect(url).toMatch(/^https:\/\//);
  });

  it('lives in the folder named after its id, which exports the same metadata', async () => {
    // Vite resolves variable dynamic imports by globbing real files, hence `.ts` here only.
    const module = (await import(`./${id}/index.ts`)) as { id: string; displayName: string; urls: readonly string[]; scheme: VersionScheme };
    expect(module.id).toBe(id);
    expect(module.scheme).toBe(scheme);
    expect(module.displayName).toBe(scheme.displayName);
    expect(module.urls).toEqual(scheme.urls);
  });

  it('compare is a total order on the shared sample and its own sample', () => {
    expectTotalOrder(scheme, [...SHARED_SAMPLE, ...OWN_SAMPLE[id]]);
  });

  it('parse keeps the text as given and returns consistent fields', () => {
    for (const text of [...SHARED_SAMPLE, ...OWN_SAMPLE[id]]) {
      const parsed = scheme.parse(text);
      if (parsed === undefined) continue;
      expect(parsed.raw).toBe(text);
      if (parsed.unversioned) {
        expect(parsed.release).toEqual([]);
        expect(parsed.cycles).toEqual([]);
      } else {
        expect(parsed.release.length).toBeGreaterThan(0);
        expect(parsed.cycles.length).toBeGreaterThan(0);
        for (const part of parsed.release) expect(Number.isSafeInteger(part)).toBe(true);
        if (parsed.pre !== undefined) expect(parsed.stable).toBe(false);
      }
    }
  });

  it('parses every version of its own sample', () => {
    const unparsed = OWN_SAMPLE[id].filter((text) => scheme.parse(text) === undefined);
    expect(unparsed).toEqual(id === 'container' ? ['stable'] : []);
  });

  it.each(UNPARSEABLE.map((text) => [text.length > 20 ? `${text.slice(0, 10)}… (${text.length} chars)` : JSON.stringify(text), text]))(
    'returns undefined for %s and does not throw',
    (_label, text) => {
      expect(scheme.parse(text)).toBeUndefined();
    },
  );

  it('never throws on arbitrary text, and compare stays antisymmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        scheme.parse(a);
        expect(sign(scheme.compare(a, b))).toBe(-sign(scheme.compare(b, a)) || 0);
      }),
      { numRuns: 300 },
    );
  });

  it('orders the cycle keys of its own sample consistently', () => {
    const keys = [...new Set(OWN_SAMPLE[id].flatMap((text) => scheme.parse(text)?.cycles ?? []))];
    for (const a of keys) {
      expect(scheme.compareCycles(a, a)).toBe(0);
      for (const b of keys) expect(sign(scheme.compareCycles(a, b))).toBe(-sign(scheme.compareCycles(b, a)) || 0);
    }
  });
});

describe('registry', () => {
  it('getScheme finds every registered scheme by id', () => {
    for (const id of schemeIds) expect(getScheme(id)).toBe(schemes[id]);
  });

  it.each(['', 'SemVer', 'debian', 'toString', '__proto__', 'constructor'])('getScheme(%j) is undefined', (id) => {
    expect(getScheme(id)).toBeUndefined();
  });

  it('parses 10,000 pins across all schemes well within budget', () => {
    const pins = Object.values(OWN_SAMPLE).flat();
    const all = Object.values(schemes);
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const scheme = all[i % all.length];
      scheme?.parse(pins[i % pins.length] ?? '');
    }
    expect(performance.now() - start).toBeLessThan(500); // a few ms usually; generous for a loaded CI machine (npm run bench measures speed)
  });
});
