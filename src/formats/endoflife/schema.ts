import { z } from 'zod';
import { DateText } from '../../files/fields.js';

/**
 * endoflife.date shapes. Permissive: upstream adds fields often, so unknown keys pass and
 * values this importer does not use are ignored (see readme.md).
 */
const DateOrFlag = z.union([DateText, z.boolean()]);

export const EndoflifeCycle = z.looseObject({
  releaseCycle: z.union([z.string(), z.number()]).transform(String),
  codename: z.string().nullish(),
  /** The name endoflife.date shows (`1.0 (Python 2)`, `4.9 LTS`); a template with `__RELEASE_CYCLE__` is not a name. */
  releaseLabel: z.union([z.string(), z.number()]).transform(String).nullish(),
  releaseDate: DateText.nullish(),
  eol: DateOrFlag.nullish(),
  support: DateOrFlag.nullish(),
  eoas: DateOrFlag.nullish(),
  eoes: DateOrFlag.nullish(),
  extendedSupport: DateOrFlag.nullish(),
  lts: DateOrFlag.nullish(),
  latest: z.union([z.string(), z.number()]).transform(String).nullish(),
  latestReleaseDate: DateText.nullish(),
});
export type EndoflifeCycle = z.infer<typeof EndoflifeCycle>;

export const EndoflifeProduct = z.looseObject({
  title: z.string(),
  permalink: z.string().optional(),
  releasePolicyLink: z.string().optional(),
  /** `- purl: pkg:deb/debian/nginx`, `- repology: nginx`, `- cpe: …`: one key per entry. */
  identifiers: z.array(z.record(z.string(), z.unknown())).nullish(),
  releases: z.array(EndoflifeCycle).min(1),
});
export type EndoflifeProduct = z.infer<typeof EndoflifeProduct>;

/** One line of a history .jsonl file (git history of the product file). */
export const EndoflifeChange = z.object({
  recorded: DateText,
  commit: z.string().optional(),
  cycle: z.union([z.string(), z.number()]).transform(String),
  field: z.string(),
  from: z.unknown().optional(),
  to: z.union([DateText, z.boolean(), z.string(), z.number(), z.null()]),
});
export type EndoflifeChange = z.infer<typeof EndoflifeChange>;
