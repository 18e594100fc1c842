/**
 * The words of a stability assessment: the overall answer, one sentence per criterion with its
 * numbers, and what to collect where data is missing. Every renderer (table, Markdown, JSON's
 * `message`, the HTML page) words it from here.
 */
import type { Assessment, CriterionId, CriterionVerdict, MetricComparison, Overall, PassRate, SampleSummary, Verdict } from '../core/stability/assessment.js';

export const OVERALL_LABEL: Readonly<Record<Overall, string>> = {
  'stable-enough': 'stable enough',
  'not-yet': 'not yet stable enough',
  'not-enough-data': 'not enough data to say',
};

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = { pass: 'pass', fail: 'FAIL', 'not-enough-data': 'not enough data' };

export const CRITERION_LABEL: Readonly<Record<CriterionId, string>> = {
  tests: 'test pass rate',
  benchmarks: 'benchmarks',
  alerts: 'alert rate',
  upstream: 'upstream point releases',
  bugs: 'open bugs',
  upgrades: 'upgrade trials',
  reports: 'experience reports',
};

/** A p-value: three significant digits, or scientific notation below 0.001. */
export function pText(p: number | null): string {
  if (p === null) return '–';
  if (p === 0) return '0';
  return p < 0.001 ? p.toExponential(1) : String(Number(p.toPrecision(3)));
}

