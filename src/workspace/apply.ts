import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { throwProblems, UpkeepError } from '../core/errors.js';
import { fileIdProblem } from '../core/file-id.js';
import { validateLifecycle } from '../core/lifecycle/validate.js';
import { shellWord } from '../core/shell.js';
import type { ImportResult, Pin, Release } from '../core/workspace.js';
import { commitFiles, type FileChange } from '../files/atomic-write.js';
import { locate, readYaml, validate } from '../files/yaml-file.js';
import { releaseFromFile } from './convert.js';
import { PRODUCTS_DIR, RELEASES_DIR, WORKSPACE_FILE } from './load.js';
import { ReleaseFile } from './schema.js';
import { readSyncState, SYNC_STATE_FILE, syncStateText } from './sync-state.js';
import { componentsFile, idFile, productFiles, releaseFile } from './write.js';

export function requireWorkspace(dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory())
    throw new UpkeepError(
      'UPK_FILE_UNREADABLE',
      `${dir} is a file, not a workspace folder`,
      `pass --workspace with the folder that holds ${WORKSPACE_FILE} (-w is short for --workspace)`,
      { file: dir },
    );
  if (!existsSync(join(dir, WORKSPACE_FILE)))
    throw new UpkeepError(
      'UPK_EMPTY_WORKSPACE',
      `${dir} is not an Upkeep workspace: it has no ${WORKSPACE_FILE}`,
      `create it first with \`upkeep init ${shellWord(dir)}\`, or pass --workspace with the folder that holds ${WORKSPACE_FILE}`,
      { file: dir },
    );
}

/** The release as the workspace has it now, if any. */
export function existingRelease(dir: string, id: string): Release | undefined {
  const file = idFile(dir, RELEASES_DIR, id, '.yaml');
  if (!existsSync(file)) return undefined;
  const src = readYaml(file, 'release file');
  return releaseFromFile(validate(ReleaseFile, src, 'fix the release file before importing into it'), file, src.lineOf);
}

/** A pin written by an import of `source` (`sbom/bom.cdx.json`, `osism-release/5.0.0`): its own source, or the release file's. */
const fromSource = (pin: Pin, source: string | undefined): boolean => source !== undefined && pin.source?.startsWith(source) === true;

/** What a pin that no import wrote is recorded as, once its release file names an import source. */
export const HAND_SOURCE = 'manual';

/**
 * Merges an imported release into the existing one: the import's pins replace the pins an earlier
 * import of the same source wrote (so a package the SBOM no longer lists, or a version of it,
 * `<id>@<version>`, is gone); pins of other sources, pins added by hand (e.g. OVS/OVN) and
 * alternatives stay. A kept pin without a source is marked `source: manual`, so that it stays
 * told apart from the import's plain pins on every later re-import. Returns the pins removed.
 */
function merge(imported: Release, existing: Release | undefined, source: string | undefined): { release: Release; removed: Pin[] } {
  if (!existing) return { release: imported, removed: [] };
  const seen = new Set(imported.pins.map((p) => p.component));
  const others = existing.pins.filter((p) => !seen.has(p.component));
  const removed = others.filter((p) => fromSource(p, source));
  const kept: Pin[] = others.filter((p) => !fromSource(p, source)).map((p) => (p.source ? p : { ...p, source: HAND_SOURCE }));
  const altSeen = new Set(imported.alternatives.map((p) => `${p.component}@${p.version}`));
  return {
    release: {
      ...imported,
      pins: [...imported.pins, ...kept],
      alternatives: [...imported.alternatives, ...existing.alternatives.filter((p) => !altSeen.has(`${p.component}@${p.version}`))],
    },
    removed,
  };
}

/** Where the lifecycle of a product comes from when it is not endoflife.date. */
const IMPORT_HINT: Readonly<Record<string, string>> = {
  ceph: 'import it (upkeep import ceph-releases …/ceph/releases.yml)',
  openstack: 'import it (upkeep import openstack-series …/series_status.yaml --history …/series_status.history.jsonl)',
  // No machine-readable source: written by hand (docs/lifecycles-by-hand.md).
  ovn: 'write products/ovn.yaml by hand (docs/lifecycles-by-hand.md; examples/scs/products/ovn.yaml is one)',
  ovs: 'write products/ovs.yaml by hand (docs/lifecycles-by-hand.md; examples/scs/products/ovs.yaml is one)',
};

/**
 * Every component is added, also one whose product has no lifecycle in the workspace yet (an
 * OSISM release imported before Ceph's lifecycle): the check reports its pins as `no-lifecycle`,
 * a warning by default, rather than passing them over. Those are named with the import that adds
 * the lifecycle.
 */
