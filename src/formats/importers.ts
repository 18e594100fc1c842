import type { PlainDate } from '../core/dates.js';
import type { ImportResult } from '../core/workspace.js';

/** What an import needs besides the path of its input. */
export interface ImportRequest {
  /** A change-history file, for importers that take one. */
  readonly history?: string;
  /** For importers of stack releases: the release id and its dates. */
  readonly release?: { readonly releaseId: string; readonly date: PlainDate; readonly end: PlainDate };
}

/**
 * An importer: one folder under src/formats, one entry here. The entry is metadata only; the
 * implementation is loaded when the import runs, so the CLI starts without loading any format.
 */
export interface Importer {
  /** The `upkeep import <id>` subcommand. */
  readonly id: string;
  readonly description: string;
  readonly input: 'file' | 'folder';
  /** Takes `--history FILE`. */
  readonly history: boolean;
  /** Produces a stack release (needs --release-id, --date, --end). */
  readonly release: boolean;
  load(): Promise<(path: string, request: ImportRequest) => ImportResult>;
}

function needRelease(request: ImportRequest): NonNullable<ImportRequest['release']> {
  if (!request.release) throw new Error('importer of a release called without release options');
  return request.release;
}

export const importers: readonly Importer[] = [
  {
    id: 'endoflife',
    description: 'an endoflife.date product file (products/<name>.md), optionally with its history',
    input: 'file',
    history: true,
    release: false,
    load: async () => {
      const { importEndoflife } = await import('./endoflife/index.js');
      return (path, request) => importEndoflife(path, request.history);
    },
  },
  {
    id: 'endoflife-api',
    description: 'the endoflife.date API v1 JSON of one product (/api/v1/products/<name>)',
    input: 'file',
    history: false,
    release: false,
    load: async () => {
      const { importEndoflifeApi } = await import('./endoflife/index.js');
      return (path) => importEndoflifeApi(path);
    },
  },
  {
    id: 'openstack-series',
    description: "OpenStack's series_status.yaml, optionally with its history",
    input: 'file',
    history: true,
    release: false,
    load: async () => {
      const { importOpenstackSeries } = await import('./openstack-series/index.js');
      return (path, request) => importOpenstackSeries(path, request.history);
    },
  },
  {
    id: 'ceph-releases',
    description: "Ceph's doc/releases/releases.yml (point releases, announced and actual ends)",
    input: 'file',
    history: false,
    release: false,
    load: async () => {
      const { importCephReleases } = await import('./ceph-releases/index.js');
      return (path) => importCephReleases(path);
    },
  },
  {
    id: 'osism',
    description: 'an OSISM release manifest folder (osism/release <version>/) as a stack release',
    input: 'folder',
    history: false,
    release: true,
    load: async () => {
      const { importOsismRelease } = await import('./osism/index.js');
      return (path, request) => importOsismRelease(path, needRelease(request));
    },
  },
  {
    id: 'sbom',
    description: 'a CycloneDX JSON SBOM as the pins of a stack release',
    input: 'file',
    history: false,
    release: true,
    load: async () => {
      const { importCycloneDx } = await import('./cyclonedx/index.js');
      return (path, request) => importCycloneDx(path, needRelease(request));
    },
  },
];
