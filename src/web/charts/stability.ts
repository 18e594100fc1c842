/**
 * The charts of a stability assessment: each benchmark metric's distribution on both versions
 * side by side (box: 25–75 %, whiskers 5–95 %, a tick at the median), and the test pass rates with
 * their Wilson intervals against the margin. Models are plain data from the assessment.
 */
import * as Plot from '@observablehq/plot';
import type { Assessment } from '../../core/stability/assessment.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import { type ChartDocument, plotMarkup } from './plot.js';

export interface DistributionBox {
  readonly version: string;
  readonly n: number;
  readonly p5: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly p95: number;
}

export interface DistributionModel {
  readonly metric: string;
  readonly unit: string;
  readonly caption: string;
  readonly boxes: readonly DistributionBox[];
}

export interface PassRateModel {
  readonly rates: readonly { readonly version: string; readonly rate: number; readonly low: number; readonly high: number; readonly n: number }[];
  /** The lowest rate the candidate's interval must stay above. */
  readonly threshold: number | null;
}

const CANDIDATE = '#c62828';
const BASELINE = '#1565c0';

export function distributionModels(a: Assessment, caption: (metric: string) => string): DistributionModel[] {
  const bench = a.verdicts.find((v) => v.criterion === 'benchmarks');
  if (bench?.criterion !== 'benchmarks') return [];
  return bench.metrics.map((m) => ({
    metric: m.metric,
    unit: m.unit,
    caption: caption(m.metric),
    boxes: [
      [a.baseline, m.baseline],
      [a.candidate, m.candidate],
    ].flatMap(([version, s]) =>
      s && typeof s === 'object'
        ? [
            {
              version: version as string,
              n: s.n,
              p5: s.quantiles[1] as number,
              q1: s.quantiles[5] as number,
              median: s.quantiles[10] as number,
              q3: s.quantiles[15] as number,
              p95: s.quantiles[19] as number,
            },
          ]
        : [],
    ),
  }));
}

export function passRateModel(a: Assessment): PassRateModel | undefined {
  const t = a.verdicts.find((v) => v.criterion === 'tests');
  if (t?.criterion !== 'tests') return undefined;
  const rates = [
    [a.baseline, t.baseline],
    [a.candidate, t.candidate],
  ].flatMap(([version, r]) =>
    r && typeof r === 'object' && r.rate !== null && r.interval
      ? [{ version: version as string, rate: r.rate, low: r.interval.low, high: r.interval.high, n: r.total }]
      : [],
  );
  return rates.length ? { rates, threshold: t.threshold } : undefined;
}

const colorOf = (a: Assessment) => ({ domain: [a.baseline, a.candidate], range: [BASELINE, CANDIDATE] });

export function renderDistributions(models: readonly DistributionModel[], a: Assessment, document: ChartDocument): SafeHtml {
  const figures = models.map((m) =>
    plotMarkup(
      {
        title: `${m.metric} (${m.unit})`,
        caption: m.caption,
        // a named chart (an svg with a role): its marks' groups may carry their labels (axe-core: aria-prohibited-attr)
        ariaLabel: `${m.metric}: ${a.baseline} and ${a.candidate}`,
        ariaDescription: m.caption,
        width: 720,
        height: 130,
        marginLeft: 80,
        x: { label: m.unit, grid: true },
        y: { label: null, domain: [a.baseline, a.candidate] },
        color: colorOf(a),
        marks: [
          // every mark titled: a tooltip, and what a screen reader reads of its group (axe-core: aria-prohibited-attr on an untitled group)
          Plot.ruleY(m.boxes, {
            y: 'version',
            x1: 'p5',
            x2: 'p95',
            stroke: 'version',
            title: (d: DistributionBox) => `${d.version}: 5–95 % ${d.p5} to ${d.p95}`,
          }),
          Plot.barX(m.boxes, {
            y: 'version',
            x1: 'q1',
            x2: 'q3',
            fill: 'version',
            fillOpacity: 0.3,
            stroke: 'version',
            insetTop: 6,
            insetBottom: 6,
            title: (d: DistributionBox) => `${d.version}: 25–75 % ${d.q1} to ${d.q3}`,
          }),
          Plot.tickX(m.boxes, {
            y: 'version',
            x: 'median',
            stroke: 'version',
            strokeWidth: 3,
            title: (d: DistributionBox) => `${d.version}: median ${d.median} (n ${d.n})`,
          }),
        ],
      },
      document,
    ),
  );
  return html`<div class="upkeep-distributions">\n${joinHtml(figures, '\n')}\n</div>`;
}

export function renderPassRates(model: PassRateModel, a: Assessment, document: ChartDocument): SafeHtml {
  const marks: Plot.Markish[] = [
    Plot.ruleY(model.rates, {
      y: 'version',
      x1: 'low',
      x2: 'high',
      stroke: 'version',
      strokeWidth: 2,
      title: (d: PassRateModel['rates'][number]) => `${d.version}: Wilson interval ${(d.low * 100).toFixed(2)} to ${(d.high * 100).toFixed(2)} %`,
    }),
    Plot.dot(model.rates, {
      y: 'version',
      x: 'rate',
      fill: 'version',
      r: 5,
      title: (d: PassRateModel['rates'][number]) => `${d.version}: ${(d.rate * 100).toFixed(2)} % of ${d.n}`,
    }),
  ];
  if (model.threshold !== null) marks.push(Plot.ruleX([model.threshold], { stroke: '#555', strokeDasharray: '4,3', title: () => 'the margin' }));
  return plotMarkup(
    {
      title: 'Test pass rate with its Wilson interval',
      ariaLabel: `Test pass rate of ${a.baseline} and ${a.candidate}`,
      ariaDescription: model.rates
        .map((r) => `${r.version}: ${(r.rate * 100).toFixed(2)} % of ${r.n} (${(r.low * 100).toFixed(2)} to ${(r.high * 100).toFixed(2)} %)`)
        .join('; '),
      caption: model.threshold === null ? null : 'dashed: the baseline rate less the allowed drop',
      width: 720,
      height: 120,
      marginLeft: 80,
      x: { label: 'pass rate', tickFormat: '.1%', grid: true },
      y: { label: null, domain: [a.baseline, a.candidate] },
      color: colorOf(a),
      marks,
    },
    document,
  );
}
