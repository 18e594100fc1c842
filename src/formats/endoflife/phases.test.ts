import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { d } from '../../../test/builders.js';
import { data, repoRoot } from '../../../test/paths.js';
import { phaseOn, resolveEnd } from '../../core/lifecycle/phases.js';
import { knownAt } from '../../core/lifecycle/replay.js';
import { importEndoflife } from './index.js';

const fixture = (name: string) => resolve(repoRoot, 'test/fixtures/endoflife', name);
const cycleOf = (product: string, id: string) => importEndoflife(fixture(`${product}.md`)).products[0]!.cycles.find((c) => c.id === id)!;

describe('a phase announced as not ended stays not ended (real endoflife.date files, test/fixtures/endoflife)', () => {
  it.each([
    ['apache-struts', '7', 'eol: false, Commercial Support eoes: true'],
    ['apache-struts', '6', 'eol: false, Commercial Support eoes: true'],
    ['kong-gateway', '3.9', 'eol: false, Enterprise Support eoes: 2025-12-12'],
    ['kong-gateway', '3.4', 'eol: false, Enterprise Support eoes: 2026-08-09'],
    ['magento', '2.4.6', 'eoas: false, eol: false, eoes: 2026-08-11'],
  ])('%s %s (%s) is supported on 2026-08-22, with no end announced', (product, id) => {
    const c = cycleOf(product, id);
    expect(phaseOn(c, d('2026-08-22'))).not.toBe('ended');
    expect(resolveEnd(c, 'maintained')).toMatchObject({ open: true });
    expect(resolveEnd(c, 'security')).toMatchObject({ open: true });
  });

  it('the ended extended phase stays ended: Kong 3.9 Enterprise Support ended 2025-12-12', () => {
    expect(resolveEnd(cycleOf('kong-gateway', '3.9'), 'extended')).toMatchObject({ date: '2025-12-12', basis: 'announced' });
  });

  it('a dated end of life still ends an ongoing maintenance: Grafana 13.2 (eoas: false, eol: 2027-05-18)', () => {
    const c = cycleOf('grafana', '13.2');
    expect(resolveEnd(c, 'maintained')).toMatchObject({ date: '2027-05-18', from: 'security' });
    expect(phaseOn(c, d('2027-05-17'))).toBe('maintained');
    expect(phaseOn(c, d('2027-05-19'))).toBe('ended');
  });
});

describe("each product's column labels, and Ubuntu's columns mapped as Canonical means them", () => {
  const ubuntu = importEndoflife(data('endoflife/products/ubuntu.md'), data('endoflife/history/ubuntu.jsonl')).products[0]!;

  it('carries the labels of the columns into the lifecycle (Ubuntu, Debian, Vault)', () => {
    expect(ubuntu.phaseLabels).toEqual({
      maintained: 'Maintenance & Security Support',
      security: 'Maintenance & Security Support',
      extended: 'Expanded Security Maintenance',
    });
    expect(ubuntu.phaseNote).toMatch(/"Hardware & Maintenance" \(hardware enablement\), not the end of maintenance/);
    expect(importEndoflife(data('endoflife/products/debian.md')).products[0]!.phaseLabels).toEqual({
      security: 'Debian Security Support',
      extended: 'Debian LTS',
    });
    expect(importEndoflife(data('endoflife/products/hashicorp-vault.md')).products[0]!.phaseLabels).toEqual({
      security: 'Standard Maintenance',
      extended: 'Extended Maintenance',
    });
    expect(importEndoflife(data('endoflife/products/redis.md')).products[0]!.phaseLabels).toBeUndefined();
  });

  it.each([
    ['2021-09-01', '2025-04-02', undefined],
    ['2022-06-01', '2025-04-02', '2030-04-01'],
    ['2023-03-20', '2025-04-02', '2030-04-02'],
    ['2026-08-22', '2025-05-31', '2030-04-02'],
  ])('Ubuntu 20.04 as known on %s: maintained until %s (never the hardware enablement end 2022-10-01), extended until %s', (asOf, maintained, extended) => {
    const c = knownAt(ubuntu, d(asOf)).find('20.04')!;
    expect(resolveEnd(c, 'maintained').date).toBe(maintained);
    expect(resolveEnd(c, 'extended').date).toBe(extended ?? maintained);
  });
});
