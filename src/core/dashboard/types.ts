/** The dashboard's data, as src/app/site.ts gathers it and the pages of src/web/site show it. */
import type { CheckReport } from '../check/check.js';
import type { PlainDate } from '../dates.js';
import type { Problem } from '../errors.js';
import type { NoticeView } from '../notice/types.js';
import type { UpgradePaths } from '../paths/paths.js';
import type { Plan } from '../plan/types.js';
import type { Assessment } from '../stability/assessment.js';
import type { MatrixView, ProductName, TimelineView } from './views.js';

/** A plan the plan page shows, and why this one. */
export interface SitePlan {
  readonly plan: Plan;
  /** `upcoming`: a release of the workspace dated after the as-of date, planned afresh; `next`: none is, so a release built on the as-of date. */
  readonly kind: 'upcoming' | 'next';
}

/** One assessment the stability page shows: a candidate against the version a release pins. */
export interface SiteAssessment {
  readonly assessment: Assessment;
  /** The product's display name (Ceph). */
  readonly productName: string;
  /** The latest release (by date) pinning the baseline. */
  readonly baselineRelease: string;
}

/**
 * The stability page's content. `none`: the workspace has no evidence.yaml (the store is not
 * opened); `unavailable`: the store could not be opened or synced (why, and what to do);
 * `assessed`: the assessments, and the products (per environment) with evidence but no pair.
 */
export type SiteStability =
  | { readonly kind: 'none' }
  | { readonly kind: 'unavailable'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'assessed';
      /** `pglite` (the workspace's embedded store) or `postgres`. */
      readonly backend: 'pglite' | 'postgres';
      readonly assessments: readonly SiteAssessment[];
      /** Sentences: evidence that no pair uses (no release pins a version with evidence, one version only). */
      readonly unpaired: readonly string[];
      /** What storing evidence.yaml's files warned of. */
      readonly warnings: readonly string[];
    };

export interface SiteData {
  /** The workspace's name. */
  readonly workspace: string;
  readonly asOf: PlainDate;
  readonly today: PlainDate;
  readonly report: CheckReport;
  readonly productName: ProductName;
  readonly timeline: TimelineView;
  readonly matrix: MatrixView;
  /** Dates a static export writes a matrix for (release dates and ends, the as-of date). */
  readonly matrixDates: readonly PlainDate[];
  /** Present when asked for (`plans`). */
  readonly plans?: readonly SitePlan[];
  /** From each older release to the latest; present when asked for (`paths`). */
  readonly paths?: readonly UpgradePaths[];
  /** The notices, the public's first (the page's), then the operators' and the internal one; present when asked for (`notices`). */
  readonly notices?: readonly NoticeView[];
  /** Present when asked for (`stability`). */
  readonly stability?: SiteStability;
  /** The matrix on each other date of the as-of control (the static site). */
  readonly matrices?: ReadonlyMap<PlainDate, MatrixView>;
}
