import { UpkeepError } from '../errors.js';
import type { Release, Workspace } from '../workspace.js';

/** The releases of the workspace with these ids, in the order given (all when none given). */
export function selectReleases(ws: Workspace, ids: readonly string[] | undefined): readonly Release[] {
  if (ws.releases.length === 0)
    throw new UpkeepError(
      'UPK_EMPTY_WORKSPACE',
      `workspace "${ws.name}" has no releases`,
      'add a release with `upkeep import osism DIR --release-id ID --date D --end D` or write releases/<id>.yaml (see docs/workspace.md)',
    );
  if (!ids || ids.length === 0) return ws.releases;
  return ids.map((id) => {
    const r = ws.releases.find((x) => x.id === id);
    if (!r)
      throw new UpkeepError(
        'UPK_UNKNOWN_RELEASE',
        `release "${id}" is not in workspace "${ws.name}"`,
        `use one of: ${ws.releases.map((x) => x.id).join(', ')}`,
      );
    return r;
  });
}
