/**
 * What every edge needs before it calls a use case: the error type it catches and the date
 * parsing of its inputs. Light on purpose (the CLI imports it at start); each use case is its own
 * module (`./check.js`, `./import.js`, …) that an edge loads when it runs that use case.
 */
export type { PlainDate } from '../core/dates.js';
export { type ErrorLocation, formatLocation, isUpkeepError, type Problem, throwProblems, UpkeepError } from '../core/errors.js';
export type { Severity } from '../core/policy/types.js';
export { shellWord } from '../core/shell.js';
export { distance } from '../core/suggest.js';
export { aOrAn } from '../core/words.js';
export { parseDate } from './dates.js';
