import type { Commitment, Waiver } from './commitments/types.js';
import type { PlainDate } from './dates.js';
import type { Product, ProductIdentifiers } from './lifecycle/types.js';
import type { Policy } from './policy/types.js';
import type { SourceRef } from './source-ref.js';
import type { SchemeId } from './versions/types.js';

export type { SourceRef };

/** What a stack is made of: a component uses a product and has a packaging. */
export interface Component {
  readonly id: string;
  /** Product whose lifecycle applies; absent: the component has no lifecycle data. */
  readonly product?: string;
  /** Version scheme of the pins when it differs from the product's (container tags for an image). */
  readonly scheme?: SchemeId;
  readonly packaging?: Packaging;
  /**
   * Versions shipped another way than `packaging` (upkeep.yaml `packaging_by_version`): the first
   * entry whose `versions` (cycles or ranges, as in a compatibility rule) a version meets decides.
   */
  readonly packagingByVersion?: readonly PackagingByVersion[];
  readonly note?: string;
}

/** How a component's version reaches the stack: distro package < container image < built from source (policy `plan.packaging_cost`). */
export type Packaging = 'distro-package' | 'container-image' | 'source' | 'ansible-collection' | 'other';

/** Versions of a component with a packaging of their own (OVN 23.03: no kolla image yet, built from source). */
export interface PackagingByVersion {
  /** Cycles (`"23.03"`) or ranges (`">=23.03"`); a version meeting any of them. */
  readonly versions: readonly string[];
  readonly packaging: Packaging;
  /** Where this is known from (board minutes, an image registry, a manifest). */
  readonly source?: string;
}

export interface Pin {
  readonly component: string;
  readonly version: string;
  /** Where the pin came from (`osism-release/5.0.0/ceph-pacific.yml`, `manual`). */
  readonly source?: string;
  readonly at?: SourceRef;
}

/** A stack release: id, version, date, planned end, pins and optional alternatives. */
export interface Release {
  readonly id: string;
  readonly version?: string;
  readonly date: PlainDate;
  readonly end: PlainDate;
  readonly pins: readonly Pin[];
  /** Versions a user may choose instead of the default (Ceph: quincy available besides pacific). */
  readonly alternatives: readonly Pin[];
  readonly at?: SourceRef;
}

export interface Workspace {
  readonly name: string;
  readonly products: ReadonlyMap<string, Product>;
  readonly components: ReadonlyMap<string, Component>;
  readonly releases: readonly Release[];
  readonly policy: Policy;
  /** commitments.yaml: who maintains what until when (absent: no such file). */
  readonly commitments?: readonly Commitment[];
  /** commitments.yaml: accepted findings with their expiry. */
  readonly waivers?: readonly Waiver[];
  /**
   * Per product, the date its source last answered `upkeep sync` (sync-state.json): what the age
   * of the lifecycle data is read from (src/core/lifecycle/data-age.ts). Absent: never synced.
   */
  readonly synced?: Readonly<Record<string, PlainDate>>;
}

/**
 * What an importer produces: domain objects only. The CLI merges them into the workspace and
 * writes all files at once (src/workspace/write.ts), so an import is all-or-nothing.
 */
export interface ImportResult {
  readonly products: readonly Product[];
  readonly releases: readonly Release[];
  /** Components the import introduces (pin id → product, scheme, packaging). */
  readonly components: readonly Component[];
  /** Things the user should know (skipped entries, permissive parsing of an upstream feed). */
  readonly warnings: readonly string[];
  /** Where the data came from, written into the files' header comment. */
  readonly source: string;
  /** Where each product came from, where an import read several files (product id → source). */
  readonly sourceOf?: Readonly<Record<string, string>>;
}

/** The workspace's products and package URL mapping, as an importer of releases matches packages to products. */
export interface ProductCatalogue {
  /** Products with a lifecycle in the workspace: id → scheme and identifiers (endoflife.date `identifiers`). */
  readonly products: ReadonlyMap<string, CataloguedProduct>;
  /** upkeep.yaml `purls:`: package URL without version → product id; it wins over everything else. */
  readonly purls: Readonly<Record<string, string>>;
}

export interface CataloguedProduct {
  readonly scheme: SchemeId;
  readonly identifiers?: ProductIdentifiers;
}
