import { UpkeepError } from '../../core/errors.js';

/** A file that is not what its kind reads: UPK_EVIDENCE_INPUT, at its line when known. Nothing of it is stored. */
export function evidenceError(file: string, message: string, hint: string, line?: number): UpkeepError {
  return new UpkeepError('UPK_EVIDENCE_INPUT', message, hint, { file, ...(line !== undefined ? { line } : {}) });
}

/** A measured value must be a finite number, not negative (a NaN or a -1 "not measured" is no sample). */
export function sampleValue(raw: unknown, what: string, file: string, line?: number): number {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value))
    throw evidenceError(
      file,
      `${what} is ${JSON.stringify(raw)}, not a number`,
      'give a finite number (NaN, Infinity and empty values are no measurement)',
      line,
    );
  if (value < 0)
    throw evidenceError(file, `${what} is ${value}, a negative measurement`, 'give the measured value; leave out samples that were not measured', line);
  return value;
}
