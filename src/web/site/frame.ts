/**
 * The frame every dashboard page shares: the page layout (src/web/layout.ts) with a header that
 * names the workspace and the as-of date, the navigation (a landmark, the current page marked),
 * a footer, and one stylesheet that reads on a phone.
 */
import { html, joinHtml, type SafeHtml } from '../html.js';
import { renderLayout } from '../layout.js';
import type { SiteContext, SitePage } from './types.js';

/** The link to a page: its path when served, its file in a static export. */
export function pageHref(ctx: SiteContext, page: Pick<SitePage, 'path' | 'file'>): string {
  return ctx.mode === 'served' ? page.path : page.file;
}

export const SITE_STYLES = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid #ccc;padding-top:.6rem}
header .site{margin:0;font-size:1.1rem}
.skip{position:absolute;left:-999px;top:0;background:#0b3d91;color:#fff;padding:.4rem .8rem;z-index:1}
.skip:focus{left:.5rem}
nav ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .4rem}
nav a{display:inline-block;padding:.35rem .6rem;border-radius:4px;color:#0b3d91;text-decoration:none}
nav a:hover{background:#e8eefb}
nav a[aria-current=page]{background:#0b3d91;color:#fff}
a{color:#0b3d91}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #ff9800;outline-offset:2px}
h1{font-size:1.5rem;margin:1rem 0 .4rem}
h2{font-size:1.2rem;margin:1.4rem 0 .4rem}
.note{color:#444}
.scroll{overflow-x:auto}
figure{margin:.5rem 0}
table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f2f2f2}
.crossings li{margin:.2rem 0}
.crossing{color:#b71c1c;font-weight:600}
.state{display:inline-block;min-width:6.5rem}
.s-maintained{background:#c8e6c9}.s-security{background:#fff3b0}.s-extended{background:#e0e0e0}
.s-ended{background:#ffcdd2}.s-future{background:#d6e4ff}.s-unknown,.s-unknown-cycle,.s-bad-version{background:#fff;border-style:dashed}
.s-unversioned,.s-no-lifecycle{background:#fafafa;color:#555}
td.cell small{display:block;color:#333}
.legend,.dates{display:flex;flex-wrap:wrap;gap:.3rem .8rem;padding:0;list-style:none}
.legend li,.dates li{display:flex;align-items:center;gap:.3rem}
.swatch{display:inline-block;width:1.1rem;height:1.1rem;border:1px solid #888}
.crosses{font-weight:700}
form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
label{display:block;font-weight:600;margin:.3rem 0 .1rem}
input,select,textarea,button{font:inherit}
input,select,textarea{border:1px solid #767676;border-radius:3px;padding:.25rem .35rem;max-width:100%}
button{background:#0b3d91;color:#fff;border:0;border-radius:4px;padding:.4rem .9rem;cursor:pointer}
button:disabled{background:#767676}
fieldset{border:1px solid #ccc;margin:.5rem 0;min-width:0}
textarea{width:100%;max-width:40rem}
.empty{background:#f7f7f7;border-left:4px solid #0b3d91;padding:.6rem .9rem}
pre{background:#f4f4f4;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}
footer{border-top:1px solid #ccc;margin-top:2rem;padding-top:.5rem;padding-bottom:1rem;color:#444;font-size:.9rem}
@media (max-width:40rem){h1{font-size:1.25rem}.chart svg[aria-label]{min-width:760px}th,td{padding:.2rem .3rem}.state{min-width:0}}
`;

export interface FramedPage {
  readonly main: SafeHtml;
  /** Inline scripts (by hash in the CSP). */
  readonly scripts?: readonly string[];
  /** Extra styles after the shared ones. */
  readonly styles?: string;
  /** The page holds Plot charts (inline styles allowed). */
  readonly charts?: boolean;
  /** Links in the head to the same content in other formats (the notices' feed and calendar). */
  readonly alternates?: readonly { readonly type: string; readonly href: string; readonly title: string }[];
}

/** A whole dashboard page: `page`'s title and nav entry, the shared frame, then `content`. */
export function framePage(ctx: SiteContext, page: SitePage, pages: readonly SitePage[], content: FramedPage): string {
  const links = pages
    .filter((p) => p.nav !== '')
    .map((p) => html`<li><a href="${pageHref(ctx, p)}"${p.id === page.id ? html` aria-current="page"` : ''}>${p.nav}</a></li>`);
  const d = ctx.data;
  return renderLayout({
    title: `${page.title} · ${d.workspace} · Upkeep`,
    styles: SITE_STYLES + (content.styles ?? ''),
    viewport: true,
    ...(content.charts ? { chartStyles: true } : {}),
    ...(page.forms && ctx.mode === 'served' ? { formAction: "'self'" } : {}),
    ...(content.scripts ? { scripts: content.scripts } : {}),
    ...(content.alternates?.length ? { alternates: content.alternates } : {}),
    header: html`<a class="skip" href="#content">Skip to the content</a>
<p class="site"><strong>${d.workspace}</strong> · Upkeep dashboard · as of ${d.asOf}</p>
<nav aria-label="Dashboard pages"><ul>${joinHtml(links, '')}</ul></nav>`,
    main: html`<h1 id="content" tabindex="-1">${page.title}</h1>
${content.main}`,
    footer: html`<p>Upkeep · ${d.workspace} · facts as known on ${d.asOf}${d.today !== d.asOf ? html` · today ${d.today}` : ''} · ${ctx.mode === 'static' ? 'static export (upkeep site)' : 'served (upkeep serve)'}</p>`,
  });
}
