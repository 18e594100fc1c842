import type { Assessment } from '../core/stability/assessment.js';
import { CRITERION_LABEL, collectHint, criterionSentence, metricText, OVERALL_LABEL, overallSentence, VERDICT_LABEL } from './stability-words.js';

/** A terminal report: the answer first, then a block per criterion, metrics indented under benchmarks. */
export function renderAssessTable(a: Assessment, productName: string): string {
  const lines = [overallSentence(a, productName), ''];
  const width = Math.max(...a.verdicts.map((v) => CRITERION_LABEL[v.criterion].length));
  for (const v of a.verdicts) {
    const flag = `${VERDICT_LABEL[v.verdict]}${v.required ? '' : ' (not required)'}`;
    lines.push(`${CRITERION_LABEL[v.criterion].padEnd(width)}  ${flag}`);
    lines.push(`${' '.repeat(width + 2)}${criterionSentence(v, a)}`);
    if (v.criterion === 'benchmarks') for (const m of v.metrics) lines.push(`${' '.repeat(width + 4)}- ${metricText(m)}`);
    if (v.verdict === 'not-enough-data' && v.required) lines.push(`${' '.repeat(width + 2)}to collect: ${collectHint(v.criterion, a)}`);
  }
  lines.push('', `Overall: ${OVERALL_LABEL[a.overall]}. Criteria: stability.yaml (docs/stability.md).`);
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown for a pull request or the board: the answer, a table of criteria, the benchmark metrics. */
export function renderAssessMarkdown(a: Assessment, productName: string): string {
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
  if (bench && bench.criterion === 'benchmarks' && bench.metrics.length)
    out.push('', '### Benchmark metrics', '', ...bench.metrics.map((m) => `- ${cell(metricText(m))}`));
  const missing = a.verdicts.filter((v) => v.required && v.verdict === 'not-enough-data');
  if (missing.length) out.push('', '### To collect', '', ...missing.map((v) => `- ${CRITERION_LABEL[v.criterion]}: ${cell(collectHint(v.criterion, a))}`));
  return `${out.join('\n')}\n`;
}
