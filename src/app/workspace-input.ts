import type { Workspace } from '../core/workspace.js';
import { openWorkspace, type WorkspaceSource } from '../workspace/index.js';

export type { Workspace } from '../core/workspace.js';
export type { WorkspaceSource } from '../workspace/index.js';

/**
 * What a use case reads: a folder (the CLI: read once, through the parse cache), a source a
 * long-running process holds open (the state it serves now, swapped whole on reload), or a
 * state already taken from one (a server request answers from one state even if a reload lands meanwhile).
 */
export type WorkspaceInput = string | WorkspaceSource | Workspace;

export function loadInput(input: WorkspaceInput): Promise<Workspace> {
  if (typeof input === 'string') return openWorkspace(input).load();
  return 'load' in input ? input.load() : Promise.resolve(input);
}

/** A workspace folder held open by a server: loaded once, reloaded on change, the last good state kept on a bad edit. */
export function openServedWorkspace(dir: string): WorkspaceSource {
  return openWorkspace(dir);
}
