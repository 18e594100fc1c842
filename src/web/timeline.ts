import * as Plot from '@observablehq/plot';
import type { CheckReport } from '../core/check/check.js';
import { addDays, type PlainDate } from '../core/dates.js';
import { resolveEnd } from '../core/lifecycle/phases.js';
import { PHASES, type PhaseName } from '../core/lifecycle/types.js';
import type { ProductNames } from '../render/message.js';

/** One bar: a pinned cycle in one phase, from start to end. */
interface Segment {
  readonly release: string;
  readonly row: string;
  readonly phase: string;
  readonly start: Date;
  readonly end: Date;
  readonly title: string;
}

const PHASE_LABEL: Record<PhaseName, string> = { maintained: 'maintained', security: 'security fixes only', extended: 'extended / unmaintained' };
const COLORS = { maintained: '#2e7d32', 'security fixes only': '#f9a825', 'extended / unmaintained': '#9e9e9e' };

type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

const utc = (d: PlainDate) => new Date(`${d}T00:00:00Z`);

/**
 * The lifecycle timeline (an HTML figure with an inline SVG chart and its legend) of each release's pins, as known on the as-of date: a bar per pinned
 * cycle, coloured by phase, with the release's date and planned end and the as-of date as rules.
 * Where a cycle leaves maintenance before the release's end line, one sees it. Pure: the DOM
 * `document` to render with is a parameter (jsdom at the edge, the browser on a page).
 */
export function renderTimeline(report: CheckReport, names: ProductNames, document: PlotDocument): string {
  const segments: Segment[] = [];
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
        start: utc(start),
        end: utc(until > horizon ? horizon : until),
        title: `${row}: ${label} ${start} → ${end.date ? `${end.date} (${end.basis})` : 'no end announced'}`,
      });
      start = until;
      if (!end.date) break;
    }
  }
  // one chart a release, all on the same time axis so that releases compare at a glance
  const first = segments.reduce((m, s) => (s.start < m ? s.start : m), utc(horizon));
  const figures = report.releases.map((r) => {
    const own = segments.filter((s) => s.release === r.id);
    const rows = new Set(own.map((s) => s.row)).size;
    return Plot.plot({
      document,
      title: `${r.id}${r.version ? ` (${r.version})` : ''}: released ${r.date}, planned end ${r.end}`,
      width: 1100,
      height: 50 + Math.max(rows, 1) * 20,
      marginLeft: 300,
      x: { type: 'utc', label: null, grid: true, domain: [first, utc(horizon)] },
      y: { label: null },
      color: { domain: Object.keys(COLORS), range: Object.values(COLORS), legend: true },
      marks: [
        Plot.barX(own, { y: 'row', x1: 'start', x2: 'end', fill: 'phase', title: 'title', insetTop: 2, insetBottom: 2 }),
        Plot.ruleX([utc(r.date), utc(r.end)], {
          stroke: '#1565c0',
          strokeWidth: 2,
          title: (d: Date) => (d.getTime() === utc(r.date).getTime() ? `${r.id} released ${r.date}` : `${r.id} planned end ${r.end}`),
        }),
        Plot.ruleX([utc(report.asOf)], { stroke: '#c62828', strokeDasharray: '4,3', title: () => `as of ${report.asOf}` }),
      ],
    }).outerHTML;
  });
  return `<div class="upkeep-timeline">\n${figures.join('\n')}\n</div>`;
}
