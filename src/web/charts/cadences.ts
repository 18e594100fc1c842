/**
 * The cadences of `upkeep simulate` compared at a glance: four small bar charts side by side, one
 * bar (or stack) per cadence — releases, upgrades by kind, days a live release ran a component
 * outside upstream maintenance, mean age of the shipped cycles. `cadencesModel` is pure data from a
 * simulation; `renderCadences` draws it as one standalone SVG (panels nested in one `<svg>`).
 */
import * as Plot from '@observablehq/plot';
import type { Simulation } from '../../core/plan/simulate.js';
import { windowDays } from '../../core/plan/simulate.js';
import { html, joinHtml, type SafeHtml, trustedHtml } from '../html.js';
import type { ChartDocument } from './plot.js';

export interface CadenceBar {
  readonly cadence: string;
  readonly value: number;
  /** For the stacked panel: the change kind; else the measure. */
  readonly series: string;
  readonly title: string;
}

export interface CadencePanel {
  readonly id: 'releases' | 'upgrades' | 'out-of-maintenance' | 'mean-age';
  readonly title: string;
  readonly bars: readonly CadenceBar[];
  /** The y axis goes at least this high (days of the window for days out of maintenance). */
  readonly max?: number;
}

export interface CadencesModel {
  readonly title: string;
  readonly cadences: readonly string[];
  readonly panels: readonly CadencePanel[];
}

/** Colours of the change kinds (stacked) and of the single-measure panels. */
export const KIND_COLORS: Readonly<Record<string, string>> = { patch: '#90caf9', minor: '#1e88e5', major: '#0d47a1' };
const PANEL_COLOR: Readonly<Record<CadencePanel['id'], string>> = {
  releases: '#546e7a',
  upgrades: '#1e88e5',
  'out-of-maintenance': '#c62828',
  'mean-age': '#2e7d32',
};

export function cadencesModel(s: Simulation): CadencesModel {
  const total = windowDays(s.from, s.to);
  const cadences = s.cadences.map((c) => c.cadence);
  const bar = (cadence: string, value: number, series: string, title: string): CadenceBar => ({ cadence, value, series, title });
  return {
    title: `Release cadences of ${s.workspace}, ${s.from} to ${s.to} (each release lives ${s.lifetime})`,
    cadences,
    panels: [
      {
        id: 'releases',
        title: 'Releases',
        bars: s.cadences.map((c) =>
          bar(c.cadence, c.releases.length, 'releases', `${c.cadence}: ${c.releases.length} release${c.releases.length === 1 ? '' : 's'}`),
        ),
      },
      {
        id: 'upgrades',
        title: 'Upgrades by kind (patch, minor, major)',
        bars: s.cadences.flatMap((c) =>
          (['patch', 'minor', 'major'] as const).map((kind) =>
            bar(c.cadence, c.upgrades[kind], kind, `${c.cadence}: ${c.upgrades[kind]} ${kind} upgrade${c.upgrades[kind] === 1 ? '' : 's'}`),
          ),
        ),
      },
      {
        id: 'out-of-maintenance',
        title: `Days outside upstream maintenance (of ${total})`,
        max: total,
        bars: s.cadences.map((c) => bar(c.cadence, c.daysOutOfMaintenance, 'days', `${c.cadence}: ${c.daysOutOfMaintenance} of ${total} days`)),
      },
      {
        id: 'mean-age',
        title: 'Mean age of shipped cycles (days)',
        bars: s.cadences.map((c) =>
          bar(
            c.cadence,
            c.meanAgeDays ?? 0,
            'days',
            c.meanAgeDays === undefined ? `${c.cadence}: no cycle with a known age` : `${c.cadence}: ${c.meanAgeDays} days`,
          ),
        ),
      },
    ],
  };
}

const PANEL_WIDTH = 260;
const PANEL_HEIGHT = 220;
const TITLE_HEIGHT = 40;
const GAP = 20;

