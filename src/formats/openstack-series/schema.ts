import { z } from 'zod';
import { DateText } from '../../files/fields.js';

/** openstack/releases `data/series_status.yaml`. Permissive: upstream adds keys (signing-key). */
export const OpenstackStatus = z.enum(['future', 'development', 'maintained', 'extended maintenance', 'unmaintained', 'end of life']);
export type OpenstackStatus = z.infer<typeof OpenstackStatus>;

export const OpenstackSeries = z.looseObject({
  name: z.string().min(1),
  'release-id': z.union([z.string(), z.number()]).transform(String).optional(),
  status: OpenstackStatus,
  'initial-release': DateText.nullish(),
  'next-phase': z.looseObject({ status: OpenstackStatus, date: DateText.nullish() }).nullish(),
  'eol-date': DateText.nullish(),
  slurp: z.union([z.boolean(), z.string()]).optional(),
});
export type OpenstackSeries = z.infer<typeof OpenstackSeries>;

export const SeriesStatusFile = z.array(OpenstackSeries).min(1);

export const SeriesChange = z.object({
  recorded: DateText,
  commit: z.string().optional(),
  cycle: z.string(),
  field: z.enum(['status', 'initial-release', 'next-phase', 'eol-date', 'release-id', 'slurp']),
  from: z.unknown().optional(),
  to: z.union([z.string(), z.boolean(), z.null()]),
});
export type SeriesChange = z.infer<typeof SeriesChange>;
