import { Version } from '@cyclonedx/cyclonedx-library/Spec';
import { z } from 'zod';

/**
 * The part of a CycloneDX JSON SBOM the importer reads. Permissive (an SBOM is an upstream file):
 * unknown keys are kept and ignored; only the fields below are checked.
 */

/** Every spec version the bundled CycloneDX library knows that has a JSON format (1.2 on; 1.7 is trivy's current output). */
export const SPEC_VERSIONS = Object.values(Version)
  .filter((v) => v !== Version.v1dot0 && v !== Version.v1dot1)
  .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])) as [Version, ...Version[]];

/** `{name, value}`: trivy keeps the image reference (`aquasecurity:trivy:PkgID`) and source package (`…:SrcName`) here. */
export const CdxProperty = z.looseObject({ name: z.string(), value: z.string().optional() });

export const CdxComponent = z.looseObject({
  type: z.string().optional(),
  name: z.string().min(1),
  group: z.string().optional(),
  version: z.string().optional(),
  purl: z.string().optional(),
  'bom-ref': z.string().optional(),
  properties: z.array(CdxProperty).optional(),
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
  /** Read only to say what a BOM without components is (a SaaSBOM). */
  services: z.array(z.unknown()).optional(),
  /** Read only to say what a BOM without components is (a VEX). */
  vulnerabilities: z.array(z.unknown()).optional(),
});
export type CdxBom = z.infer<typeof CdxBom>;
