import { describe, expect, it } from 'vitest';
import { quincyFacts, scenario } from '../../test/evidence-builders.js';
import type { PlainDate } from '../core/dates.js';
import { assess } from '../core/stability/assess.js';
import type { Assessment, MetricComparison } from '../core/stability/assessment.js';
import { DEFAULT_CRITERIA } from '../core/stability/criteria-schema.js';
import { assessJson, assessMarkdown, assessTable } from './assess-formats.js';
import { ASSESS_SCHEMA } from './assess-json.js';
import { SHORT_METRICS } from './assess-text.js';

const asOf = '2023-03-20' as PlainDate;
const slower = (() => {
  const { candidate, baseline } = scenario(0.95);
  return assess(candidate, baseline, DEFAULT_CRITERIA, quincyFacts(), asOf);
})();
const context = { productName: 'Ceph', exitCode: 1 };

describe('assess reports', () => {
  it('the table answers first, then every criterion with its numbers', async () => {
    const text = await assessTable.render(slower, context);
    expect(text.split('\n')[0]).toBe('Ceph 17.2.5 is not yet stable enough against 16.2.11 in gx-scs, as of 2023-03-20: blocked by benchmarks.');
    expect(text).toMatch(/test pass rate\s+pass/);
    expect(text).toMatch(/benchmarks\s+FAIL/);
    expect(text).toContain('1,490 of 1,500 tests passed, 99.33 %');
    expect(text).toMatch(
      /fio\.randread-4k\.read\.iops \(IOPS, higher is better\); n 120 vs 120; .*% worse \(.* to .* %\); p = .*e-\d+, Holm .*FAIL: worse beyond the margin/,
    );
  });

  it('Markdown has a table of criteria and the metrics', async () => {
    const md = await assessMarkdown.render(slower, context);
    expect(md).toContain('| benchmarks | FAIL |');
    expect(md).toContain('### Benchmark metrics');
  });

  it('JSON carries every number, the sentences and what to collect', async () => {
    const doc = JSON.parse(await assessJson.render(slower, context));
    expect(doc).toMatchObject({ schema: ASSESS_SCHEMA, overall: 'not-yet', blocking: ['benchmarks'], exitCode: 1 });
    const bench = doc.criteria.find((c: { criterion: string }) => c.criterion === 'benchmarks');
    expect(bench.metrics[0].test.pAdjusted).toBeLessThan(1e-10);
    expect(bench.metrics[0].shift.low).toBeTypeOf('number');
    expect(bench.metrics[0].candidate.quantiles).toHaveLength(21);
  });

  it('says what to collect when data is missing', async () => {
    const { baseline } = scenario(1);
    const empty = assess({ ...baseline, version: '17.2.5', tests: [], samples: new Map() }, baseline, DEFAULT_CRITERIA, quincyFacts(), asOf);
    const text = await assessTable.render(empty, context);
    expect(text).toContain('to collect: run the test suites');
    expect(text).toContain('upkeep evidence add junit FILE --product ceph --version 17.2.5 --env gx-scs');
  });

  describe('many benchmark metrics: the short report lists those that fail or lack data, --long every one', () => {
    const bench = slower.verdicts.find((v) => v.criterion === 'benchmarks');
    const one = (bench && 'metrics' in bench ? bench.metrics[0] : undefined) as MetricComparison;
    // 12 that fail (1 % to 12 % worse), 2 without enough data, 5 within the margin
    const metrics: MetricComparison[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ ...one, metric: `ok_${i}`, verdict: 'pass' as const, reason: 'within-margin' as const })),
      ...Array.from({ length: 2 }, (_, i) => ({ ...one, metric: `few_${i}`, verdict: 'not-enough-data' as const, reason: 'too-few-samples' as const })),
      ...Array.from({ length: 12 }, (_, i) => ({ ...one, metric: `slow_${i + 1}`, worsePercent: { estimate: i + 1, low: i, high: i + 2 } })),
    ];
    const many: Assessment = { ...slower, verdicts: slower.verdicts.map((v) => (v.criterion === 'benchmarks' ? { ...v, metrics } : v)) };
    const listed = (text: string) => [...text.matchAll(/^\s+- (\w+) \(/gm)].map((m) => m[1]);

    it('the table: the failing ones, most worse first, at most 10, then what was left out', async () => {
      const text = await assessTable.render(many, context);
      expect(listed(text)).toEqual(['slow_12', 'slow_11', 'slow_10', 'slow_9', 'slow_8', 'slow_7', 'slow_6', 'slow_5', 'slow_4', 'slow_3']);
      expect(SHORT_METRICS).toBe(10);
      expect(text).toContain('… and 9 more (2 fail, 2 not enough data, 5 within the margin; 19 metrics in all): --long lists every metric');
      expect(text).toMatch(/benchmarks\s+FAIL\n\s+\S/); // the verdict and its summary stay
    });

    it('lists the ones without enough data when there is room, and no "more" line when nothing is left out', async () => {
      const few = { ...many, verdicts: many.verdicts.map((v) => (v.criterion === 'benchmarks' ? { ...v, metrics: metrics.slice(5, 10) } : v)) };
      const text = await assessTable.render(few, context);
      expect(listed(text)).toEqual(['slow_3', 'slow_2', 'slow_1', 'few_0', 'few_1']);
      expect(text).not.toContain('--long');
    });

    it("--long lists every metric, in the assessment's order; Markdown follows the same rule", async () => {
      expect(listed(await assessTable.render(many, { ...context, long: true }))).toEqual(metrics.map((m) => m.metric));
      const md = await assessMarkdown.render(many, context);
      expect(md.match(/^- slow_/gm)).toHaveLength(10);
      expect(md).toContain('- … and 9 more');
      expect((await assessMarkdown.render(many, { ...context, long: true })).match(/^- \w+ \(/gm)).toHaveLength(19);
    });
  });
});