/** One panel as an SVG element's markup (Plot, no title or legend, so Plot returns a bare `<svg>`). */
function panelSvg(model: CadencesModel, panel: CadencePanel, document: ChartDocument, x: number, y: number): string {
  const stacked = panel.id === 'upgrades';
  const data = panel.bars.map((b) => ({ ...b }));
  const top = Math.max(1, panel.max ?? 0, ...stackTotals(panel));
  const svg = Plot.plot({
    document,
    width: PANEL_WIDTH,
    height: PANEL_HEIGHT,
    marginLeft: 45,
    x: { domain: [...model.cadences], label: 'cadence', padding: 0.25 },
    y: { domain: [0, top], label: null, grid: true, nice: true },
    color: stacked ? { domain: Object.keys(KIND_COLORS), range: Object.values(KIND_COLORS) } : { range: [PANEL_COLOR[panel.id]] },
    marks: [
      Plot.barY(data, {
        x: 'cadence',
        y: 'value',
        fill: stacked ? 'series' : () => panel.id,
        title: 'title',
        ...(stacked ? { order: Object.keys(KIND_COLORS) } : {}),
      }),
      Plot.text(
        stacked ? totalsOf(panel) : data,
        Plot.stackY2({ x: 'cadence', y: 'value', text: (d: { value: number }) => String(d.value), dy: -6, frameAnchor: 'bottom', lineAnchor: 'bottom' }),
      ),
      Plot.ruleY([0]),
    ],
  });
  // Plot's stylesheet sizes its SVG for an HTML page (height: auto); nested in an SVG it keeps its own size
  svg.setAttribute('style', `width: ${PANEL_WIDTH}px; height: ${PANEL_HEIGHT}px; max-width: none; overflow: visible`);
  svg.setAttribute('x', String(x));
  svg.setAttribute('y', String(y));
  return svg.outerHTML;
}

function totalsOf(panel: CadencePanel): { cadence: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const b of panel.bars) sums.set(b.cadence, (sums.get(b.cadence) ?? 0) + b.value);
  return [...sums].map(([cadence, value]) => ({ cadence, value }));
}

const stackTotals = (panel: CadencePanel) => totalsOf(panel).map((t) => t.value);

/**
 * The four panels, `columns` a row (4: one row, for a standalone SVG; 2: a square for a page beside
 * a table), each with its title above, the kinds' legend under the upgrades panel: one standalone
 * SVG (Plot's own SVGs nested in it; every text escaped by serialization).
 */
export function renderCadences(
  model: CadencesModel,
  document: ChartDocument,
  layout: { readonly columns: number; readonly heading: boolean } = { columns: 4, heading: true },
): SafeHtml {
  const { columns, heading } = layout;
  const cols = Math.max(1, Math.min(columns, model.panels.length));
  const rows = Math.ceil(model.panels.length / cols);
  const cellHeight = TITLE_HEIGHT + PANEL_HEIGHT + 30;
  const width = cols * PANEL_WIDTH + (cols - 1) * GAP;
  const head = heading ? 30 : 0;
  const height = head + rows * cellHeight;
  const panels = model.panels.map((panel, i) => {
    const x = (i % cols) * (PANEL_WIDTH + GAP);
    const top = head + Math.floor(i / cols) * cellHeight;
    const legend =
      panel.id === 'upgrades'
        ? joinHtml(
            Object.entries(KIND_COLORS).map(
              ([kind, color], k) =>
                html`<rect x="${x + 50 + k * 70}" y="${top + TITLE_HEIGHT + PANEL_HEIGHT + 6}" width="12" height="12" fill="${color}"/><text x="${x + 66 + k * 70}" y="${top + TITLE_HEIGHT + PANEL_HEIGHT + 16}">${kind}</text>`,
            ),
            '',
          )
        : '';
    return html`<g class="panel" data-panel="${panel.id}"><text x="${x + PANEL_WIDTH / 2}" y="${top + TITLE_HEIGHT - 12}" text-anchor="middle" font-weight="bold">${panel.title}</text>
${trustedHtml(panelSvg(model, panel, document, x, top + TITLE_HEIGHT))}${legend}</g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="upkeep-cadences" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img"><title>${model.title}</title>
${heading ? html`<text x="0" y="16" font-size="14">${model.title}</text>\n` : ''}${joinHtml(panels, '\n')}
</svg>`;
}
