/**
 * The dashboard's timeline of one release: its life (date → end) as a band, each pinned cycle's
 * phases as bars, the as-of date and today as rules, and a cross where a cycle leaves the checked
 * phase before the release ends, with the date written beside it. Every mark has a title (the
 * tooltip and what a screen reader reads); the crossings are also listed under the chart as text.
 */
import * as Plot from '@observablehq/plot';
import type { TimelineReleaseView, TimelineRow } from '../../core/dashboard/views.js';
import type { PlainDate } from '../../core/dates.js';
import { PHASES } from '../../core/lifecycle/types.js';
import { PHASE_LEGEND } from '../../render/labels.js';
import { crossingText, cycleName } from '../../render/site-words.js';
import type { SafeHtml } from '../html.js';
import { type ChartDocument, plotMarkup } from './plot.js';

/** Phase colours, dark enough for the white-on-colour contrast of nothing (bars carry no text) and told apart by the legend. */
export const PHASE_COLORS = { maintained: '#2e7d32', security: '#f9a825', extended: '#757575' } as const;

const utc = (d: PlainDate) => new Date(`${d}T00:00:00Z`);

export const rowLabel = (r: Pick<TimelineRow, 'component' | 'alternative' | 'product' | 'cycle' | 'codename'>): string =>
  `${r.component}${r.alternative ? ' (alt)' : ''} · ${cycleName(r.product, r.cycle, r.codename)}`;

export interface TimelineAxis {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly asOf: PlainDate;
  readonly today: PlainDate;
}

/** One release's chart, an inline SVG in a figure (Plot's), on the axis shared by all releases. */
export function renderReleaseTimeline(release: TimelineReleaseView, axis: TimelineAxis, document: ChartDocument): SafeHtml {
  const bars = release.rows.flatMap((r) =>
    r.spans.map((s) => {
      const end = s.end && s.end < axis.to ? s.end : axis.to;
      return {
        row: rowLabel(r),
        phase: PHASE_LEGEND[s.phase],
        start: utc(s.start),
        end: utc(end),
        title: `${rowLabel(r)}: ${PHASE_LEGEND[s.phase]} ${s.start} → ${s.end ?? 'no end announced'}`,
      };
    }),
  );
  const crossings = release.crossings.map((c) => {
    const row = release.rows.find((r) => r.crossing === c) as TimelineRow;
    return { row: rowLabel(row), x: utc(c.date), date: c.date, title: crossingText(c) };
  });
  const rows = release.rows.length;
  const rules = [
    { x: utc(release.date), title: `${release.id} released ${release.date}`, kind: 'release' },
    { x: utc(release.end), title: `${release.id} planned end ${release.end}`, kind: 'release' },
  ];
  const marks: Plot.Markish[] = [
    Plot.rectX([{ x1: utc(release.date), x2: utc(release.end) }], {
      x1: 'x1',
      x2: 'x2',
      fill: '#1565c0',
      fillOpacity: 0.08,
      title: () => `${release.id}: ${release.date} → ${release.end}`,
    }),
    Plot.barX(bars, { y: 'row', x1: 'start', x2: 'end', fill: 'phase', title: 'title', insetTop: 3, insetBottom: 3 }),
    Plot.ruleX(rules, { x: 'x', stroke: '#0d47a1', strokeWidth: 2, title: 'title' }),
    Plot.ruleX([utc(axis.asOf)], { stroke: '#b71c1c', strokeDasharray: '4,3', strokeWidth: 2, title: () => `as of ${axis.asOf}` }),
  ];
  if (axis.today !== axis.asOf)
    marks.push(Plot.ruleX([utc(axis.today)], { stroke: '#4a148c', strokeDasharray: '1,3', strokeWidth: 2, title: () => `today ${axis.today}` }));
  marks.push(
    Plot.dot(crossings, {
      x: 'x',
      y: 'row',
      symbol: 'times',
      r: 6,
      stroke: '#b71c1c',
      strokeWidth: 3,
      title: 'title',
      ariaLabel: 'crossing',
    }),
    Plot.text(crossings, {
      x: 'x',
      y: 'row',
      text: 'date',
      dx: 10,
      textAnchor: 'start',
      fill: '#b71c1c',
      fontWeight: 'bold',
      stroke: 'white',
      strokeWidth: 3,
      paintOrder: 'stroke',
    }),
  );
  const summary = release.crossings.length
    ? `${release.crossings.length} crossing${release.crossings.length === 1 ? '' : 's'}: ${release.crossings.map(crossingText).join('; ')}`
    : 'no pinned cycle leaves maintenance before the release ends';
  return plotMarkup(
    {
      ariaLabel: `Timeline of ${release.id}`,
      ariaDescription: summary,
      width: 1000,
      height: 50 + Math.max(rows, 1) * 24,
      marginLeft: 290,
      marginRight: 20,
      style: { fontSize: '12px', color: '#222', background: 'white' },
      x: { type: 'utc', label: null, grid: true, domain: [utc(axis.from), utc(axis.to)], ticks: 'year', tickFormat: (d: Date) => String(d.getUTCFullYear()) },
      y: { label: null, domain: release.rows.map(rowLabel) },
      color: { domain: PHASES.map((p) => PHASE_LEGEND[p]), range: PHASES.map((p) => PHASE_COLORS[p]), legend: true },
      marks,
    },
    document,
  );
}