const pct = (x: number, digits = 2) => `${(x * 100).toFixed(digits)} %`;
const num = (x: number | null) => (x === null ? '–' : Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en') : String(Number(x.toPrecision(4))));
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${num(Math.abs(x))}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function rateText(r: PassRate, confidence: number): string {
  if (r.rate === null || r.interval === null) return 'no test ran';
  return `${r.passed.toLocaleString('en')} of ${plural(r.total, 'test')} passed, ${pct(r.rate)} (${Math.round(confidence * 100)} % Wilson interval ${pct(r.interval.low)} to ${pct(r.interval.high)})`;
}

/** "17.2.5 is not yet stable enough against 16.2.11: benchmarks, upgrade trials block." */
export function overallSentence(a: Assessment, productName: string): string {
  const against = `against ${a.baseline}${a.env ? ` in ${a.env}` : ''}, as of ${a.asOf}`;
  if (a.overall === 'not-enough-data')
    return `Not enough data to say whether ${productName} ${a.candidate} is stable enough ${against}: collect ${a.missing.map((c) => CRITERION_LABEL[c]).join(', ')}.`;
  const head = `${productName} ${a.candidate} is ${OVERALL_LABEL[a.overall]} ${against}`;
  if (a.overall === 'not-yet') return `${head}: blocked by ${a.blocking.map((c) => CRITERION_LABEL[c]).join(', ')}.`;
  return `${head}: every required criterion passes.`;
}

/** What to collect for a criterion without enough data. */
export function collectHint(id: CriterionId, a: Assessment): string {
  const tag = `--product ${a.product} --version ${a.candidate}${a.env ? ` --env ${a.env}` : ''}`;
  switch (id) {
    case 'tests':
      return `run the test suites (tempest, SCS compliance) on both versions, at least ${a.criteria.tests.minTests} test cases each: upkeep evidence add junit FILE ${tag}`;
    case 'benchmarks':
      return `run the benchmarks at least ${a.criteria.benchmarks.minSamples} times on both versions: upkeep evidence add fio FILE ${tag} (or rados-bench, csv)`;
    case 'alerts':
      return `monitor both versions for at least ${a.criteria.alerts.minDays} days: upkeep evidence add alertmanager FILE ${tag} (and prometheus)`;
    case 'upstream':
      return `add the lifecycle of ${a.product} with its point releases to the workspace (upkeep import)`;
    case 'bugs':
      return `add the known bugs: upkeep evidence add bugs FILE ${tag}`;
    case 'upgrades':
      return `upgrade a test environment from ${a.baseline} to ${a.candidate} and record it: upkeep evidence add upgrade-trial FILE ${tag}`;
    case 'reports':
      return `ask operators for experience with ${a.candidate}: upkeep evidence add experience FILE ${tag}`;
  }
}

/** One sentence: the criterion's verdict and the numbers behind it. */
export function criterionSentence(v: CriterionVerdict, a: Assessment): string {
  const c = a.criteria;
  switch (v.criterion) {
    case 'tests': {
      const rates = `candidate: ${rateText(v.candidate, c.confidence)}; baseline: ${rateText(v.baseline, c.confidence)}`;
      if (v.reason === 'too-few-tests') return `fewer than ${v.minTests} test cases ran on one of the versions (${rates})`;
      const need = `must stay at or above ${pct(v.threshold ?? 0)} (the baseline's rate less ${plural(v.maxDropPoints, 'point')}); exact binomial p = ${pText(v.pValue)}`;
      if (v.reason === 'within-margin') return `the pass rate is within the margin: ${rates}; ${need}`;
      if (v.reason === 'below-margin') return `the pass rate dropped beyond the margin: ${rates}; ${need}`;
      return `the interval still straddles the margin (run more tests): ${rates}; ${need}`;
    }
    case 'benchmarks': {
      const judged = v.metrics.filter((m) => m.verdict !== null);
      const worse = judged.filter((m) => m.verdict === 'fail');
      const open = judged.filter((m) => m.verdict === 'not-enough-data');
      if (v.reason === 'no-benchmarks') return `no benchmark metric was measured on both versions`;
      const counts = `${plural(judged.length, 'metric')} compared (Mann–Whitney U, Holm across metrics at α = ${c.alpha}; Hodges–Lehmann shift, margin ${v.maxRegressionPercent} %)`;
      const names = (ms: readonly MetricComparison[]) => (ms.length <= 3 ? ms.map((m) => m.metric).join(', ') : `${ms.length} metrics`);
      const worst = worse.reduce<MetricComparison | undefined>(
        (w, m) => ((m.worsePercent?.estimate ?? 0) > (w?.worsePercent?.estimate ?? Number.NEGATIVE_INFINITY) ? m : w),
        undefined,
      );
      if (worse.length)
        return `${names(worse)} ${worse.length === 1 ? 'is' : 'are'} significantly worse than ${v.maxRegressionPercent} % (the most: ${worst?.metric}, ${worst?.worsePercent?.estimate.toFixed(2)} % worse); ${counts}`;
      if (open.length) return `${names(open)} cannot be judged yet; ${counts}`;
      return `no metric is worse than ${v.maxRegressionPercent} %, even at the end of its interval; ${counts}`;
    }
    case 'alerts': {
      const w = (x: typeof v.candidate) =>
        x.days === null ? 'no monitoring data' : `${plural(x.alerts, 'alert')} in ${num(x.days)} days (${num(x.perDay)} a day)`;
      const nums = `candidate ${w(v.candidate)}, baseline ${w(v.baseline)}; severities ${v.severities.join(', ')}`;
      if (v.reason === 'too-short') return `less than ${v.minDays} days of monitoring on one of the versions: ${nums}`;
      const test = `rate ratio ${num(v.rateRatio)}, one-sided exact test p = ${pText(v.pValue)}`;
      return v.reason === 'higher'
        ? `the alert rate is significantly higher: ${nums}; ${test}`
        : `the alert rate is not significantly higher: ${nums}; ${test}`;
    }
    case 'upstream': {
      const f = v.lifecycle;
      if (v.reason === 'unknown-cycle') return `no cycle of ${f.product} matches ${f.version} in the workspace's lifecycle`;
      const cycle = `cycle ${f.cycle}${f.codename ? ` (${f.codename})` : ''}`;
      const has = `${plural(f.pointReleases, 'stable point release')} of ${cycle} by ${a.asOf}${f.latest ? `, latest ${f.latest}` : ''}`;
      return v.reason === 'too-few-point-releases' ? `only ${has}; at least ${v.minPointReleases} required` : `${has}; at least ${v.minPointReleases} required`;
    }
    case 'bugs':
      return v.reason === 'open-blocking'
        ? `${plural(v.blocking.length, `${v.blockingSeverity} bug`)} open on ${a.asOf}: ${v.blocking.map((b) => `${b.id} (${b.severity}, opened ${b.opened})`).join(', ')}`
        : `no ${v.blockingSeverity} (or worse) bug open on ${a.asOf} among ${plural(v.known, 'known bug')}`;
    case 'upgrades': {
      const t = `${v.successful} successful, ${v.failed} failed upgrade ${v.successful + v.failed === 1 ? 'trial' : 'trials'} to ${a.candidate}; at least ${v.minSuccessful} successful required`;
      return v.reason === 'no-trials' ? `no upgrade trial recorded: ${t}` : t;
    }
    case 'reports': {
      if (v.reason === 'blocking-recent')
        return `${plural(v.blocking.length, `${v.blockingSeverity} report`)} since ${v.since}: ${v.blocking.map((r) => `${r.date} ${r.env} (${r.outcome}): ${r.text}`).join('; ')}`;
      const t = `${plural(v.total, 'experience report')} on ${a.candidate}, none ${v.blockingSeverity} in the last ${v.windowDays} days`;
      return v.reason === 'too-few-reports' ? `${t}; at least ${v.minReports} required` : t;
    }
  }
}

const METRIC_REASON: Readonly<Record<MetricComparison['reason'], string>> = {
  'within-margin': 'within the margin',
  worse: 'worse beyond the margin',
  'interval-too-wide': 'interval too wide: could still be worse than the margin',
  'too-few-samples': 'too few samples',
  'missing-candidate': 'not measured on the candidate',
  'no-baseline': 'not measured on the baseline (not compared)',
  'unknown-direction': 'direction unknown: set it in stability.yaml benchmarks.directions',
  'zero-baseline': "the baseline's median is 0: no per cent",
};

export const median = (s: SampleSummary | null) => (s ? (s.quantiles[10] as number) : null);

/** The numbers of one metric in one line. */
export function metricText(m: MetricComparison): string {
  const dir = m.direction ? `${m.direction} is better` : 'direction unknown';
  const n = `n ${m.candidate?.n ?? 0} vs ${m.baseline?.n ?? 0}`;
  const med = `median ${num(median(m.candidate))} vs ${num(median(m.baseline))} ${m.unit}`;
  const parts = [`${m.metric} (${m.unit}, ${dir})`, n, med];
  if (m.shift) {
    const ci = m.shift.low === null || m.shift.high === null ? 'no interval' : `${signed(m.shift.low)} to ${signed(m.shift.high)}`;
    parts.push(`shift ${signed(m.shift.estimate)} (${Math.round(m.shift.confidence * 100)} % CI ${ci})`);
  }
  if (m.worsePercent) {
    const w = m.worsePercent;
    parts.push(`${w.estimate.toFixed(2)} % worse${w.low !== null && w.high !== null ? ` (${w.low.toFixed(2)} to ${w.high.toFixed(2)} %)` : ''}`);
  }
  if (m.test) parts.push(`p = ${pText(m.test.p)}, Holm ${pText(m.test.pAdjusted)} (${m.test.method})`);
  parts.push(`${m.verdict ? VERDICT_LABEL[m.verdict] : 'not compared'}: ${METRIC_REASON[m.reason]}`);
  return parts.join('; ');
}
