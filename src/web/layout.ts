/**
 * The frame of every page: head (charset, Content-Security-Policy, title, the page's styles),
 * then an optional header, the main content, an optional footer and the page's inline scripts.
 * Pages are self-contained files (no external scripts, styles or images), so the policy allows
 * nothing from anywhere (`default-src 'none'`) and each inline script and style by its hash.
 */
import { createHash } from 'node:crypto';
import { html, type SafeHtml, trustedHtml } from './html.js';

export interface PageSpec {
  /** The document title (text). */
  readonly title: string;
  /** The page's stylesheet, one `<style>` in the head. */
  readonly styles: string;
  readonly header?: SafeHtml;
  readonly main: SafeHtml;
  readonly footer?: SafeHtml;
  /** Script texts, each an inline `<script>` at the end of the body, in this order. */
  readonly scripts?: readonly string[];
  /**
   * The page holds charts (Observable Plot's SVG brings its own `<style>` elements and `style`
   * attributes, which no hash can list): inline styles are allowed. Scripts stay hash-only.
   */
  readonly chartStyles?: boolean;
  /** A `<meta name="viewport">` for phones (the dashboard's pages; older pages keep their head as it was). */
  readonly viewport?: boolean;
  /** Where the page's forms may submit (CSP `form-action`, e.g. `'self'`); none when absent. */
  readonly formAction?: string;
  /** `<link rel="alternate">`s in the head: the same content in another format (an Atom feed, a calendar). */
  readonly alternates?: readonly { readonly type: string; readonly href: string; readonly title: string }[];
}

/** Script text safe inside a `<script>` element: no `</script` or `<!--` can end or confuse it. */
function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Style text safe inside a `<style>` element. */
function styleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's Content-Security-Policy, the same string the page's `<meta>` holds: for a server to
 * send as a header too (where `frame-ancestors`, which a `<meta>` cannot carry, may be added).
 */
export function contentSecurityPolicy(page: PageSpec): string {
  const scripts = (page.scripts ?? []).map((s) => hash(scriptText(s)));
  const styles = page.chartStyles ? "'unsafe-inline'" : hash(styleText(page.styles));
  return [
    "default-src 'none'",
    scripts.length ? `script-src ${scripts.join(' ')}` : undefined,
    `style-src ${styles}`,
    "base-uri 'none'",
    `form-action ${page.formAction ?? "'none'"}`,
  ]
    .filter((d) => d !== undefined)
    .join('; ');
}

/** The whole page, `<!doctype html>` to `</html>` and a final newline. */
export function renderLayout(page: PageSpec): string {
  // the policy is made of keywords and base64 hashes only (no `"`, `&` or `<`): shown as is, quotes readable
  const scripts = (page.scripts ?? []).map((s) => html`<script>${trustedHtml(scriptText(s))}</script>\n`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${page.viewport && html`<meta name="viewport" content="width=device-width, initial-scale=1">\n`}<meta http-equiv="Content-Security-Policy" content="${trustedHtml(contentSecurityPolicy(page))}">
<title>${page.title}</title>
${(page.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}" title="${a.title}">\n`)}<style>${trustedHtml(styleText(page.styles))}</style>
</head>
<body>
${page.header && html`<header>${page.header}</header>\n`}<main>
${page.main}
</main>
${page.footer && html`<footer>${page.footer}</footer>\n`}${scripts}</body>
</html>
`.toString();
}
