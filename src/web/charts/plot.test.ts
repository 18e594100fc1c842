import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chartDocument } from './dom.js';
import { type ChartDocument, plotChart, plotMarkup } from './plot.js';

const options = (title: string): Plot.PlotOptions => ({
  ariaDescription: title,
  color: { legend: true, domain: ['a'], range: ['#2e7d32'] },
  marks: [Plot.barX([{ x: 1, y: title }], { x: 'x', y: 'y', fill: () => 'a', title: () => title })],
});

describe('chart markup', () => {
  it('is what jsdom serializes, for a chart without characters to escape', () => {
    const jsdom = new JSDOM('').window.document as unknown as ChartDocument;
    expect(plotMarkup(options('Ceph 16'), jsdom).toString()).toBe(plotChart(options('Ceph 16'), jsdom).toString());
  });

  it('escapes data in text and attribute values with linkedom too (whose own serializer leaves < and & in attributes)', async () => {
    const text = plotMarkup(options('<b>Pacific</b> & "R4"'), await chartDocument()).toString();
    expect(text).not.toContain('<b>');
    expect(text).toContain('aria-description="&lt;b&gt;Pacific&lt;/b&gt; &amp; &quot;R4&quot;"');
    expect(text).toContain('<title>&lt;b&gt;Pacific&lt;/b&gt; &amp; &quot;R4&quot;</title>');
    const parsed = new JSDOM(text).window.document;
    expect(parsed.querySelector('svg[aria-description]')?.getAttribute('aria-description')).toBe('<b>Pacific</b> & "R4"');
  });
});
