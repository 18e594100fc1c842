/**
 * The dashboard's sentences: a crossing on the timeline, a matrix cell, the legend of the states.
 * Facts come from src/app/site-views.ts (through the page models); the words live here.
 */
import type { PhaseName } from '../core/lifecycle/types.js';
import { PHASE_WORD, type PinState, STATE_LABEL } from './labels.js';

/** What a crossing on the timeline shows, said in the words the check uses. */
export interface CrossingFacts {
  readonly release: string;
  readonly product: string;
  readonly cycle: string;
  readonly codename?: string | undefined;
  readonly phase: PhaseName;
  readonly date: string;
  readonly releaseEnd: string;
  readonly daysBeforeEnd: number;
  readonly past: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Ceph 16 (Pacific)", or "Ubuntu 22.04" when the codename is the id. */
export function cycleName(product: string, cycle: string, codename?: string): string {
  return `${product} ${cycle}${codename && codename.toLowerCase() !== cycle.toLowerCase() ? ` (${codename})` : ''}`;
}

/** "Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01, 157 days before R4 ends (2023-11-05)". */
export function crossingText(c: CrossingFacts): string {
  const verb = c.past ? 'left' : 'leaves';
  return `${cycleName(c.product, c.cycle, c.codename)} ${verb} upstream ${PHASE_WORD[c.phase]} on ${c.date}, ${plural(c.daysBeforeEnd, 'day')} before ${c.release} ends (${c.releaseEnd})`;
}

/** What each state of a matrix cell means, for the legend (its label is STATE_LABEL's). */
export const STATE_MEANING: Readonly<Record<PinState, string>> = {
  future: 'the cycle is not released yet',
  maintained: 'bug and security fixes upstream',
  security: 'security fixes only',
  extended: 'extended support / unmaintained upstream',
  ended: 'no upstream support',
  unknown: 'no end known',
  unversioned: 'a commit, digest or moving tag',
  'no-lifecycle': 'no lifecycle data',
  'unknown-cycle': 'a version of no known cycle',
  'bad-version': 'not a version of its scheme',
};

export function stateLabel(state: PinState): string {
  return STATE_LABEL[state];
}
