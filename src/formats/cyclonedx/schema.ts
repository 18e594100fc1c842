import { Version } from '@cyclonedx/cyclonedx-library/Spec';
import { z } from 'zod';

/**
 * The part of a CycloneDX JSON SBOM the importer reads. Permissive (an SBOM is an upstream file):
 * unknown keys are kept and ignored; only the fields below are checked.
 */

/** Spec versions read: 1.2 introduced `purl`-bearing components in JSON; 1.6 is the newest checked. */
export const SPEC_VERSIONS = [Version.v1dot2, Version.v1dot3, Version.v1dot4, Version.v1dot5, Version.v1dot6] as const;

export const CdxComponent = z.looseObject({
  type: z.string().optional(),
  name: z.string().min(1),
  group: z.string().optional(),
  version: z.string().optional(),
  purl: z.string().optional(),
  'bom-ref': z.string().optional(),
  get components() {
    return z.array(CdxComponent).optional();
  },
});
export type CdxComponent = z.infer<typeof CdxComponent>;

export const CdxBom = z.looseObject({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.enum(SPEC_VERSIONS),
  serialNumber: z.string().optional(),
  version: z.number().int().optional(),
  metadata: z.looseObject({ timestamp: z.string().optional(), component: CdxComponent.optional() }).optional(),
  components: z.array(CdxComponent).optional(),
});
export type CdxBom = z.infer<typeof CdxBom>;
