import { z } from 'zod';

/**
 * Ceph's `doc/releases/releases.yml`. Dates are checked by the importer (not here) so that an
 * error can name the release entry and the fix.
 */
export const CephPointRelease = z.looseObject({
  version: z.union([z.string(), z.number()]).transform(String),
  released: z.union([z.string(), z.number()]).transform(String).optional(),
});

export const CephNamedRelease = z.looseObject({
  target_eol: z.union([z.string(), z.number()]).transform(String).optional(),
  actual_eol: z.union([z.string(), z.number()]).transform(String).optional(),
  releases: z.array(CephPointRelease).min(1),
});

/** `development:` — development releases and release candidates (`15.1.1`, `0.93`), each of the cycle it led to. */
export const CephDevelopment = z.looseObject({
  releases: z.array(CephPointRelease).default([]),
});

export const CephReleasesFile = z.looseObject({
  releases: z.record(z.string(), CephNamedRelease),
  development: CephDevelopment.optional(),
});
export type CephReleasesFile = z.infer<typeof CephReleasesFile>;
