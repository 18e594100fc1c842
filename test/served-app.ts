import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role, Store } from '../src/app/access-tokens.js';
import type { PlainDate } from '../src/app/index.js';
import { openServedWorkspace } from '../src/app/workspace-input.js';
import { type AppDeps, buildApp, type UpkeepApp } from '../src/server/app.js';
import { openStore } from '../src/store/index.js';
import { repoRoot } from './paths.js';

export const scsDir = join(repoRoot, 'examples/scs');

export interface ServedApp extends UpkeepApp {
  readonly store: Store;
  /** A live token of each role. */
  readonly tokens: Readonly<Record<Role, string>>;
  /** `{ authorization: 'Bearer …' }` for a role. */
  auth(role: Role): { authorization: string };
  close(): Promise<void>;
}

/**
 * The app on a workspace (examples/scs by default) with a real store (PGlite in a temporary folder,
 * or the database URL given) and one token per role, as of 2023-03-20 (R4's release week).
 */
export async function servedApp(
  options: Partial<Omit<AppDeps, 'store' | 'workspace'>> & { workspaceDir?: string; databaseUrl?: string } = {},
): Promise<ServedApp> {
  const storeDir = mkdtempSync(join(tmpdir(), 'upkeep-serve-store-'));
  const store = await openStore({ workspaceDir: storeDir, databaseUrl: options.databaseUrl });
  const { workspaceDir, databaseUrl: _url, ...deps } = options;
  const source = openServedWorkspace(workspaceDir ?? scsDir);
  await source.load();
  const built = await buildApp({ logger: false, today: () => '2023-03-20' as PlainDate, ...deps, workspace: source, store });
  const tokens = {} as Record<Role, string>;
  for (const role of ['reporter', 'maintainer', 'admin'] as const) tokens[role] = (await store.createToken({ name: `${role}-bot`, role })).token;
  return {
    ...built,
    store,
    tokens,
    auth: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    async close() {
      await built.app.close();
      await store.close();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** A copy of examples/scs in a temporary folder, to edit. */
export function scsCopy(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-serve-ws-'));
  cpSync(scsDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
