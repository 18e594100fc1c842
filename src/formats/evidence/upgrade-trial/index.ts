/**
 * Upgrade trials, CSV or YAML: `from,to,result,duration,notes,date`. The file is tagged with the
 * version upgraded to; a row that upgrades to another version belongs to another tag and is refused.
 */
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { UpgradeTrial } from '../../../core/stability/types.js';
import { dateField, durationSeconds, oneOf, required } from '../fields.js';
import { evidenceError } from '../problem.js';
import { readEvidenceText } from '../read.js';
import { tableRows } from '../table.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

const COLUMNS = { required: ['from', 'to', 'result', 'date'], optional: ['duration', 'notes'], listKey: 'trials', what: 'upgrade trials' } as const;

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const { path, tag } = input;
  const rows = tableRows(readEvidenceText(path, 'upgrade trials', input.onProgress), path, COLUMNS);
  if (rows.length === 0) throw evidenceError(path, 'the file holds no upgrade trial', 'write one trial a row: from,to,result,duration,notes,date');
  const trials = rows.map((row): UpgradeTrial => {
    const to = required(row, 'to', path);
    if (to !== tag.version)
      throw evidenceError(
        path,
        `a trial upgrades to ${to}, but the file is added for ${tag.product} ${tag.version}`,
        `add trials to ${to} with --version ${to} (a trial counts for the version it upgrades to)`,
        row.line,
      );
    return {
      from: required(row, 'from', path),
      to,
      result: oneOf(row, 'result', ['success', 'failure'] as const, path),
      durationSeconds: durationSeconds(row, 'duration', path),
      notes: row.fields.notes?.trim() ?? '',
      date: dateField(row, 'date', path),
    };
  });
  yield { records: 'trials', rows: trials };
}

export const upgradeTrials: EvidenceParser = { kind: 'upgrade-trial', streams: false, parse };
