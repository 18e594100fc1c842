/**
 * The small pages `upkeep serve` answers a browser with when it is not a dashboard page: the
 * report form's outcome (thank you, or why the report was refused) and a dashboard request that
 * failed (a bad `?asOf=`). Same layout and navigation as the dashboard's pages; every text escaped.
 */
import { html, joinHtml } from './html.js';
import { renderLayout } from './layout.js';
import { SITE_STYLES } from './site/frame.js';
import { SITE_PAGES } from './site/pages.js';

export interface ReplyPage {
  /** The heading and the title's first words ("Thank you", "The report was refused"). */
  readonly title: string;
  /** What happened, one sentence or more (text). */
  readonly message: string;
  /** What to do now (text), if anything. */
  readonly hint?: string | undefined;
  /** Further lines (text), e.g. one per invalid field. */
  readonly details?: readonly string[] | undefined;
  /** The link back: the page the user came from (a path of SITE_PAGES, `/report`). */
  readonly back?: { readonly href: string; readonly label: string } | undefined;
  /** `status` for a refusal (read out by screen readers), `note` otherwise. */
  readonly tone: 'ok' | 'error';
}

/** The whole page, served; its Content-Security-Policy in its `<meta>` (the server sends the same as a header). */
export function renderReplyPage(page: ReplyPage): string {
  const links = SITE_PAGES.filter((p) => p.nav !== '').map((p) => html`<li><a href="${p.path}">${p.nav}</a></li>`);
  const details = page.details?.length
    ? html`<ul>${joinHtml(
        page.details.map((d) => html`<li>${d}</li>`),
        '',
      )}</ul>\n`
    : '';
  return renderLayout({
    title: `${page.title} · Upkeep`,
    styles: `${SITE_STYLES}.outcome-ok{border-left-color:#2e7d32}.outcome-error{border-left-color:#b71c1c}`,
    viewport: true,
    header: html`<a class="skip" href="#content">Skip to the content</a>
<p class="site">Upkeep dashboard</p>
<nav aria-label="Dashboard pages"><ul>${joinHtml(links, '')}</ul></nav>`,
    main: html`<h1 id="content" tabindex="-1">${page.title}</h1>
<div class="${`empty outcome-${page.tone}`}" role="${page.tone === 'error' ? 'alert' : 'status'}"><p id="outcome">${page.message}</p>
${page.hint ? html`<p id="hint">${page.hint}</p>\n` : ''}${details}</div>
${page.back ? html`<p><a href="${page.back.href}">${page.back.label}</a></p>` : ''}`,
    footer: html`<p>Upkeep · served (upkeep serve)</p>`,
  });
}
