import { databaseUrlOf, openStore, type Store } from '../store/index.js';

export type { Store } from '../store/index.js';

/**
 * The evidence store of a workspace: `--database URL`, else DATABASE_URL, else the embedded
 * database in `<workspace>/.upkeep/db`. Slow to open (PGlite: 0.4 s, 2-3 s to create): only the
 * commands that need it call this.
 */
export function openEvidenceStore(input: { readonly workspace: string; readonly database?: string | undefined }): Promise<Store> {
  return openStore({ workspaceDir: input.workspace, databaseUrl: databaseUrlOf(input.database) });
}
