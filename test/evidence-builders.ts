import type { PlainDate } from '../src/core/dates.js';
import type { LifecycleFacts } from '../src/core/stability/assessment.js';
import type { AlertRecord, EvidenceSet, ExperienceReport, KnownBug, SeriesPoint, TestCaseResult, UpgradeTrial } from '../src/core/stability/types.js';

/** A seeded normal sample (Park–Miller and Box–Muller): the same numbers on every run. */
export function normalSample(n: number, mean: number, sd: number, seed: number): Float64Array {
  let s = seed % 2147483647 || 1;
  const u = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = mean + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  return out;
}

/** `passed` passing and `failed` failing test cases. */
export function testRun(passed: number, failed: number): TestCaseResult[] {
  return Array.from({ length: passed + failed }, (_, i) => ({ suite: 'tempest', name: `test_${i}`, outcome: i < passed ? 'passed' : 'failed', seconds: 1 }));
}

/** A week (or `days`) of hourly series points from `from`, and `alerts` critical alerts spread over it. */
export function monitoring(from: string, days: number, alerts: number): { series: SeriesPoint[]; alerts: AlertRecord[] } {
  const start = Date.parse(`${from}T00:00:00Z`);
  const hour = 3_600_000;
  const series = Array.from({ length: days * 24 + 1 }, (_, i) => ({
    metric: 'ceph_health_status',
    labels: {},
    at: new Date(start + i * hour).toISOString(),
    value: 0,
  }));
  const list = Array.from({ length: alerts }, (_, i) => {
    const at = start + Math.floor(((i + 0.5) * days * 24 * hour) / alerts);
    return { name: 'CephOSDDown', severity: 'critical', startsAt: new Date(at).toISOString(), endsAt: new Date(at + hour).toISOString(), labels: {} };
  });
  return { series, alerts: list };
}

type Parts = Partial<Omit<EvidenceSet, 'samples'>> & { samples?: Record<string, { unit: string; values: Float64Array | number[] }> };

/** An evidence set of ceph at `version` with what is given (nothing else). */
export function evidence(version: string, parts: Parts = {}): EvidenceSet {
  const { samples, ...rest } = parts;
  return {
    product: 'ceph',
    version,
    env: 'gx-scs',
    tests: [],
    series: [],
    alerts: [],
    trials: [],
    reports: [],
    bugs: [],
    ...rest,
    samples: new Map(Object.entries(samples ?? {})),
  };
}

export const trial = (from: string, to: string, result: UpgradeTrial['result'], date: string): UpgradeTrial => ({
  from,
  to,
  result,
  durationSeconds: 3600,
  notes: '',
  date: date as PlainDate,
});

export const report = (
  version: string,
  severity: ExperienceReport['severity'],
  date: string,
  outcome: ExperienceReport['outcome'] = 'upgrade-ok',
): ExperienceReport => ({
  product: 'ceph',
  version,
  env: 'gx-scs',
  outcome,
  severity,
  text: 'made up for a test',
  date: date as PlainDate,
});

export const bug = (id: string, version: string, severity: KnownBug['severity'], opened: string, closed: string | null = null): KnownBug => ({
  id,
  version,
  severity,
  status: closed ? 'closed' : 'open',
  opened: opened as PlainDate,
  closed: closed as PlainDate | null,
});

export const quincyFacts = (pointReleases = 6): LifecycleFacts => ({
  product: 'ceph',
  version: '17.2.5',
  cycle: '17',
  codename: 'Quincy',
  pointReleases,
  dated: true,
  latest: '17.2.5',
  candidateReleased: '2022-10-19' as PlainDate,
});

/** A baseline and a candidate with every criterion satisfied; fio IOPS of the candidate scaled by `speed`. */
export function scenario(speed: number, n = 120): { candidate: EvidenceSet; baseline: EvidenceSet } {
  const mon = (from: string) => monitoring(from, 14, 3);
  const common = (version: string, seed: number, scale: number) => ({
    tests: testRun(1490, 10),
    samples: { 'fio.randread-4k.read.iops': { unit: 'IOPS', values: normalSample(n, 10000 * scale, 300, seed) } },
    ...mon(version === '17.2.5' ? '2023-02-01' : '2023-01-01'),
  });
  return {
    baseline: evidence('16.2.11', common('16.2.11', 11, 1)),
    candidate: evidence('17.2.5', {
      ...common('17.2.5', 17, speed),
      trials: [trial('16.2.11', '17.2.5', 'success', '2023-02-20')],
      reports: [report('17.2.5', 'minor', '2023-03-01')],
    }),
  };
}
