import { z } from 'zod';

/**
 * The JSON of `openstack flavor list --long -f json` (title-case keys), of
 * `openstack flavor show -f json` and of the Nova API and the SDK (lower-case keys). Properties come as a string
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

const ExtraSpecs = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/**
 * One flavor as an object with lower-case keys: `openstack flavor show -f json` (`properties`),
 * the Nova API (`GET /flavors/detail`, microversion 2.61+: `extra_specs`; older
 * `OS-FLV-WITH-EXT-SPECS:extra_specs`), the SDK's `Flavor.to_dict()` (`extra_specs`, `name` may be
 * null) and a server's embedded flavor (microversion 2.47+: `original_name`, `extra_specs`).
 */
export const FlavorShow = z
  .looseObject({
    id: z.union([z.string(), z.number()]).transform(String).nullish(),
    name: z.string().max(255).nullish(),
    original_name: z.string().max(255).nullish(),
    ram: Count,
    disk: Count,
    vcpus: Count,
    'OS-FLV-EXT-DATA:ephemeral': Count.nullish(),
    'os-flavor-access:is_public': z.boolean().nullish(),
    properties: FlavorProperties.optional(),
    extra_specs: ExtraSpecs.nullish(),
    'OS-FLV-WITH-EXT-SPECS:extra_specs': ExtraSpecs.nullish(),
  })
  .refine((f) => typeof f.name === 'string' || typeof f.original_name === 'string', { message: 'a flavor needs a name (or original_name)', path: ['name'] });
export type FlavorShow = z.infer<typeof FlavorShow>;
