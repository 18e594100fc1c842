/** Known bugs, CSV: `id,version,severity,status,opened,closed`. A bug counts for the version it names. */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import { type KnownBug, REPORT_SEVERITIES } from '../../../core/stability/types.js';
import { dateField, oneOf, optionalDate, required } from '../fields.js';
import { evidenceError } from '../problem.js';
import { readEvidenceText } from '../read.js';
import { tableRows } from '../table.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

const COLUMNS = { required: ['id', 'version', 'severity', 'status', 'opened'], optional: ['closed'], listKey: 'bugs', what: 'known bugs' } as const;

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const { path } = input;
  const rows = tableRows(readEvidenceText(path, 'known bugs', input.onProgress), path, COLUMNS);
  if (rows.length === 0) throw evidenceError(path, 'the file holds no bug', 'write one bug a line: id,version,severity,status,opened,closed');
  const bugs = rows.map((row): KnownBug => {
    const status = oneOf(row, 'status', ['open', 'closed'] as const, path);
    const opened = dateField(row, 'opened', path);
    const closed = optionalDate(row, 'closed', path);
    if (status === 'closed' && !closed) throw evidenceError(path, 'a closed bug has no closed date', 'give the date it was closed (YYYY-MM-DD)', row.line);
    if (status === 'open' && closed)
      throw evidenceError(path, `an open bug has a closed date (${closed})`, 'set status to closed, or clear the date', row.line);
    if (closed && closed < opened)
      throw evidenceError(path, `the bug was closed (${closed}) before it was opened (${opened})`, 'check the two dates', row.line);
    return {
      id: required(row, 'id', path),
      version: required(row, 'version', path),
      severity: oneOf(row, 'severity', REPORT_SEVERITIES, path),
      status,
      opened,
      closed,
    };
  });
  yield { records: 'bugs', rows: bugs };
}

export const bugs: EvidenceParser = { kind: 'bugs', streams: false, parse };
