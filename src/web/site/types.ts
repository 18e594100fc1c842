/**
 * The dashboard's pages: one registry (`SITE_PAGES`, pages.ts), each page a path, a title, a
 * navigation label and `build(ctx)`, the whole page as HTML from the dashboard's data. The same
 * pages are served (`upkeep serve`) and exported (`upkeep site`): only their links and forms differ.
 */
import type { SiteData } from '../../core/dashboard/types.js';
import type { MatrixView } from '../../core/dashboard/views.js';
import type { PlainDate } from '../../core/dates.js';
import type { ChartDocument } from '../charts/plot.js';
import type { SafeHtml } from '../html.js';

/** Served: links are paths and forms submit; static: links are files and forms are shown disabled. */
export type SiteMode = 'served' | 'static';

export interface SiteContext {
  readonly data: SiteData;
  /** The DOM the charts are rendered with (jsdom, made lazily at the edge). */
  readonly document: ChartDocument;
  readonly mode: SiteMode;
  /** The matrix this page shows when it is not the as-of date's (a static export's page for another date). */
  readonly matrix?: MatrixView | undefined;
  /** Static export: the dates that have a matrix page of their own. */
  readonly matrixDates?: readonly PlainDate[] | undefined;
  /** The text of dist/web/flavor-core.js, for the flavor page. */
  readonly flavorCore?: string | undefined;
  /**
   * The content of the pages other parts of Upkeep fill (the assess verdicts, the notices with
   * their feed and calendar links), rendered by their own html`` renderers; absent: the page says
   * there is nothing yet.
   */
  readonly slots?: Readonly<Partial<Record<SiteSlot, SafeHtml>>> | undefined;
}

/** The pages whose content comes from elsewhere. */
export type SiteSlot = 'stability' | 'notices';

/** The parts of SiteData beyond the check report that a page needs (src/app/site.ts computes only those). */
export type SitePartNeed = 'plans' | 'paths' | 'notices' | 'stability';

export interface SitePage {
  readonly id: string;
  /** Where the server mounts it (`/timeline`). */
  readonly path: string;
  /** Its file in a static export (`timeline.html`). */
  readonly file: string;
  /** The document title's first words and the page's heading. */
  readonly title: string;
  /** Its entry in the navigation. */
  readonly nav: string;
  /** One line for the home page and docs/dashboard.md. */
  readonly summary: string;
  readonly needs: readonly SitePartNeed[];
  /** The page may submit forms to the server (its CSP allows `form-action 'self'`). */
  readonly forms?: boolean;
  build(ctx: SiteContext): string;
}
