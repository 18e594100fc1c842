import type { StabilityCriteria } from '../core/stability/criteria-schema.js';
import type { ImportResult, ProductCatalogue, Release, Workspace } from '../core/workspace.js';
import type { Applied, ApplyOptions } from './apply.js';
import { loadWorkspaceCached } from './cache.js';

/**
 * One workspace folder, as a long-running process (the server) and a one-shot one (the CLI) both
 * need it: loaded once, reloaded on demand, written by imports. The state served changes only when
 * a load has read and validated every file; a load that fails throws and leaves the state served
 * before it as it was. Nothing here imports the YAML or schema libraries until a load needs them,
 * so a cached load starts fast.
 */
export interface WorkspaceSource {
  readonly dir: string;
  /** The workspace: read on the first call (through the parse cache, when on), the same state after. */
  load(): Promise<Workspace>;
  /**
   * Reads every file again (never trusting the parse cache's file stats) and serves the result.
   * On bad input it throws the UpkeepError and the previous state stays served.
   */
  reload(): Promise<Workspace>;
  /** The state served now, if a load has succeeded. */
  current(): Workspace | undefined;
  /** The release as its file says now (an import keeps its dates), if the workspace has it. */
  release(id: string): Promise<Release | undefined>;
  /** Each product's scheme and identifiers and upkeep.yaml's `purls:`, for an import to map packages to products. */
  catalogue(): Promise<ProductCatalogue>;
  /** The stability criteria of stability.yaml (every default when the file is absent); read on each call. */
  stability(): Promise<StabilityCriteria>;
  /** Throws UPK_EMPTY_WORKSPACE when the folder has no upkeep.yaml (before an import reads its input). */
  requireWorkspace(): Promise<void>;
  /**
   * Writes an import into the folder, all files or none. The state served does not change:
   * call reload() to serve what was written.
   */
  apply(result: ImportResult, options?: ApplyOptions): Promise<Applied>;
}

export interface OpenOptions {
  /** Keep the parsed workspace between processes (`~/.cache/upkeep`, keyed by file stats). Default true. */
  readonly cache?: boolean;
}

/** A WorkspaceSource on a folder. Nothing is read until load(). */
export function openWorkspace(dir: string, options: OpenOptions = {}): WorkspaceSource {
  const cache = options.cache ?? true;
  let served: Workspace | undefined;
  let servedGeneration = 0;
  let generation = 0;
  let first: Promise<Workspace> | undefined;

  /** Serves a load's result unless a load started later has already been served. */
  const read = async (fresh: boolean): Promise<Workspace> => {
    const mine = ++generation;
    const ws = await loadWorkspaceCached(dir, { cache, fresh });
    if (mine > servedGeneration) {
      served = ws;
      servedGeneration = mine;
    }
    return ws;
  };

  return {
    dir,
    load() {
      if (served) return Promise.resolve(served);
      first ??= read(false).finally(() => {
        first = undefined;
      });
      return first;
    },
    reload: () => read(true),
    current: () => served,
    async release(id) {
      const { existingRelease } = await import('./apply.js');
      return existingRelease(dir, id);
    },
    async catalogue() {
      const { readCatalogue } = await import('./catalogue.js');
      return readCatalogue(dir);
    },
    async stability() {
      const { loadStabilityCriteria } = await import('./stability.js');
      return loadStabilityCriteria(dir);
    },
    async requireWorkspace() {
      const { requireWorkspace } = await import('./apply.js');
      requireWorkspace(dir);
    },
    async apply(result, applyOptions) {
      const { applyImport } = await import('./apply.js');
      return applyImport(dir, result, applyOptions);
    },
  };
}
