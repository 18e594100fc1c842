/**
 * The lifecycle timeline of each release's pins, as known on the as-of date: a bar per pinned
 * cycle, coloured by phase, with the release's date and planned end and the as-of date as rules.
 * Where a cycle leaves maintenance before the release's end line, one sees it.
 * `timelineModel` is pure data from a check report; `renderTimeline` draws it.
 */
import * as Plot from '@observablehq/plot';
import type { CheckReport } from '../../core/check/check.js';
import { addDays, type PlainDate } from '../../core/dates.js';
import { resolveEnd } from '../../core/lifecycle/phases.js';
import { PHASES, type PhaseName } from '../../core/lifecycle/types.js';
import { PHASE_LEGEND } from '../../render/labels.js';
import type { ProductNames } from '../../render/message.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import { type ChartDocument, plotChart } from './plot.js';

/** One bar: a pinned cycle in one phase, from start to end. */
export interface TimelineSegment {
  readonly row: string;
  readonly phase: string;
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly title: string;
}

/** One chart: a release and the bars of its pins. */
export interface TimelineRelease {
  readonly id: string;
  readonly version?: string | undefined;
  readonly date: PlainDate;
  readonly end: PlainDate;
  readonly segments: readonly TimelineSegment[];
}

export interface TimelineModel {
  readonly asOf: PlainDate;
  /** The time axis, shared by all releases so that they compare at a glance. */
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly releases: readonly TimelineRelease[];
}

const PHASE_LABEL: Readonly<Record<PhaseName, string>> = PHASE_LEGEND;
const COLORS = { [PHASE_LEGEND.maintained]: '#2e7d32', [PHASE_LEGEND.security]: '#f9a825', [PHASE_LEGEND.extended]: '#9e9e9e' };

const utc = (d: PlainDate) => new Date(`${d}T00:00:00Z`);

/** The bars of every release's pins; phases without an announced end run to 180 days past the last end. */
export function timelineModel(report: CheckReport, names: ProductNames): TimelineModel {
  const segments: (TimelineSegment & { release: string })[] = [];
  let last = report.asOf as PlainDate;
  for (const r of report.releases) if (r.end > last) last = r.end;
  const horizon = addDays(last, 180);
  for (const p of report.pins) {
    const cycle = p.cycle;
    if (!cycle?.released) continue;
    const product = p.product ? (names(p.product) ?? p.product) : p.pin.component;
    const row = `${p.pin.component}${p.alternative ? ' (alt)' : ''} · ${product} ${cycle.id}${cycle.codename && cycle.codename.toLowerCase() !== cycle.id ? ` ${cycle.codename}` : ''}`;
    let start = cycle.released;
    for (const phase of PHASES) {
      const end = resolveEnd(cycle, phase);
      if (end.basis === 'none' || end.ended) continue;
      const until = end.date ?? horizon;
      if (until <= start) continue;
      const label = PHASE_LABEL[phase];
      segments.push({
        release: p.release.id,
        row,
        phase: label,
        start,
        end: until > horizon ? horizon : until,
        title: `${row}: ${label} ${start} → ${end.date ? `${end.date} (${end.basis})` : 'no end announced'}`,
      });
      start = until;
      if (!end.date) break;
    }
  }
  const from = segments.reduce((m, s) => (s.start < m ? s.start : m), horizon);
  return {
    asOf: report.asOf,
    from,
    to: horizon,
    releases: report.releases.map((r) => ({
      id: r.id,
      version: r.version,
      date: r.date,
      end: r.end,
      segments: segments.filter((s) => s.release === r.id).map(({ release: _, ...s }) => s),
    })),
  };
}

/** One chart a release (an HTML figure with its legend and an inline SVG), all on the same time axis. */
export function renderTimeline(model: TimelineModel, document: ChartDocument): SafeHtml {
  const figures = model.releases.map((r) => {
    const bars = r.segments.map((s) => ({ ...s, start: utc(s.start), end: utc(s.end) }));
    const rows = new Set(r.segments.map((s) => s.row)).size;
    return plotChart(
      {
        title: `${r.id}${r.version ? ` (${r.version})` : ''}: released ${r.date}, planned end ${r.end}`,
        width: 1100,
        height: 50 + Math.max(rows, 1) * 20,
        marginLeft: 300,
        x: { type: 'utc', label: null, grid: true, domain: [utc(model.from), utc(model.to)] },
        y: { label: null },
        color: { domain: Object.keys(COLORS), range: Object.values(COLORS), legend: true },
        marks: [
          Plot.barX(bars, { y: 'row', x1: 'start', x2: 'end', fill: 'phase', title: 'title', insetTop: 2, insetBottom: 2 }),
          Plot.ruleX([utc(r.date), utc(r.end)], {
            stroke: '#1565c0',
            strokeWidth: 2,
            title: (d: Date) => (d.getTime() === utc(r.date).getTime() ? `${r.id} released ${r.date}` : `${r.id} planned end ${r.end}`),
          }),
          Plot.ruleX([utc(model.asOf)], { stroke: '#c62828', strokeDasharray: '4,3', title: () => `as of ${model.asOf}` }),
        ],
      },
      document,
    );
  });
  return html`<div class="upkeep-timeline">\n${joinHtml(figures, '\n')}\n</div>`;
}
