/** The dashboard's data, as src/app/site.ts gathers it and the pages of src/web/site show it. */
import type { CheckReport } from '../check/check.js';
import type { PlainDate } from '../dates.js';
import type { UpgradePaths } from '../paths/paths.js';
import type { Plan } from '../plan/types.js';
import type { MatrixView, ProductName, TimelineView } from './views.js';

/** A plan the plan page shows, and why this one. */
export interface SitePlan {
  readonly plan: Plan;
  /** `upcoming`: a release of the workspace dated after the as-of date, planned afresh; `next`: none is, so a release built on the as-of date. */
  readonly kind: 'upcoming' | 'next';
}

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
}
