import { describe, expect, it } from 'vitest';
import { PARTS } from '../core/flavor/grammar.js';
import { renderFlavorPage } from './flavor-page.js';

describe('flavor page', () => {
  const html = renderFlavorPage();

  it('is one self-contained page: no external scripts, styles or images', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=|<link |<img /);
  });

  it('carries the grammar tables the CLI uses, safely embedded', () => {
    const json = /<script type="application\/json" id="grammar">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.parse(json).parts).toEqual(JSON.parse(JSON.stringify(PARTS)));
    for (const p of PARTS) expect(html).toContain(`<legend>${p.title}</legend>`);
  });
});