function missingLifecycles(dir: string, result: ImportResult): string[] {
  const known = (id: string) =>
    result.products.some((p) => p.id === id) || (fileIdProblem(id) === undefined && existsSync(join(dir, PRODUCTS_DIR, `${id}.yaml`)));
  const missing = new Map<string, string[]>();
  for (const c of result.components) if (c.product && !known(c.product)) missing.set(c.product, [...(missing.get(c.product) ?? []), c.id]);
  return [...missing].map(
    ([product, ids]) =>
      `${ids.join(', ')}: product "${product}" has no lifecycle in this workspace yet, so check reports ${ids.length > 1 ? 'these pins' : 'this pin'} as no-lifecycle until its lifecycle is there: ${IMPORT_HINT[product] ?? `import it (upkeep import endoflife …/products/${product}.md --history …/history/${product}.jsonl)`}`,
  );
}

/**
 * An import replaces what a sync fetched: the products' sync-state.json entries are dropped, so the
 * next sync asks unconditionally and compares with the imported files (a 304 would keep them).
 */
function forgetSynced(dir: string, ids: readonly string[]): FileChange | undefined {
  const state = readSyncState(dir);
  if (!ids.some((id) => state.products[id])) return undefined;
  const products = Object.fromEntries(Object.entries(state.products).filter(([id]) => !ids.includes(id)));
  return { path: join(dir, SYNC_STATE_FILE), content: syncStateText({ version: 1, products }) };
}

export interface Applied {
  readonly written: readonly string[];
  readonly warnings: readonly string[];
}

export interface ApplyOptions {
  /** Remove an existing imported history when the import brings none. */
  readonly dropHistory?: boolean;
  /** Whether the importer takes `--history FILE` (for the hint when a history would be lost). Default true. */
  readonly takesHistory?: boolean;
}

/** Writes an import into the workspace, all files at once or none. Returns what changed. */
export function applyImport(dir: string, result: ImportResult, options: ApplyOptions = {}): Applied {
  requireWorkspace(dir);
  for (const p of result.products) {
    // what the loader would refuse is not written; the problem is the imported data's, not the unwritten file's
    throwProblems(locate(validateLifecycle(p), { file: `imported ${result.sourceOf?.[p.id] ?? result.source}`, lineOf: () => undefined }));
    const history = idFile(dir, PRODUCTS_DIR, p.id, '.history.jsonl');
    if (!p.history.length && existsSync(history) && !options.dropHistory)
      throw new UpkeepError(
        'UPK_USAGE',
        `${history} exists and this import brings no history: without it, checks of past dates would use today's file`,
        options.takesHistory === false
          ? 'pass --drop-history to remove it (this import brings no history of its own)'
          : 'pass --history FILE to refresh the history with the product, or --drop-history to remove it',
        { file: history },
      );
  }
  const nothingToDrop =
    options.dropHistory && !result.products.some((p) => !p.history.length && existsSync(idFile(dir, PRODUCTS_DIR, p.id, '.history.jsonl')))
      ? [
          `--drop-history: there was no earlier history to remove (${result.products.map((p) => `${PRODUCTS_DIR}/${p.id}.history.jsonl`).join(', ') || 'no product imported'})`,
        ]
      : [];
  const changes: FileChange[] = [];
  for (const p of result.products) changes.push(...productFiles(dir, p, `Imported from ${result.sourceOf?.[p.id] ?? result.source}.`));
  const removedPins: string[] = [];
  for (const r of result.releases) {
    const source = r.pins[0]?.source?.split('/').slice(0, 2).join('/');
    const { release, removed } = merge(r, existingRelease(dir, r.id), source);
    if (removed.length)
      removedPins.push(
        `${r.id}: ${removed.length} pin${removed.length === 1 ? '' : 's'} that ${source} no longer lists removed (${removed.map((p) => `${p.component} ${p.version}`).join(', ')}); pins of other sources and pins added by hand (a source of their own, or none) are kept`,
      );
    changes.push(
      releaseFile(
        dir,
        release,
        source,
        `Imported from ${result.source}; plain pins are this import's (replaced on re-import); a pin with a source of its own (by hand: source: "manual: …") is kept.`,
      ),
    );
  }
  const resync = forgetSynced(
    dir,
    result.products.map((p) => p.id),
  );
  if (resync) changes.push(resync);
  const missing = missingLifecycles(dir, result);
  const comp = componentsFile(dir, result.components);
  if (comp) changes.push(comp);
  commitFiles(changes);
  return {
    written: changes.map((c) => `${c.content === null ? 'removed' : 'wrote'} ${c.path}`),
    warnings: [...result.warnings, ...removedPins, ...missing, ...nothingToDrop],
  };
}
