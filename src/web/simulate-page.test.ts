import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { d } from '../../test/builders.js';
import type { CadenceOutcome, SimulatedRelease, Simulation } from '../core/plan/simulate.js';
import { cadencesModel, renderCadences } from './charts/cadences.js';
import { renderSimulatePage, simulatePageModel } from './simulate-page.js';

const release = (id: string, date: string, minor: number, major: number, out: SimulatedRelease['outOfMaintenance'] = []): SimulatedRelease => ({
  id,
  date: d(date),
  end: d('2025-01-01'),
  base: 'R4',
  status: 'qualifies',
  counts: { keep: 3, patch: 1, minor, major },
  outOfMaintenance: out,
});

const cadence = (c: string, releases: SimulatedRelease[], days: number, age: number | undefined): CadenceOutcome => ({
  cadence: c,
  releases,
  upgrades: { patch: releases.length, minor: releases.reduce((s, r) => s + r.counts.minor, 0), major: releases.reduce((s, r) => s + r.counts.major, 0) },
  plansWithGaps: 0,
  daysOutOfMaintenance: days,
  componentDays: days ? [{ component: 'ceph', days }] : [],
  ...(age !== undefined ? { meanAgeDays: age } : {}),
});

/** Two cadences; the workspace's name tries to become markup. */
const SIM: Simulation = {
  workspace: 'SCS <script>alert(1)</script>',
  from: d('2023-03-22'),
  to: d('2024-03-22'),
  lifetime: '12m',
  start: { id: 'R4', date: d('2023-03-22') },
  phase: 'maintained',
  cadences: [
    cadence(
      '6m',
      [release('6m-1', '2023-03-22', 2, 1, [{ component: 'ceph', version: '16.2.11', end: d('2023-06-01') }]), release('6m-2', '2023-09-22', 0, 1)],
      157,
      400,
    ),
    cadence('1m', [release('1m-1', '2023-03-22', 2, 1), release('1m-2', '2023-04-22', 1, 0), release('1m-3', '2023-05-22', 0, 0)], 12, undefined),
  ],
};

const { document } = new JSDOM('').window;

describe('the cadence plot (simulate --format svg)', () => {
  const svg = renderCadences(cadencesModel(SIM), document).toString();
  const dom = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

  it('is one standalone SVG document with four panels: releases, upgrades by kind, days outside maintenance, mean cycle age', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(dom.querySelector('parsererror')).toBeNull();
    expect([...dom.querySelectorAll('g.panel')].map((g) => g.getAttribute('data-panel'))).toEqual(['releases', 'upgrades', 'out-of-maintenance', 'mean-age']);
    expect(svg).toContain('Days outside upstream maintenance (of 367)');
  });

  it('draws a bar per cadence, and a stack of patch, minor and major upgrades, each with its figure as a tooltip', () => {
    const titles = [...dom.querySelectorAll('rect > title, path > title')].map((t) => t.textContent);
    for (const t of [
      '6m: 2 releases',
      '1m: 3 releases',
      '6m: 2 minor upgrades',
      '6m: 2 major upgrades',
      '1m: 3 minor upgrades',
      '6m: 157 of 367 days',
      '1m: 12 of 367 days',
      '6m: 400 days',
    ])
      expect(titles).toContain(t);
    // a cadence without a cycle of known age says so instead of drawing 0
    expect(titles).toContain('1m: no cycle with a known age');
    // the legend of the stack
    expect([...dom.querySelectorAll('g[data-panel="upgrades"] > text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['patch', 'minor', 'major']));
  });

  it('escapes data: a workspace name cannot become markup', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('SCS &lt;script&gt;');
  });
});

describe('the cadences page (simulate --format html)', () => {
  const page = renderSimulatePage(
    simulatePageModel(SIM, (id) => (id === 'ceph' ? 'Ceph' : undefined)),
    document,
  );
  const dom = new JSDOM(page).window.document;

  it('shows the table and the plot side by side in the page layout, under its Content-Security-Policy', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
    const sides = [...(dom.querySelector('.side-by-side')?.children ?? [])];
    expect(sides.map((s) => s.getAttribute('aria-label'))).toEqual(['table', 'plot']);
    expect(sides[0]?.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(sides[1]?.querySelector('svg.upkeep-cadences')).not.toBeNull();
    expect(page).not.toMatch(/<script/);
  });

  it('has a row per cadence with its figures, and each release under it', () => {
    const rows = [...dom.querySelectorAll('.side-by-side tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['6m', '2', '2', '2', '2', '0', '157 of 367', '400 d'],
      ['1m', '3', '3', '3', '1', '0', '12 of 367', '-'],
    ]);
    expect(dom.querySelector('details summary')?.textContent).toBe('Cadence 6m: 2 releases; outside maintenance: Ceph 157 d');
    expect(page).toContain('ceph 16.2.11 (ended 2023-06-01)');
  });
});
