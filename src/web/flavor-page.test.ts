import { describe, expect, it } from 'vitest';
import { PARTS } from '../core/flavor/grammar.js';
import { renderFlavorPage } from './flavor-page.js';

/** A stand-in for dist/web/flavor-core.js, with text that must not end the inline script early. */
const CORE = 'var UpkeepFlavor = { marker: "</script><script>alert(1)</script>" };';

describe('flavor page', () => {
  const html = renderFlavorPage(CORE);

  it('is one self-contained page: no external scripts, styles or images', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=|<link |<img /);
  });

  it('inlines the flavor core it is given, escaped so that it cannot close its <script>', () => {
    expect(html).toContain('var UpkeepFlavor = { marker: "<\\/script><script>alert(1)<\\/script>" };');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('runs both scripts under a Content-Security-Policy that lists them by hash, with no inline event handler', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+'; /);
    expect(html).not.toMatch(/ on[a-z]+="/);
  });

  it('has a fieldset per grammar part', () => {
    for (const p of PARTS) expect(html).toContain(`<legend>${p.title}</legend>`);
  });
});
