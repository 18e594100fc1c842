import { badVersion } from './bad-version.js';
import { commitmentExpired } from './commitment-expired.js';
import { compatibility } from './compatibility.js';
import { cycleFuture } from './cycle-future.js';
import { endMoved } from './end-moved.js';
import { horizon } from './horizon.js';
import { maturity } from './maturity.js';
import { maxDataAgeDays } from './max-data-age-days.js';
import { noLifecycle } from './no-lifecycle.js';
import { stableEnough } from './stable-enough.js';
import type { Rule } from './types.js';
import { unknownCycle } from './unknown-cycle.js';
import { unknownEnd } from './unknown-end.js';
import { unknownVersion } from './unknown-version.js';
import { unstable } from './unstable.js';
import { unversioned } from './unversioned.js';

/**
 * The check rules, one file each. This list is the registry: the policy schema, its defaults,
 * the `upkeep init` template and the rules tables of docs/policy.md are made from it, in this order.
 */
export const RULES = [
  horizon,
  maturity,
  stableEnough,
  compatibility,
  unversioned,
  noLifecycle,
  unknownCycle,
  badVersion,
  unknownEnd,
  endMoved,
  unstable,
  unknownVersion,
  cycleFuture,
  commitmentExpired,
  maxDataAgeDays,
] as const;

export type AnyRule = (typeof RULES)[number];

/** The findings a rule reports (its own union of finding types). */
export type FindingOf<R> = R extends Rule<infer _Id, infer _S, infer _V, infer F> ? F : never;
