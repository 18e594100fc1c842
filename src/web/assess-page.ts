/**
 * The assessment page: the answer, each criterion with its verdict and numbers, the benchmark
 * distributions side by side and the pass rates with their intervals (inline SVG).
 */
import type { Assessment, Verdict } from '../core/stability/assessment.js';
import { CRITERION_LABEL, collectHint, criterionSentence, metricText, overallSentence, VERDICT_LABEL } from '../render/stability-words.js';
import type { ChartDocument } from './charts/plot.js';
import { type DistributionModel, distributionModels, type PassRateModel, passRateModel, renderDistributions, renderPassRates } from './charts/stability.js';
import { html, joinHtml, type SafeHtml, trustedHtml } from './html.js';
import { renderLayout } from './layout.js';

export interface AssessPageModel {
  readonly title: string;
  readonly answer: string;
  readonly overall: Assessment['overall'];
  readonly rows: readonly {
    readonly criterion: string;
    readonly verdict: Verdict;
    readonly label: string;
    readonly text: string;
    readonly collect: string | null;
  }[];
  readonly metrics: readonly string[];
  readonly distributions: readonly DistributionModel[];
  readonly passRates: PassRateModel | undefined;
}

export function assessPageModel(a: Assessment, productName: string): AssessPageModel {
  const bench = a.verdicts.find((v) => v.criterion === 'benchmarks');
  const metrics = bench && bench.criterion === 'benchmarks' ? bench.metrics : [];
  return {
    title: `${productName} ${a.candidate} against ${a.baseline}: stable enough?`,
    answer: overallSentence(a, productName),
    overall: a.overall,
    rows: a.verdicts.map((v) => ({
      criterion: CRITERION_LABEL[v.criterion] + (v.required ? '' : ' (not required)'),
      verdict: v.verdict,
      label: VERDICT_LABEL[v.verdict],
      text: criterionSentence(v, a),
      collect: v.verdict === 'not-enough-data' && v.required ? collectHint(v.criterion, a) : null,
    })),
    metrics: metrics.map(metricText),
    distributions: distributionModels(a, (metric) => {
      const m = metrics.find((x) => x.metric === metric);
      return m ? metricText(m) : '';
    }),
    passRates: passRateModel(a),
  };
}

const STYLES = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1000px; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.fail { color: #c62828; font-weight: bold; }
.pass { color: #2e7d32; }
.not-enough-data { color: #ef6c00; }
.answer { font-size: 1.15rem; }
.note { color: #555; }
figure { margin: 1rem 0; }
figcaption { color: #555; font-size: 0.8rem; }
`;

/**
 * The assessment's body (answer, criteria table, pass rates, distributions), for a page of its own
 * or a section of the dashboard's stability page; `heading` is the level of its sub-headings.
 */
export function renderAssessSection(model: AssessPageModel, a: Assessment, document: ChartDocument, heading: 2 | 3 = 2): SafeHtml {
  const rows = joinHtml(
    model.rows.map(
      (r) =>
        html`<tr><td>${r.criterion}</td><td class="${r.verdict}">${r.label}</td><td>${r.text}${r.collect ? html`<br><span class="note">To collect: ${r.collect}</span>` : ''}</td></tr>`,
    ),
    '\n',
  );
  const passRates = model.passRates ? renderPassRates(model.passRates, a, document) : '';
  const h = trustedHtml(`h${heading}`);
  const distributions = model.distributions.length
    ? html`<${h}>Benchmarks</${h}>
<p class="note">Boxes: 25–75 %, whiskers 5–95 %, thick tick: the median. Blue: the baseline ${a.baseline}; red: the candidate ${a.candidate}.</p>
${renderDistributions(model.distributions, a, document)}`
    : '';
  return html`<p class="answer ${model.overall === 'stable-enough' ? 'pass' : model.overall === 'not-yet' ? 'fail' : 'not-enough-data'}">${model.answer}</p>
<table><thead><tr><th>criterion</th><th>verdict</th><th>numbers</th></tr></thead><tbody>
${rows}
</tbody></table>
${passRates}
${distributions}`;
}

export function renderAssessPage(model: AssessPageModel, a: Assessment, document: ChartDocument): string {
  return renderLayout({
    title: model.title,
    styles: STYLES,
    chartStyles: true,
    header: html`<h1>${model.title}</h1>`,
    main: html`${renderAssessSection(model, a, document)}
<p class="note">Criteria: the workspace's stability.yaml (docs/stability.md explains each statistic).</p>`,
  });
}
