/**
 * The page of `upkeep simulate --format html`: the cadences' table and their plot side by side,
 * then each cadence's releases. `simulatePageModel` gathers the rows (plain data); `renderSimulatePage`
 * lays them out with the page layout and draws the plot (src/web/charts/cadences.ts).
 */
import type { PlainDate } from '../core/dates.js';
import { type Simulation, windowDays } from '../core/plan/simulate.js';
import type { ProductNames } from '../render/message.js';
import { type CadencesModel, cadencesModel, renderCadences } from './charts/cadences.js';
import type { ChartDocument } from './charts/plot.js';
import { html, joinHtml } from './html.js';
import { renderLayout } from './layout.js';

export interface CadenceRow {
  readonly cadence: string;
  readonly releases: number;
  readonly patch: number;
  readonly minor: number;
  readonly major: number;
  readonly plansWithGaps: number;
  readonly daysOutOfMaintenance: number;
  readonly meanAgeDays?: number | undefined;
  /** "Ceph 120 d, OVN 40 d": components outside maintenance, most days first. */
  readonly outOfMaintenance: string;
  readonly detail: readonly {
    readonly id: string;
    readonly date: PlainDate;
    readonly end: PlainDate;
    readonly changes: string;
    readonly gaps: boolean;
    readonly ranPast: string;
  }[];
}

export interface SimulatePageModel {
  readonly workspace: string;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly windowDays: number;
  readonly lifetime: string;
  readonly start: { readonly id: string; readonly date: PlainDate };
  readonly phase: string;
  readonly rows: readonly CadenceRow[];
  readonly chart: CadencesModel;
}

export function simulatePageModel(s: Simulation, names: ProductNames): SimulatePageModel {
  return {
    workspace: s.workspace,
    from: s.from,
    to: s.to,
    windowDays: windowDays(s.from, s.to),
    lifetime: s.lifetime,
    start: s.start,
    phase: s.phase,
    chart: cadencesModel(s),
    rows: s.cadences.map((c) => ({
      cadence: c.cadence,
      releases: c.releases.length,
      ...c.upgrades,
      plansWithGaps: c.plansWithGaps,
      daysOutOfMaintenance: c.daysOutOfMaintenance,
      meanAgeDays: c.meanAgeDays,
      outOfMaintenance: c.componentDays.map((x) => `${names(x.component) ?? x.component} ${x.days} d`).join(', '),
      detail: c.releases.map((r) => ({
        id: r.id,
        date: r.date,
        end: r.end,
        changes: `${r.counts.patch} patch, ${r.counts.minor} minor, ${r.counts.major} major`,
        gaps: r.status === 'gaps',
        ranPast: r.outOfMaintenance.map((o) => `${o.component} ${o.version} (ended ${o.end})`).join(', '),
      })),
    })),
  };
}

const STYLES = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; color: #222; padding: 0 1rem; }
.side-by-side { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
.side-by-side > * { flex: 1 1 480px; min-width: 0; }
.side-by-side svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
.note { color: #555; }
details { margin: 0.5rem 0; }
`;

/** The page, complete and static; `document` renders the plot (jsdom at the edge). */
export function renderSimulatePage(model: SimulatePageModel, document: ChartDocument): string {
  const rows = joinHtml(
    model.rows.map(
      (r) =>
        html`<tr><th scope="row">${r.cadence}</th><td class="n">${r.releases}</td><td class="n">${r.patch}</td><td class="n">${r.minor}</td><td class="n">${r.major}</td><td class="n">${r.plansWithGaps}</td><td class="n">${r.daysOutOfMaintenance} of ${model.windowDays}</td><td class="n">${r.meanAgeDays === undefined ? '-' : `${r.meanAgeDays} d`}</td></tr>`,
    ),
    '\n',
  );
  const details = joinHtml(
    model.rows.map(
      (
        r,
      ) => html`<details><summary>Cadence ${r.cadence}: ${r.releases} releases${r.outOfMaintenance ? html`; outside maintenance: ${r.outOfMaintenance}` : ''}</summary>
<table><thead><tr><th>release</th><th>date</th><th>planned end</th><th>changes</th><th>ran past its upstream end</th></tr></thead><tbody>
${joinHtml(
  r.detail.map((d) => html`<tr><td>${d.id}</td><td>${d.date}</td><td>${d.end}</td><td>${d.changes}${d.gaps ? ', gaps' : ''}</td><td>${d.ranPast}</td></tr>`),
  '\n',
)}
</tbody></table></details>`,
    ),
    '\n',
  );
  return renderLayout({
    title: `Upkeep release cadences of ${model.workspace}, ${model.from} to ${model.to}`,
    styles: STYLES,
    chartStyles: true,
    header: html`<h1>${model.workspace}: release cadences, ${model.from} to ${model.to}</h1>`,
    main: html`<p class="note">Each release lives ${model.lifetime} and is planned on its date with what was known then, starting from ${model.start.id} (${model.start.date}). Maintenance (the policy's "${model.phase}" phase) is judged as known on ${model.to}.</p>
<div class="side-by-side">
<section aria-label="table"><table><thead><tr><th>cadence</th><th class="n">releases</th><th class="n">patch</th><th class="n">minor</th><th class="n">major</th><th class="n">plans with gaps</th><th class="n">days out of maintenance</th><th class="n">mean cycle age</th></tr></thead><tbody>
${rows}
</tbody></table></section>
<section aria-label="plot">${renderCadences(model.chart, document, { columns: 2, heading: false })}</section>
</div>
<h2>Releases of each cadence</h2>
${details}`,
  });
}
