/**
 * The workspace module: a folder of reviewed YAML (upkeep.yaml, policy.yaml, products/,
 * releases/) read into the core's Workspace, and written by imports. Only light modules are
 * imported here; the YAML and schema libraries load when a load or an import needs them.
 */
export type { Applied, ApplyOptions } from './apply.js';
export { type OpenOptions, openWorkspace, type WorkspaceSource } from './source.js';
