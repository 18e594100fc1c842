import { describe, expect, it } from 'vitest';
import { d } from '../../../test/builders.js';
import { data } from '../../../test/paths.js';
import { phaseOn, resolveEnd } from '../../core/lifecycle/phases.js';
import { knownAt } from '../../core/lifecycle/replay.js';
import { importOpenstackSeries, parseSeriesHistory, parseSeriesStatus, seriesProduct } from './index.js';

const openstack = importOpenstackSeries(data('openstack/series_status.yaml'), data('openstack/series_status.history.jsonl')).products[0]!;

describe("OpenStack's series_status.yaml", () => {
  it('reads every series with its release-id as an alias', () => {
    const now = knownAt(openstack, d('2026-11-25'));
    expect(now.find('2023.1')?.id).toBe('antelope');
    expect(now.find('zed')?.released).toBe('2022-10-05');
  });

  it.each([
    // as of, series, maintained until (as published then), phase on the as-of date
    ['2023-03-20', 'zed', '2024-04-05', 'maintained'],
    ['2023-01-01', 'yoga', '2023-09-30', 'maintained'],
    ['2023-03-20', 'yoga', '2023-11-02', 'maintained'],
    ['2024-03-01', 'zed', '2024-05-02', 'maintained'],
    ['2024-06-01', 'zed', '2024-05-02', 'extended'],
    ['2023-03-22', 'antelope', '2024-09-22', 'maintained'],
  ])('as known on %s, %s is maintained until %s and is %s', (asOf, series, until, phase) => {
    const c = knownAt(openstack, d(asOf)).find(series)!;
    expect(resolveEnd(c, 'maintained').date).toBe(until);
    expect(phaseOn(c, d(asOf))).toBe(phase);
  });

  it('does not know Antelope before it was added on 2022-09-02', () => {
    expect(knownAt(openstack, d('2022-09-01')).find('antelope')).toBeUndefined();
  });

  it('marks a series past maintenance without a date as ended (current file, no history)', () => {
    const p = seriesProduct(parseSeriesStatus('- name: zed\n  status: unmaintained\n  initial-release: 2022-10-05\n', 'x.yaml'));
    expect(resolveEnd(p.cycles[0]!, 'maintained').ended).toBe(true);
  });

  it('keeps the SLURP series (`slurp: yes`): antelope and caracal are, bobcat is not', () => {
    const slurp = (name: string) => openstack.cycles.find((c) => c.id === name)?.slurp === true;
    expect([slurp('antelope'), slurp('bobcat'), slurp('caracal')]).toEqual([true, false, true]);
    expect(knownAt(openstack, d('2024-06-01')).find('antelope')?.slurp).toBe(true);
  });

  it('rejects an unknown status with its line', () => {
    expect(() => parseSeriesStatus('- name: zed\n  status: sleeping\n', 's.yaml')).toThrowError(
      expect.objectContaining({ code: 'UPK_SCHEMA', location: expect.objectContaining({ file: 's.yaml', line: 2 }) }),
    );
  });

  it('rejects a history line that is not JSON with its line number', () => {
    expect(() => parseSeriesHistory('{"recorded": "2022-01-01", "cycle": "zed", "field": "status", "to": "future"}\n{oops\n', 'h.jsonl')).toThrowError(
      expect.objectContaining({ code: 'UPK_JSON_SYNTAX', location: { file: 'h.jsonl', line: 2 } }),
    );
  });
});
