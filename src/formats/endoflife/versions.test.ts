import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { d } from '../../../test/builders.js';
import { data, repoRoot } from '../../../test/paths.js';
import { check } from '../../core/check/check.js';
import type { Product } from '../../core/lifecycle/types.js';
import { DEFAULT_POLICY } from '../../core/policy/schema.js';
import { getScheme } from '../../core/versions/registry.js';
import type { Workspace } from '../../core/workspace.js';
import { importEndoflife } from './index.js';

/** Real endoflife.date product files (test/fixtures/endoflife-products/readme.md names their commit). */
const fixture = (name: string) => importEndoflife(join(repoRoot, 'test/fixtures/endoflife-products', `${name}.md`));
const product = (name: string): Product => fixture(name).products[0]!;

/** Each pin of a one-release workspace on a date: the cycle it resolves to and its phase. */
function pinned(p: Product, versions: readonly string[], asOf: string) {
  const components = new Map(versions.map((_, i) => [`c${i}`, { id: `c${i}`, product: p.id }]));
  const pins = versions.map((version, i) => ({ component: `c${i}`, version }));
  const ws: Workspace = {
    name: 'test',
    products: new Map([[p.id, p]]),
    components,
    releases: [{ id: 'R', date: d('2023-01-01'), end: d('2023-06-01'), pins, alternatives: [] }],
    policy: DEFAULT_POLICY,
  };
  const report = check(ws, { asOf: d(asOf) });
  return { pins: report.pins.map((r) => [r.pin.version, r.cycle?.id ?? r.state, r.state]), findings: report.findings };
}

describe('a pin is the cycle it names: its id or label, else the longest cycle id prefixing it at a version boundary', () => {
  it.each([
    ['dotnetfx', '4.6.2', '4.6.2'],
    ['dotnetfx', '4.6.2.1', '4.6.2'],
    ['dotnetfx', '4.6.25', '4.6'],
    ['dotnetfx', '4.6', '4.6'],
    ['dotnetfx', '3.5 SP1', '3.5-sp1'],
    ['windows-server', '2003-sp2', '2003-sp2'],
    ['windows-server', '2003', '2003'],
    ['windows-server', 'Windows Server 23H2 AC', '23h2-ac'],
    ['amazon-rds-mysql', '8.0.46', '8.0.46'],
    ['amazon-glue', '1.0-python-2', '1.0-python-2'],
    ['amazon-glue', '1.0 (Python 2)', '1.0-python-2'],
    ['amazon-glue', '1.0', '1.0'],
    ['mule-runtime', '4.9-lts', '4.9-lts'],
    ['mule-runtime', '4.9.16', '4.9'],
    ['pan-cortex-xdr', '8.3.101-CE', '8.3-ce'],
    ['controlm', '9.0.00.200', '9.0.0'],
  ])('%s %s is cycle %s', (name, version, cycle) => {
    expect(pinned(product(name), [version], '2026-08-22').pins[0]?.[1]).toBe(cycle);
  });

  it('dotnetfx 4.6.2 is supported until 2027, while 4.6 ended in 2022 (as of 2023-03-20)', () => {
    expect(pinned(product('dotnetfx'), ['4.6.2', '4.6'], '2023-03-20').pins.map((p) => p[2])).toEqual(['maintained', 'ended']);
  });
});

describe('every product gets a scheme its own versions fit, and its own latest can be pinned', () => {
  it.each([
    ['eclipse-temurin', 'loose', '21.0.12.1+1', '21'],
    ['amazon-linux', 'loose', '2023.12.20260817.0', '2023'],
    ['erlang', 'loose', '28.5.0.5', '28'],
    ['centos', 'loose', '7 (2009)', '7'],
    ['openssl', 'loose', '1.1.1w', '1.1.1'],
    ['debian', 'loose', '4.0r9', '4'],
    ['mule-runtime', 'loose', '4.12.1', '4.12'],
  ])('%s has the %s scheme; its latest %s is a stable version of cycle %s', (name, scheme, version, cycle) => {
    const p = product(name);
    expect(p.scheme).toBe(scheme);
    expect(getScheme(p.scheme)?.parse(version)?.stable).toBe(true);
    expect(pinned(p, [version], '2026-08-22').pins[0]?.[1]).toBe(cycle);
  });

  it('keeps SemVer (and the products with a scheme of their own) where every cycle id and latest is SemVer', () => {
    const scheme = (name: string) => importEndoflife(data('endoflife/products', `${name}.md`)).products[0]!.scheme;
    expect([scheme('postgresql'), scheme('redis'), scheme('kubernetes'), scheme('ubuntu')]).toEqual(['semver', 'semver', 'kubernetes', 'ubuntu']);
  });

  it("every fixture product's own latest values resolve without a bad-version finding", () => {
    for (const name of [
      'dotnetfx',
      'windows-server',
      'amazon-rds-mysql',
      'amazon-glue',
      'mule-runtime',
      'eclipse-temurin',
      'amazon-linux',
      'erlang',
      'centos',
    ]) {
      const p = product(name);
      const { findings } = pinned(
        p,
        p.cycles.flatMap((c) => (c.latest ? [c.latest] : [])),
        '2026-08-22',
      );
      expect(
        findings.filter((f) => f.rule === 'bad-version'),
        name,
      ).toEqual([]);
    }
  });

  it('reports a pin that is still no version as a bad-version finding of that pin, and judges the others', () => {
    const { pins, findings } = pinned(product('centos'), ['seven', '7 (2009)'], '2026-08-22');
    expect(pins.map((p) => p[2])).toEqual(['bad-version', 'ended']);
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.version}`)).toContain('warning bad-version seven');
  });
});

describe('import warns about cycles that pins of their own versions cannot reach', () => {
  it('mule-runtime: 4.9-lts and 4.6-lts share their latest with 4.9 and 4.6', () => {
    expect(fixture('mule-runtime').warnings).toContain(
      'mule-runtime: 2 cycles are not reached by their own latest version (4.9-lts: 4.9.16 → cycle 4.9; 4.6-lts: 4.6.22 → cycle 4.6); pin such a cycle by its id',
    );
  });

  it('windows-server: build numbers (10.0.26100) name no cycle', () => {
    expect(fixture('windows-server').warnings.find((w) => w.startsWith('windows-server: 20 cycles'))).toMatch(/2025: 10\.0\.26100 → no cycle/);
  });

  it('dotnetfx: every cycle is reached by its id and its latest', () => {
    expect(fixture('dotnetfx').warnings.filter((w) => !w.includes('no history given'))).toEqual([]);
  });
});

describe('a number is not a git commit', () => {
  it.each(['20080701', '1774452086'])('%s pinned for a component without lifecycle is "no lifecycle", not unversioned', (version) => {
    const ws: Workspace = {
      name: 'test',
      products: new Map(),
      components: new Map(),
      releases: [{ id: 'R', date: d('2023-01-01'), end: d('2023-06-01'), pins: [{ component: 'tool', version }], alternatives: [] }],
      policy: DEFAULT_POLICY,
    };
    expect(check(ws, { asOf: d('2023-01-01') }).pins[0]?.state).toBe('no-lifecycle');
  });

  it('3d55be0 of a loose-scheme product is a commit, not version 3 with a label', () => {
    expect(pinned(product('erlang'), ['3d55be0'], '2026-08-22').pins[0]?.[2]).toBe('unversioned');
  });

  it('20080701 of a loose-scheme product is a version of no known cycle, not an unversioned pin', () => {
    expect(pinned(product('erlang'), ['20080701'], '2026-08-22').pins[0]?.[2]).toBe('unknown-cycle');
  });
});
