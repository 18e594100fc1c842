import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import type { ImportResult } from '../core/workspace.js';
import { badFileId } from '../files/fields.js';
import { importers, type RegisteredImporter } from '../formats/importers.js';
import { type Applied, openWorkspace, type WorkspaceSource } from '../workspace/index.js';
import { parseDate } from './dates.js';

export interface ImportInput {
  /** The workspace folder to write into. */
  readonly workspace: string;
  /** An importer id of src/formats/importers.ts. */
  readonly importer: string;
  /** The file or folder to import. */
  readonly path: string;
  /** Several files at once (`products/*.md`), for importers that take several; replaces `path`. */
  readonly paths?: readonly string[];
  /** Its change history (.jsonl), for importers that take one. */
  readonly history?: string;
  /** With several files: the folder of their histories, `<name>.jsonl` for `<name>.md`. */
  readonly historyDir?: string;
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
  const bad = badFileId(id, '--release-id');
  if (bad) throw bad;
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

/** The inputs and, for each, its history: `--history` for one file, `--history-dir` for several. */
function inputsOf(importer: RegisteredImporter, input: ImportInput): { path: string; history?: string; warning?: string }[] {
  const paths = input.paths?.length ? input.paths : [input.path];
  if (paths.length > 1 && !importer.several)
    throw new UpkeepError('UPK_USAGE', `import ${importer.id} takes one ${importer.input}, not ${paths.length}`, `import them one at a time`);
  if (input.history && input.historyDir)
    throw new UpkeepError('UPK_USAGE', '--history and --history-dir together', 'give --history FILE for one product file, or --history-dir DIR for several');
  if (input.history && paths.length > 1)
    throw new UpkeepError(
      'UPK_USAGE',
      `--history names the history of one product file, and ${paths.length} are given`,
      'for several product files, pass --history-dir DIR holding <name>.jsonl for each <name>.md',
    );
  const dir = input.historyDir;
  if (dir === undefined) return paths.map((path) => ({ path, ...(input.history ? { history: input.history } : {}) }));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UpkeepError('UPK_FILE_NOT_FOUND', `history folder ${dir} does not exist`, 'pass the folder that holds <name>.jsonl for each <name>.md', {
      file: dir,
    });
  return paths.map((path) => {
    const history = join(dir, `${basename(path).replace(/\.[^.]*$/, '')}.jsonl`);
    return existsSync(history) ? { path, history } : { path, warning: `${basename(path)}: no ${history}; imported without history` };
  });
}

/** Several imports as one, all written or none; a product imported twice is an error. */
function joinImports(results: readonly { path: string; result: ImportResult }[]): ImportResult {
  const [only] = results;
  if (only && results.length === 1) return only.result;
  const from = new Map<string, string>();
  for (const { path, result } of results)
    for (const p of result.products) {
      const earlier = from.get(p.id);
      if (earlier)
        throw new UpkeepError('UPK_DUPLICATE', `product ${p.id} is imported twice, from ${earlier} and ${path}`, 'give each product file once', { file: path });
      from.set(p.id, path);
    }
  return {
    products: results.flatMap((r) => r.result.products),
    releases: results.flatMap((r) => r.result.releases),
    components: results.flatMap((r) => r.result.components),
    warnings: results.flatMap((r) => r.result.warnings),
    source: `${results.length} files`,
    sourceOf: Object.fromEntries(results.flatMap((r) => r.result.products.map((p) => [p.id, r.result.sourceOf?.[p.id] ?? r.result.source]))),
  };
}

/** Imports lifecycles or a release into the workspace: all files written, or none. Returns what changed. */
export async function importInto(input: ImportInput): Promise<Applied> {
  const importer = importers.find((i) => i.id === input.importer);
  if (!importer) throw new UpkeepError('UPK_USAGE', `no importer "${input.importer}"`, `use one of: ${importers.map((i) => i.id).join(', ')}`);
  const workspace = openWorkspace(input.workspace);
  await workspace.requireWorkspace();
  const inputs = inputsOf(importer, input);
  const release = importer.release ? await releaseDates(workspace, input) : undefined;
  const run = (await importer.load()).import;
  const catalogue = importer.release ? await workspace.catalogue() : undefined;
  const results = inputs.map(({ path, history, warning }) => {
    const result = run(path, { ...(history ? { history } : {}), ...(release ? { release } : {}), ...(catalogue ? { catalogue } : {}) });
    return { path, result: warning ? { ...result, warnings: [warning, ...result.warnings] } : result };
  });
  return workspace.apply(joinImports(results), { dropHistory: Boolean(input.dropHistory), takesHistory: importer.history });
}
