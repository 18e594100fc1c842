import { selectReleases } from '../core/check/select.js';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { type UpgradePaths, upgradePaths } from '../core/paths/paths.js';
import type { Release } from '../core/workspace.js';
import { loadInput, type WorkspaceInput } from './workspace-input.js';

export type { UpgradePaths } from '../core/paths/paths.js';

export interface PathsInput {
  /** The workspace folder (holds upkeep.yaml), or a source held open (the server). */
  readonly workspace: WorkspaceInput;
  readonly from: string;
  readonly to: string;
  readonly asOf: PlainDate;
}

export interface PathsResult {
  readonly paths: UpgradePaths;
  readonly workspaceName: string;
  readonly productName: (id: string) => string | undefined;
}

/** The shortest upgrade path between two releases of a workspace (src/core/paths/paths.ts). */
export async function paths(input: PathsInput): Promise<PathsResult> {
  const ws = await loadInput(input.workspace);
  const [from, to] = selectReleases(ws, [input.from, input.to]) as [Release, Release];
  if (from.id === to.id) throw new UpkeepError('UPK_USAGE', `--from and --to are both ${from.id}`, 'name two different releases: --from R3 --to R4.1');
  if (ws.releases.indexOf(to) < ws.releases.indexOf(from))
    throw new UpkeepError(
      'UPK_USAGE',
      `${to.id} (${to.date}) is older than ${from.id} (${from.date}): upgrades go forward`,
      `swap them: --from ${to.id} --to ${from.id}`,
    );
  return { paths: upgradePaths(ws, { from: from.id, to: to.id, asOf: input.asOf }), workspaceName: ws.name, productName: (id) => ws.products.get(id)?.name };
}
