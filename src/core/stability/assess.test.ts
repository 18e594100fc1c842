import { describe, expect, it } from 'vitest';
import { bug, evidence, monitoring, normalSample, quincyFacts, report, scenario, testRun, trial } from '../../../test/evidence-builders.js';
import type { PlainDate } from '../dates.js';
import { assess } from './assess.js';
import type { BenchmarksVerdict, CriterionVerdict } from './assessment.js';
import { DEFAULT_CRITERIA, type StabilityCriteria } from './criteria-schema.js';

const asOf = '2023-03-20' as PlainDate;
const verdictOf = <C extends CriterionVerdict['criterion']>(a: { verdicts: readonly CriterionVerdict[] }, id: C) =>
  a.verdicts.find((v) => v.criterion === id) as Extract<CriterionVerdict, { criterion: C }>;

describe('assess: the overall answer', () => {
  it('an equal candidate with enough evidence is stable enough', () => {
    const { candidate, baseline } = scenario(1);
    const a = assess(candidate, baseline, DEFAULT_CRITERIA, quincyFacts(), asOf);
    expect(a.verdicts.map((v) => [v.criterion, v.verdict])).toEqual([
      ['tests', 'pass'],
      ['benchmarks', 'pass'],
      ['alerts', 'pass'],
      ['upstream', 'pass'],
      ['bugs', 'pass'],
      ['upgrades', 'pass'],
      ['reports', 'pass'],
    ]);
    expect(a.overall).toBe('stable-enough');
  });

  it('a candidate 5 % slower in fio IOPS, 120 runs each, is not yet stable enough: benchmarks block', () => {
    const { candidate, baseline } = scenario(0.95);
    const a = assess(candidate, baseline, DEFAULT_CRITERIA, quincyFacts(), asOf);
    expect(a.overall).toBe('not-yet');
    expect(a.blocking).toEqual(['benchmarks']);
    const [metric] = verdictOf(a, 'benchmarks').metrics;
    expect(metric?.reason).toBe('worse');
    expect(metric?.worsePercent?.estimate).toBeGreaterThan(4);
    expect(metric?.worsePercent?.estimate).toBeLessThan(6);
    expect(metric?.test?.pAdjusted).toBeLessThan(1e-10);
  });

  it('5 % slower on 5 runs each is not enough data, never a pass', () => {
    const { candidate, baseline } = scenario(0.95, 5);
    const a = assess(candidate, baseline, DEFAULT_CRITERIA, quincyFacts(), asOf);
    expect(verdictOf(a, 'benchmarks').verdict).toBe('not-enough-data');
    expect(a.overall).toBe('not-enough-data');
    expect(a.missing).toEqual(['benchmarks']);
  });

  it('an empty candidate says what to collect', () => {
    const { baseline } = scenario(1);
    const a = assess(evidence('17.2.5'), baseline, DEFAULT_CRITERIA, quincyFacts(), asOf);
    expect(a.overall).toBe('not-enough-data');
    expect(a.missing).toEqual(['tests', 'benchmarks', 'alerts', 'upgrades', 'reports']);
  });

  it('a criterion that is not required is reported but does not decide', () => {
    const { candidate, baseline } = scenario(0.95);
    const criteria: StabilityCriteria = { ...DEFAULT_CRITERIA, benchmarks: { ...DEFAULT_CRITERIA.benchmarks, required: false } };
    const a = assess(candidate, baseline, criteria, quincyFacts(), asOf);
    expect(verdictOf(a, 'benchmarks').verdict).toBe('fail');
    expect(a.overall).toBe('stable-enough');
  });
});

