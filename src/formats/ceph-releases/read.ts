import type { ImportResult } from '../../core/workspace.js';
import { readText } from '../../files/yaml-file.js';
import { cephImport } from './map.js';
import { parseCephReleases } from './parse.js';

/** Reads Ceph's doc/releases/releases.yml into the Ceph product. */
export function importCephReleases(file: string): ImportResult {
  return cephImport(parseCephReleases(readText(file, 'Ceph releases.yml'), file), file);
}
