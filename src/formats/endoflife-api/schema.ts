import { z } from 'zod';
import { DateText } from '../../files/fields.js';

/** Permissive like the product files: unknown keys pass, values this importer does not use are ignored. */
/** endoflife.date API v1 `GET /api/v1/products/{product}`. */
export const EndoflifeApiRelease = z.looseObject({
  name: z.union([z.string(), z.number()]).transform(String),
  codename: z.string().nullish(),
  releaseDate: DateText.nullish(),
  isLts: z.boolean().nullish(),
  isEoas: z.boolean().nullish(),
  eoasFrom: DateText.nullish(),
  isEol: z.boolean().nullish(),
  eolFrom: DateText.nullish(),
  isEoes: z.boolean().nullish(),
  eoesFrom: DateText.nullish(),
  latest: z.looseObject({ name: z.string(), date: DateText.nullish() }).nullish(),
});
export const EndoflifeApiProduct = z.looseObject({
  schema_version: z.string().optional(),
  result: z.looseObject({
    name: z.string(),
    label: z.string(),
    identifiers: z.array(z.looseObject({ type: z.string(), id: z.string() })).nullish(),
    releases: z.array(EndoflifeApiRelease).min(1),
  }),
});
export type EndoflifeApiProduct = z.infer<typeof EndoflifeApiProduct>;
