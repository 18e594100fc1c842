import { UpkeepError } from '../src/core/errors.js';

/** The UpkeepError a call throws; fails the test when it throws anything else or nothing. */
export function thrown(fn: () => unknown): UpkeepError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UpkeepError) return e;
    throw new Error(`expected an UpkeepError, got ${String(e)}`);
  }
  throw new Error('expected an UpkeepError, nothing was thrown');
}
