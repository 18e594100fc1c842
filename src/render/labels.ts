import type { ResolvedPin } from '../core/check/resolve.js';
import type { PhaseName } from '../core/lifecycle/types.js';
import type { Severity } from '../core/policy/types.js';

/**
 * The words every renderer uses for states, phases and severities, in one table each, so the
 * terminal table, Markdown, the status page and the JSON agree (JSON writes the ids; the text
 * formats print the same words). A new state or phase fails to compile until it has its label.
 */

export type PinState = ResolvedPin['state'];

/** A pin's state on the as-of date: the JSON's `state`, word for word. */
export const STATE_LABEL: Readonly<Record<PinState, string>> = {
  future: 'future',
  maintained: 'maintained',
  security: 'security',
  extended: 'extended',
  ended: 'ended',
  unknown: 'unknown',
  unversioned: 'unversioned',
  'no-lifecycle': 'no-lifecycle',
  'unknown-cycle': 'unknown-cycle',
  'bad-version': 'bad-version',
};

/** What each phase means, for a legend (the phase's label, then its meaning). */
export const PHASE_LEGEND: Readonly<Record<PhaseName, string>> = {
  maintained: 'maintained (bug and security fixes)',
  security: 'security (security fixes only)',
  extended: 'extended (extended support / unmaintained)',
};

/** A phase in a sentence: "left upstream maintenance", "leaves upstream security support". */
export const PHASE_WORD: Readonly<Record<PhaseName, string>> = { maintained: 'maintenance', security: 'security support', extended: 'extended support' };

/** A severity: the JSON's `severity`; the terminal table prints it in capitals. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' };

/** "3 errors, 1 warning, 2 info": the totals line of every text format. */
export function severityTotals(counts: Readonly<Record<Severity, number>>): string {
  const n = (k: Severity) => `${counts[k]} ${SEVERITY_LABEL[k]}${k !== 'info' && counts[k] !== 1 ? 's' : ''}`;
  return `${n('error')}, ${n('warning')}, ${n('info')}`;
}
