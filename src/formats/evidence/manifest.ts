/**
 * A workspace's evidence manifest, `evidence.yaml`: the evidence files kept in git beside the
 * declarations, each with its kind and tag. `upkeep evidence sync` (and `assess`, before it reads)
 * stores every listed file not stored yet.
 *
 *   files:
 *     - file: evidence/ceph-17.2.5-fio.json   # relative to the workspace
 *       kind: fio
 *       product: ceph
 *       version: 17.2.5
 *       env: gx-scs                            # optional, default "default"
 *       note: made up for the example          # optional
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EVIDENCE_KINDS } from '../../core/stability/types.js';
import { Key } from '../../files/fields.js';
import { readYaml, validate } from '../../files/yaml-file.js';

export const MANIFEST_FILE = 'evidence.yaml';

export const ManifestEntry = z.strictObject({
  file: z.string().min(1).max(1000),
  kind: z.enum(EVIDENCE_KINDS),
  product: z.string().min(1).max(200),
  version: Key,
  env: z.string().min(1).max(200).optional(),
  note: z.string().max(2000).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const EvidenceManifest = z.strictObject({ files: z.array(ManifestEntry).default([]) });
export type EvidenceManifest = z.infer<typeof EvidenceManifest>;

/** The manifest of a workspace with its file's line per entry, or undefined when it has none. */
export function readManifest(workspaceDir: string): { file: string; entries: readonly ManifestEntry[]; lineOf: (i: number) => number | undefined } | undefined {
  const file = join(workspaceDir, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  const src = readYaml(file, 'evidence manifest');
  const manifest = validate(
    EvidenceManifest,
    src,
    'evidence.yaml lists files: each with file, kind, product, version (env and note optional); docs/evidence.md',
  );
  return { file, entries: manifest.files, lineOf: (i) => src.lineOf(['files', i]) };
}
