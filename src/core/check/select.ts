import { UpkeepError } from '../errors.js';
import type { Release, Workspace } from '../workspace.js';

/** The releases of the workspace with these ids, in the order given (all when none given). */
export function selectReleases(ws: Workspace, ids: readonly string[] | undefined): readonly Release[] {
  if (ws.releases.length === 0) throw new UpkeepError([{ code: 'UPK_EMPTY_WORKSPACE', facts: { workspace: ws.name } }]);
  if (!ids || ids.length === 0) return ws.releases;
  return ids.map((id) => {
    const r = ws.releases.find((x) => x.id === id);
    if (!r) throw new UpkeepError([{ code: 'UPK_UNKNOWN_RELEASE', facts: { release: id, workspace: ws.name, known: ws.releases.map((x) => x.id) } }]);
    return r;
  });
}