describe('assess: benchmarks', () => {
  const two = (c: Float64Array, b: Float64Array, unit = 'ms') =>
    assess(
      evidence('17.2.5', { samples: { m: { unit, values: c } } }),
      evidence('16.2.11', { samples: { m: { unit, values: b } } }),
      DEFAULT_CRITERIA,
      quincyFacts(),
      asOf,
    );
  it('latency 5 % higher is worse (lower is better for a time); 5 % lower passes', () => {
    const b = normalSample(200, 4, 0.1, 3);
    expect(verdictOf(two(normalSample(200, 4.2, 0.1, 4), b), 'benchmarks').verdict).toBe('fail');
    expect(verdictOf(two(normalSample(200, 3.8, 0.1, 4), b), 'benchmarks').verdict).toBe('pass');
  });
  it('a metric whose unit and name say nothing of its direction is not judged until stability.yaml says', () => {
    const b = normalSample(100, 50, 1, 5);
    const c = normalSample(100, 50, 1, 6);
    const row = (verdictOf(two(c, b, 'widgets'), 'benchmarks') as BenchmarksVerdict).metrics[0];
    expect(row?.reason).toBe('unknown-direction');
    const criteria = { ...DEFAULT_CRITERIA, benchmarks: { ...DEFAULT_CRITERIA.benchmarks, directions: { 'm*': 'higher' as const } } };
    const a = assess(
      evidence('17.2.5', { samples: { m: { unit: 'widgets', values: c } } }),
      evidence('16.2.11', { samples: { m: { unit: 'widgets', values: b } } }),
      criteria,
      quincyFacts(),
      asOf,
    );
    expect(verdictOf(a, 'benchmarks').verdict).toBe('pass');
  });
  it('a metric only the candidate has is listed, not compared; one only the baseline has lacks data', () => {
    const v = (n: number, seed: number) => normalSample(n, 100, 3, seed);
    const a = assess(
      evidence('17.2.5', { samples: { 'new.iops': { unit: 'IOPS', values: v(40, 1) }, 'both.iops': { unit: 'IOPS', values: v(40, 2) } } }),
      evidence('16.2.11', { samples: { 'old.iops': { unit: 'IOPS', values: v(40, 3) }, 'both.iops': { unit: 'IOPS', values: v(40, 4) } } }),
      DEFAULT_CRITERIA,
      quincyFacts(),
      asOf,
    );
    const b = verdictOf(a, 'benchmarks');
    expect(b.metrics.map((m) => [m.metric, m.verdict, m.reason])).toEqual([
      ['both.iops', 'pass', 'within-margin'],
      ['new.iops', null, 'no-baseline'],
      ['old.iops', 'not-enough-data', 'missing-candidate'],
    ]);
    expect([b.verdict, b.reason]).toEqual(['not-enough-data', 'some-undecided']);
  });

  it('Holm: with many metrics, a p-value that alone is significant may no longer be', () => {
    const samples = (shift: number, seed: number) =>
      Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [`m${i}.iops`, { unit: 'IOPS', values: normalSample(40, 100 - (i === 0 ? shift : 0), 10, seed + i) }]),
      );
    const a = assess(
      evidence('17.2.5', { samples: samples(8, 100) }),
      evidence('16.2.11', { samples: samples(0, 200) }),
      DEFAULT_CRITERIA,
      quincyFacts(),
      asOf,
    );
    const first = verdictOf(a, 'benchmarks').metrics.find((m) => m.metric === 'm0.iops');
    expect(first?.test?.p).toBeLessThan(0.05);
    expect(first?.test?.pAdjusted).toBeGreaterThan(first?.test?.p as number);
  });
});

