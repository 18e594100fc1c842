import type { PlainDate } from '../core/dates.js';
import type { ImportResult, ProductCatalogue } from '../core/workspace.js';

export type { CataloguedProduct, ProductCatalogue } from '../core/workspace.js';

/** What an import needs besides the path of its input. */
export interface ImportRequest {
  /** A change-history file, for importers that take one. */
  readonly history?: string;
  /** For importers of stack releases: the release id and its dates. */
  readonly release?: StackReleaseRequest;
  /** What the workspace knows about products, so that a release's packages map to them. */
  readonly catalogue?: ProductCatalogue;
}

export interface StackReleaseRequest {
  readonly releaseId: string;
  readonly date: PlainDate;
  readonly end: PlainDate;
}

/**
 * What the CLI shows of an importer without loading it: each folder's `meta.ts`, which imports
 * nothing, so `upkeep --help` and `upkeep check` load no importer implementation.
 */
export interface ImporterMeta {
  /** The `upkeep import <id>` subcommand. */
  readonly id: string;
  readonly description: string;
  readonly input: 'file' | 'folder';
  /** Takes `--history FILE`. */
  readonly history: boolean;
  /**
   * Takes several files at once (`products/*.md`), all written or none; their histories come from
   * `--history-dir DIR` as `DIR/<name>.jsonl`.
   */
  readonly several?: boolean;
  /** Produces a stack release (needs --release-id, --date, --end). */
  readonly release: boolean;
}

/**
 * An importer: one folder under src/formats with the same steps, `read` (I/O: the file's text,
 * through src/files) → `parse` (text → the format's schema type, `schema.ts`) → `map` (schema
 * type → the core's ImportResult). The folder's `meta.ts` exports its metadata and its `index.ts`
 * the import as `run`; the registry joins them. (Were index.ts to import meta.ts, the bundler
 * would give each meta.ts a file of its own, read at every start.)
 */
export interface Importer extends ImporterMeta {
  /** Reads the input at `path` into products, releases and components; bad input is an UpkeepError. */
  import(path: string, request: ImportRequest): ImportResult;
}

/** What a folder's index.ts exports as `run`. */
export type ImportRun = Importer['import'];
