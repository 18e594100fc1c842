import type { UpgradePaths } from '../core/paths/paths.js';
import type { ProductNames } from './message.js';
import type { Renderer } from './renderer.js';

export interface PathsContext {
  readonly names: ProductNames;
  readonly workspace: string;
  readonly exitCode: number;
}

export const pathsTable: Renderer<UpgradePaths, PathsContext> = {
  id: 'table',
  description: 'the path, each upgrade with its component steps and reasons, and why the direct jump is not one upgrade',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.txt',
  render: async (p, c) => (await import('./paths-text.js')).renderPathsTable(p, c.names, c.workspace),
};

export const pathsJson: Renderer<UpgradePaths, PathsContext> = {
  id: 'json',
  description: 'the answer as data (schema upkeep.paths/v1)',
  mediaType: 'application/json',
  extension: '.json',
  render: async (p, c) => (await import('./paths-json.js')).renderPathsJson(p, c.names, c.exitCode),
};

export const pathsMermaid: Renderer<UpgradePaths, PathsContext> = {
  id: 'mermaid',
  description: 'a Mermaid flowchart (releases, upgrades taken, blocked jumps dashed)',
  mediaType: 'text/plain; charset=utf-8',
  extension: '.mmd',
  render: async (p, c) => (await import('./paths-text.js')).renderPathsMermaid(p, c.names),
};
