import type { ResolvedPin } from './resolve.js';

/**
 * How many pins a check could judge, and why the others could not: a clean run over 27 of 109
 * pins must not read like a clean run over all of them. Every format prints these counts.
 */
export interface PinCounts {
  /** Every pin and alternative of the selected releases. */
  readonly total: number;
  /** Resolved to a cycle of a lifecycle: the rules judged them. */
  readonly judged: number;
  /** The component has no lifecycle in the workspace (no product, or its product's file is missing). */
  readonly noLifecycle: number;
  /** A commit or a moving ref, not a version. */
  readonly unversioned: number;
  /** The rest: a version of no cycle its lifecycle knows (or of no form its scheme reads). */
  readonly unknownCycle: number;
}

/** Whether the rules judged the pin against a cycle of its lifecycle. */
export function isJudged(r: ResolvedPin): boolean {
  return r.cycle !== undefined && r.end !== undefined && r.scheme !== undefined && r.state !== 'unknown-cycle';
}

/** The counts of a list of pins (a whole check, or one release's pins). */
export function countPins(pins: readonly ResolvedPin[]): PinCounts {
  let judged = 0;
  let noLifecycle = 0;
  let unversioned = 0;
  for (const p of pins) {
    if (isJudged(p)) judged++;
    else if (p.state === 'no-lifecycle') noLifecycle++;
    else if (p.state === 'unversioned') unversioned++;
  }
  return { total: pins.length, judged, noLifecycle, unversioned, unknownCycle: pins.length - judged - noLifecycle - unversioned };
}
