import { z } from 'zod';

/**
 * The JSON of `openstack flavor list --long -f json` (title-case keys) and of
 * `openstack flavor show -f json` (lower-case keys). Properties come as a string
 * (`scs:cpu-type='shared-core', scs:name-v2='SCS-1V-4'`) or as an object, depending on the
 * client version; both are accepted and read into an object by the importer.
 */
const Count = z.number().int().nonnegative();
export const FlavorProperties = z.union([z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])), z.null()]);
export type FlavorProperties = z.infer<typeof FlavorProperties>;

export const FlavorListRow = z.looseObject({
  ID: z.union([z.string(), z.number()]).transform(String).optional(),
  Name: z.string().max(255),
  RAM: Count,
  Disk: Count,
  Ephemeral: Count.optional(),
  VCPUs: Count,
  'Is Public': z.boolean().optional(),
  Properties: FlavorProperties.optional(),
});
export type FlavorListRow = z.infer<typeof FlavorListRow>;

export const FlavorShow = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  name: z.string().max(255),
  ram: Count,
  disk: Count,
  vcpus: Count,
  'OS-FLV-EXT-DATA:ephemeral': Count.optional(),
  'os-flavor-access:is_public': z.boolean().optional(),
  properties: FlavorProperties.optional(),
});
export type FlavorShow = z.infer<typeof FlavorShow>;
