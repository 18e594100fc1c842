import { describe, expect, it } from 'vitest';
import { quincyFacts, scenario } from '../../test/evidence-builders.js';
import type { PlainDate } from '../core/dates.js';
import { assess } from '../core/stability/assess.js';
import { DEFAULT_CRITERIA } from '../core/stability/criteria-schema.js';
import { assessJson, assessMarkdown, assessTable } from './assess-formats.js';
import { ASSESS_SCHEMA } from './assess-json.js';

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
});
