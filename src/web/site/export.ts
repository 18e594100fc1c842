/**
 * The files of a static export of the dashboard: every page of SITE_PAGES, and the matrix on each
 * date of `matrices` (the release dates and ends) as pages of their own, since a static site
 * cannot answer `?asOf=`; the notices of operators and internal readers as pages of their own, and
 * each notice's Atom feed and iCalendar calendar (`notices.atom`, `notices.ics`, `notices-operators.atom` …). Pages are self-contained (styles, scripts and charts inline): there are
 * no other assets to copy.
 */
import type { SiteData } from '../../core/dashboard/types.js';
import type { MatrixView } from '../../core/dashboard/views.js';
import type { PlainDate } from '../../core/dates.js';
import type { ChartDocument } from '../charts/plot.js';
import { matrixFile } from './matrix-page.js';
import { noticeFeedFiles } from './notices-page.js';
import { audienceNoticePage, SITE_PAGES, sitePage } from './pages.js';
import type { SiteContext } from './types.js';

export interface SiteFile {
  /** Relative to the export folder. */
  readonly path: string;
  readonly content: string;
}

export interface StaticSiteInput {
  readonly data: SiteData;
  readonly document: ChartDocument;
  /** The matrix on other dates (the as-of date's is in `data`). */
  readonly matrices: ReadonlyMap<PlainDate, MatrixView>;
  readonly flavorCore?: string | undefined;
}

export function renderStaticSite(input: StaticSiteInput): SiteFile[] {
  const matrixDates = [...new Set([input.data.asOf, ...input.matrices.keys()])].sort();
  const ctx: SiteContext = { data: input.data, document: input.document, mode: 'static', matrixDates, flavorCore: input.flavorCore };
  const files = SITE_PAGES.map((p) => ({ path: p.file, content: p.build(ctx) }));
  // the notices of the other audiences as pages of their own, and every notice's feed and calendar
  for (const view of input.data.notices ?? [])
    if (view.audience !== 'public') files.push({ path: audienceNoticePage(view.audience).file, content: audienceNoticePage(view.audience).build(ctx) });
  files.push(...noticeFeedFiles(input.data.notices ?? []));
  const matrix = sitePage('matrix');
  if (matrix)
    for (const date of matrixDates) {
      const view = date === input.data.asOf ? input.data.matrix : input.matrices.get(date);
      files.push({ path: matrixFile(date), content: matrix.build({ ...ctx, matrix: view }) });
    }
  return files;
}
