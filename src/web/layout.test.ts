import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { html } from './html.js';
import { contentSecurityPolicy, renderLayout } from './layout.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the page layout', () => {
  const spec = {
    title: 'R4 <status>',
    styles: 'body { color: #222; }',
    header: html`<h1>R4</h1>`,
    main: html`<p>main</p>`,
    footer: html`<p>footer</p>`,
    scripts: ['document.title = "</script>";'],
  };
  const page = renderLayout(spec);

  it('is one document: head with charset, policy, escaped title and styles; header, main, footer, scripts', () => {
    expect(page).toBe(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(spec)}">
<title>R4 &lt;status&gt;</title>
<style>body { color: #222; }</style>
</head>
<body>
<header><h1>R4</h1></header>
<main>
<p>main</p>
</main>
<footer><p>footer</p></footer>
<script>document.title = "<\\/script>";</script>
</body>
</html>
`);
  });

  it('allows nothing from anywhere, and each inline script and the stylesheet by the hash of the text on the page', () => {
    const script = /<script>(.*?)<\/script>/s.exec(page)?.[1] as string;
    const style = /<style>(.*?)<\/style>/s.exec(page)?.[1] as string;
    expect(contentSecurityPolicy(spec)).toBe(
      `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; base-uri 'none'; form-action 'none'`,
    );
  });

  it('allows inline styles, never scripts, on pages with charts (Plot brings its own style elements and attributes)', () => {
    expect(contentSecurityPolicy({ ...spec, scripts: [], chartStyles: true })).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
  });
});
