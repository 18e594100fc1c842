import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { importers } from '../formats/importers.js';
import { type Applied, openWorkspace, type WorkspaceSource } from '../workspace/index.js';
import { parseDate } from './dates.js';

export interface ImportInput {
  /** The workspace folder to write into. */
  readonly workspace: string;
  /** An importer id of src/formats/importers.ts. */
  readonly importer: string;
  /** The file or folder to import. */
  readonly path: string;
  /** Its change history (.jsonl), for importers that take one. */
  readonly history?: string;
  /** Remove an earlier imported history when importing without one. */
  readonly dropHistory?: boolean;
  /**
   * For importers of a stack release: its id, and its dates as given (YYYY-MM-DD); the dates are
   * required for a new release, an existing one keeps its own.
   */
  readonly release?: { readonly id?: string; readonly date?: string; readonly end?: string };
}

/** --date/--end are required for a new release; for an existing one its dates are kept. */
async function releaseDates(workspace: WorkspaceSource, input: ImportInput): Promise<{ releaseId: string; date: PlainDate; end: PlainDate }> {
  const id = input.release?.id;
  if (!id) throw new UpkeepError('UPK_USAGE', '--release-id is required', 'name the stack release, e.g. --release-id R4');
  const existing = await workspace.release(id);
  const date = input.release?.date ? parseDate(input.release.date, '--date') : existing?.date;
  const end = input.release?.end ? parseDate(input.release.end, '--end') : existing?.end;
  if (!date || !end)
    throw new UpkeepError(
      'UPK_USAGE',
      `release ${id} is new: --date and --end are required`,
      'add --date YYYY-MM-DD (release date) and --end YYYY-MM-DD (planned end of maintenance)',
    );
  if (end < date) throw new UpkeepError('UPK_BAD_DATE', `--end ${end} is before --date ${date}`, 'the planned end must be on or after the release date');
  return { releaseId: id, date, end };
}

/** Imports lifecycles or a release into the workspace: all files written, or none. Returns what changed. */
export async function importInto(input: ImportInput): Promise<Applied> {
  const importer = importers.find((i) => i.id === input.importer);
  if (!importer) throw new UpkeepError('UPK_USAGE', `no importer "${input.importer}"`, `use one of: ${importers.map((i) => i.id).join(', ')}`);
  const workspace = openWorkspace(input.workspace);
  await workspace.requireWorkspace();
  const release = importer.release ? await releaseDates(workspace, input) : undefined;
  const catalogue = importer.release ? await workspace.catalogue() : undefined;
  const result = (await importer.load()).import(input.path, {
    ...(input.history ? { history: input.history } : {}),
    ...(release ? { release } : {}),
    ...(catalogue ? { catalogue } : {}),
  });
  return workspace.apply(result, { dropHistory: Boolean(input.dropHistory) });
}
