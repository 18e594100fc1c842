import type { Severity } from '../policy/types.js';
import { type AnyRule, type FindingOf, RULES } from './rules/index.js';

export type { FindingBase } from './pin-finding.js';

/**
 * One result of a check, as data: the facts a renderer needs to word it for its audience. A
 * union on `rule` (stable, see docs/policy.md) of the findings each rule declares in its file.
 */
export type Finding = FindingOf<AnyRule>;

export type FindingRule = Finding['rule'];

/** The order SARIF has listed the rules in since it was first written; new kinds follow in registry order. */
const PUBLISHED_ORDER: readonly string[] = [
  'ended',
  'horizon',
  'horizon-close',
  'unknown-end',
  'end-moved',
  'maturity-age',
  'maturity-point-releases',
  'maturity-first-point-release',
  'compatibility',
  'unversioned',
  'no-lifecycle',
  'unknown-cycle',
  'cycle-future',
  'unstable',
  'unknown-version',
  'commitment-expired',
  'waiver-expired',
];

const rank = (kind: string) => {
  const i = PUBLISHED_ORDER.indexOf(kind);
  return i < 0 ? PUBLISHED_ORDER.length : i;
};

/** Every kind of finding of the registry's rules. */
export const FINDING_RULES: readonly FindingRule[] = RULES.flatMap((r) => Object.keys(r.findings) as FindingRule[]).sort((a, b) => rank(a) - rank(b));

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] <= RANK[threshold];
}

function sortKey(f: Finding): string {
  return `${RANK[f.severity]}\u0000${f.release}\u0000${f.date ?? '9999'}\u0000${f.component}\u0000${f.rule}\u0000${f.alternative ? 1 : 0}`;
}

/** Errors first, then by release, date, component, rule (code-point order, the same in every locale). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => [sortKey(f), f] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map((k) => k[1]);
}
