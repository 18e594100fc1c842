import type { Store } from '../store/types.js';
import type { WorkspaceSource } from './workspace-input.js';

/**
 * Reads the workspace files again and serves the result, then tells every other process on the
 * same database to do the same. A bad edit throws its problems and the last good state stays served.
 */
export async function reloadWorkspace(input: { readonly source: WorkspaceSource; readonly store: Store; readonly actor: string }) {
  const ws = await input.source.reload();
  await input.store.audit({ actor: input.actor, action: 'workspace.reload', target: input.source.dir });
  await input.store.notifyReload();
  return { workspace: ws.name, releases: ws.releases.length, products: ws.products.size };
}
