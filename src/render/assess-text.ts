import type { Assessment, MetricComparison } from '../core/stability/assessment.js';
import { CRITERION_LABEL, collectHint, criterionSentence, metricText, OVERALL_LABEL, overallSentence, VERDICT_LABEL } from './stability-words.js';

/** How many benchmark metrics the short report lists (those that fail or lack data). */
export const SHORT_METRICS = 10;

/**
 * The benchmark metrics a report lists: every one with `long`; else only those that fail (most worse
 * first) or lack data (not enough samples, not compared), at most SHORT_METRICS, and a line saying
 * what was left out.
 */
export function listedMetrics(metrics: readonly MetricComparison[], long: boolean): { shown: readonly MetricComparison[]; more?: string } {
  if (long) return { shown: metrics };
  const fails = metrics.filter((m) => m.verdict === 'fail').sort((x, y) => (y.worsePercent?.estimate ?? 0) - (x.worsePercent?.estimate ?? 0));
  const lacking = metrics.filter((m) => m.verdict === 'not-enough-data' || m.verdict === null);
  const flagged = [...fails, ...lacking];
  const shown = flagged.slice(0, SHORT_METRICS);
  const hiddenFails = Math.max(0, fails.length - shown.length);
  const hiddenLacking = flagged.length - shown.length - hiddenFails;
  const passing = metrics.length - flagged.length;
  const hidden = hiddenFails + hiddenLacking + passing;
  if (hidden === 0) return { shown };
  const parts = [
    ...(hiddenFails > 0 ? [`${hiddenFails} ${hiddenFails === 1 ? 'fails' : 'fail'}`] : []),
    ...(hiddenLacking > 0 ? [`${hiddenLacking} not enough data`] : []),
    ...(passing > 0 ? [`${passing} within the margin`] : []),
  ];
  return { shown, more: `… and ${hidden} more (${parts.join(', ')}; ${metrics.length} metrics in all): --long lists every metric` };
}

/**
 * A terminal report: the answer first, then a block per criterion (verdict, summary); under
 * benchmarks the metrics that fail or lack data (every metric with `long`).
 */
export function renderAssessTable(a: Assessment, productName: string, long = false): string {
  const lines = [overallSentence(a, productName), ''];
  const width = Math.max(...a.verdicts.map((v) => CRITERION_LABEL[v.criterion].length));
  for (const v of a.verdicts) {
    const flag = `${VERDICT_LABEL[v.verdict]}${v.required ? '' : ' (not required)'}`;
    lines.push(`${CRITERION_LABEL[v.criterion].padEnd(width)}  ${flag}`);
    lines.push(`${' '.repeat(width + 2)}${criterionSentence(v, a)}`);
    if (v.criterion === 'benchmarks') {
      const { shown, more } = listedMetrics(v.metrics, long);
      for (const m of shown) lines.push(`${' '.repeat(width + 4)}- ${metricText(m)}`);
      if (more) lines.push(`${' '.repeat(width + 4)}${more}`);
    }
    if (v.verdict === 'not-enough-data' && v.required) lines.push(`${' '.repeat(width + 2)}to collect: ${collectHint(v.criterion, a)}`);
  }
  lines.push('', `Overall: ${OVERALL_LABEL[a.overall]}. Criteria: stability.yaml (docs/stability.md).`);
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for a pull request or the board: the answer, a table of criteria, the benchmark metrics that fail or lack data (all with `long`). */
export function renderAssessMarkdown(a: Assessment, productName: string, long = false): string {
  const out = [
    `## Is ${productName} ${a.candidate} stable enough?`,
    '',
    `**${overallSentence(a, productName)}**`,
    '',
    '| criterion | verdict | numbers |',
    '|---|---|---|',
    ...a.verdicts.map(
      (v) => `| ${CRITERION_LABEL[v.criterion]}${v.required ? '' : ' (not required)'} | ${VERDICT_LABEL[v.verdict]} | ${cell(criterionSentence(v, a))} |`,
    ),
  ];
  const bench = a.verdicts.find((v) => v.criterion === 'benchmarks');
  if (bench && bench.criterion === 'benchmarks' && bench.metrics.length) {
    const { shown, more } = listedMetrics(bench.metrics, long);
    if (shown.length || more) out.push('', '### Benchmark metrics', '', ...shown.map((m) => `- ${cell(metricText(m))}`), ...(more ? [`- ${cell(more)}`] : []));
  }
  const missing = a.verdicts.filter((v) => v.required && v.verdict === 'not-enough-data');
  if (missing.length) out.push('', '### To collect', '', ...missing.map((v) => `- ${CRITERION_LABEL[v.criterion]}: ${cell(collectHint(v.criterion, a))}`));
  return `${out.join('\n')}\n`;
}