describe('assess: the other criteria', () => {
  const base = scenario(1);
  const run = (candidate: Parameters<typeof evidence>[1], criteria = DEFAULT_CRITERIA, facts = quincyFacts()) =>
    assess(evidence('17.2.5', candidate), base.baseline, criteria, facts, asOf);

  it('tests: 99.3 % of 1,500 against a baseline of 99.3 % passes; 96 % fails; 150 tests at 98.5 % is not enough to say', () => {
    expect(verdictOf(run({ tests: testRun(1490, 10) }), 'tests').verdict).toBe('pass');
    expect(verdictOf(run({ tests: testRun(1440, 60) }), 'tests').verdict).toBe('fail');
    const straddles = verdictOf(run({ tests: testRun(148, 2) }), 'tests');
    expect([straddles.verdict, straddles.reason]).toEqual(['not-enough-data', 'interval-straddles']);
    expect(verdictOf(run({ tests: testRun(50, 0) }), 'tests').reason).toBe('too-few-tests');
    // skipped cases do not count; errors count as not passed
    const mixed = [
      ...testRun(200, 0),
      ...testRun(0, 5).map((t) => ({ ...t, outcome: 'skipped' as const })),
      ...testRun(0, 4).map((t) => ({ ...t, outcome: 'error' as const })),
    ];
    expect(verdictOf(run({ tests: mixed }), 'tests').candidate).toMatchObject({ passed: 200, total: 204 });
  });

  it('alerts: three times the baseline rate fails; fewer than 7 days of monitoring is not enough', () => {
    const higher = verdictOf(run({ ...monitoringOf(14, 12) }), 'alerts');
    expect([higher.verdict, higher.reason]).toEqual(['fail', 'higher']);
    expect(higher.pValue).toBeLessThan(0.05);
    expect(verdictOf(run({ ...monitoringOf(3, 0) }), 'alerts').reason).toBe('too-short');
  });

  it('upstream: fewer point releases than required fails; an unknown cycle is not enough data', () => {
    expect(verdictOf(run({}, DEFAULT_CRITERIA, quincyFacts(1)), 'upstream').verdict).toBe('fail');
    expect(verdictOf(run({}, DEFAULT_CRITERIA, { ...quincyFacts(), cycle: null }), 'upstream').verdict).toBe('not-enough-data');
  });

  it('bugs: a critical bug open on the as-of date fails; one closed before it, or opened after it, does not', () => {
    expect(verdictOf(run({ bugs: [bug('58121', '17.2.5', 'critical', '2023-01-10')] }), 'bugs').verdict).toBe('fail');
    expect(verdictOf(run({ bugs: [bug('58121', '17.2.5', 'critical', '2023-01-10', '2023-02-01')] }), 'bugs').verdict).toBe('pass');
    expect(verdictOf(run({ bugs: [bug('58121', '17.2.5', 'critical', '2023-04-01')] }), 'bugs').verdict).toBe('pass');
    expect(verdictOf(run({ bugs: [bug('58121', '17.2.5', 'major', '2023-01-10')] }), 'bugs').verdict).toBe('pass');
  });

  it('upgrades: one success passes, only failures fail, none is not enough data, a trial after the as-of date does not count', () => {
    expect(verdictOf(run({ trials: [trial('16.2.11', '17.2.5', 'success', '2023-02-01')] }), 'upgrades').verdict).toBe('pass');
    expect(verdictOf(run({ trials: [trial('16.2.11', '17.2.5', 'failure', '2023-02-01')] }), 'upgrades').verdict).toBe('fail');
    expect(verdictOf(run({ trials: [trial('16.2.11', '17.2.5', 'success', '2023-04-01')] }), 'upgrades').verdict).toBe('not-enough-data');
  });

  it('reports: a critical report in the last 30 days fails; one 31 days old does not', () => {
    expect(verdictOf(run({ reports: [report('17.2.5', 'critical', '2023-03-01', 'incident')] }), 'reports').verdict).toBe('fail');
    expect(verdictOf(run({ reports: [report('17.2.5', 'critical', '2023-02-17', 'incident')] }), 'reports').verdict).toBe('pass');
    expect(verdictOf(run({ reports: [] }), 'reports').reason).toBe('too-few-reports');
  });
});

/** The baseline of `scenario` has 3 critical alerts in 14 days. */
function monitoringOf(days: number, alerts: number) {
  return monitoring('2023-02-01', days, alerts);
}
