import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the shared reference data beside it (`../shared/data`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = resolve(repoRoot, '../shared/data');
export const data = (...parts: string[]) => resolve(dataDir, ...parts);
