import { cephReleases } from './ceph-releases/meta.js';
import { sbom } from './cyclonedx/meta.js';
import { endoflife } from './endoflife/meta.js';
import { endoflifeApi } from './endoflife-api/meta.js';
import { openstackSeries } from './openstack-series/meta.js';
import { osism } from './osism/meta.js';
import type { Importer, ImporterMeta, ImportRun } from './types.js';

export type { Importer, ImporterMeta, ImportRequest } from './types.js';

/** An importer of the registry: its metadata now, its implementation when the import runs. */
export interface RegisteredImporter extends ImporterMeta {
  load(): Promise<Importer>;
}

function lazy(meta: ImporterMeta, load: () => Promise<{ run: ImportRun }>): RegisteredImporter {
  return { ...meta, load: async () => ({ ...meta, import: (await load()).run }) };
}

/** Every importer, one line each: the folder's meta.ts and its index.ts, loaded on use. */
export const importers: readonly RegisteredImporter[] = [
  lazy(endoflife, () => import('./endoflife/index.js')),
  lazy(endoflifeApi, () => import('./endoflife-api/index.js')),
  lazy(openstackSeries, () => import('./openstack-series/index.js')),
  lazy(cephReleases, () => import('./ceph-releases/index.js')),
  lazy(osism, () => import('./osism/index.js')),
  lazy(sbom, () => import('./cyclonedx/index.js')),
];
