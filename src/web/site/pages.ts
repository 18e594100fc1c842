/**
 * The dashboard's pages, in the order of the navigation. `upkeep site` writes each to its `file`;
 * `upkeep serve` mounts each at its `path`, gathering the data the page `needs` (src/app/site.ts)
 * and calling `build`. A new page is one entry here and its content module.
 */
import { crossingText } from '../../render/site-words.js';
import { html, joinHtml, type SafeHtml } from '../html.js';
import { FLAVOR_TOOL_STYLES, flavorTools } from './flavor-tools.js';
import { type FramedPage, framePage, pageHref } from './frame.js';
import { matrixMain } from './matrix-page.js';
import { noticesContent } from './notices-page.js';
import { pathsMain } from './paths-page.js';
import { planMain } from './plan-page.js';
import { reportMain } from './report-form.js';
import { stabilityContent } from './stability-page.js';
import { timelineMain } from './timeline-page.js';
import type { SiteContext, SitePage } from './types.js';

export type { SiteContext, SiteMode, SitePage, SitePartNeed, SiteSlot } from './types.js';

type Content = (ctx: SiteContext) => FramedPage;

function page(spec: Omit<SitePage, 'build'>, content: Content): SitePage {
  const self: SitePage = { ...spec, build: (ctx) => framePage(ctx, self, SITE_PAGES, content(ctx)) };
  return self;
}

function homeMain(ctx: SiteContext): SafeHtml {
  const d = ctx.data;
  const crossings = d.timeline.releases.reduce((n, r) => n + r.crossings.length, 0);
  const errors = d.report.findings.filter((f) => f.severity === 'error').length;
  const items = SITE_PAGES.filter((p) => p.id !== 'home').map((p) => html`<li><a href="${pageHref(ctx, p)}">${p.nav}</a>: ${p.summary}</li>`);
  const next = d.timeline.releases.flatMap((r) => r.crossings.filter((c) => !c.past).map((c) => html`<li>${r.id}: ${crossingText(c)}</li>`));
  return html`<p>${d.workspace}: ${d.report.releases.length} releases (${d.report.releases.map((r) => `${r.id} ${r.date} → ${r.end}`).join(', ')}), as known on ${d.asOf}.
${crossings === 1 ? 'Once' : `${crossings} times`} a pinned cycle leaves maintenance before its release ends; the check finds ${errors} error${errors === 1 ? '' : 's'}.</p>
${next.length ? html`<h2>Still to come</h2>\n<ul>${joinHtml(next, '\n')}</ul>\n` : ''}<h2>Pages</h2>
<ul>${joinHtml(items, '\n')}</ul>`;
}

export const SITE_PAGES: readonly SitePage[] = [
  page(
    { id: 'home', path: '/', file: 'index.html', title: 'Overview', nav: 'Overview', summary: 'the releases and what the dashboard shows', needs: [] },
    (ctx) => ({ main: homeMain(ctx) }),
  ),
  page(
    {
      id: 'timeline',
      path: '/timeline',
      file: 'timeline.html',
      title: 'Timeline',
      nav: 'Timeline',
      summary: "each release's life against the phases of the cycles it pins, with the dates where maintenance runs out first",
      needs: [],
    },
    (ctx) => ({ main: timelineMain(ctx), charts: true }),
  ),
  page(
    {
      id: 'matrix',
      path: '/matrix',
      file: 'matrix.html',
      title: 'Matrix',
      nav: 'Matrix',
      summary: 'release × component, each pin in its phase on a date of your choice',
      needs: [],
      forms: true,
    },
    (ctx) => ({ main: matrixMain(ctx) }),
  ),
  page(
    {
      id: 'plan',
      path: '/plan',
      file: 'plan.html',
      title: 'Plan',
      nav: 'Plan',
      summary: 'the versions of the next releases, with reasons, rejected alternatives and the options for each gap',
      needs: ['plans'],
    },
    (ctx) => ({ main: planMain(ctx) }),
  ),
  page(
    {
      id: 'paths',
      path: '/paths',
      file: 'paths.html',
      title: 'Upgrade paths',
      nav: 'Paths',
      summary: 'how an operator on an older release reaches the latest, and what blocks a direct jump',
      needs: ['paths'],
    },
    (ctx) => ({ main: pathsMain(ctx) }),
  ),
  page(
    {
      id: 'stability',
      path: '/stability',
      file: 'stability.html',
      title: 'Stability',
      nav: 'Stability',
      summary: 'the stability verdicts of versions with evidence, against the version a release pins',
      needs: ['stability'],
    },
    stabilityContent,
  ),
  page(
    {
      id: 'notices',
      path: '/notices',
      file: 'notices.html',
      title: 'Notices',
      nav: 'Notices',
      summary: 'the maintenance promises for the public, with a feed and a calendar; the notices for operators and internal readers',
      needs: ['notices'],
    },
    (ctx) => noticesContent(ctx),
  ),
  page(
    {
      id: 'report',
      path: '/report',
      file: 'report.html',
      title: 'Report an experience',
      nav: 'Report',
      summary: 'tell how a version behaved (reporters, with a token)',
      needs: [],
      forms: true,
    },
    (ctx) => ({ main: reportMain(ctx) }),
  ),
  page(
    {
      id: 'flavors',
      path: '/flavors',
      file: 'flavors.html',
      title: 'SCS flavor names',
      nav: 'Flavors',
      summary: 'build an SCS flavor name or read one',
      needs: [],
    },
    (ctx) => {
      const tools = flavorTools(ctx.flavorCore);
      return { main: tools.main, scripts: tools.scripts, styles: FLAVOR_TOOL_STYLES };
    },
  ),
];

/**
 * The notice page of another audience than the public (`notices-operators.html`,
 * `/notices-operators`): the Notices entry of the navigation, its own title.
 */
export function audienceNoticePage(audience: 'operators' | 'internal'): SitePage {
  const base = sitePage('notices') as SitePage;
  const self: SitePage = {
    ...base,
    path: `/notices-${audience}`,
    file: `notices-${audience}.html`,
    title: `Notices for ${audience === 'operators' ? 'operators' : 'internal readers'}`,
    build: (ctx) => framePage(ctx, self, SITE_PAGES, noticesContent(ctx, audience)),
  };
  return self;
}

/** The page of an id (`timeline`), for the server and the tests. */
export function sitePage(id: string): SitePage | undefined {
  return SITE_PAGES.find((p) => p.id === id);
}
