/**
 * Charts as page markup: an Observable Plot chart rendered with a DOM `document` that the caller
 * gives (jsdom, created lazily at the edge that serves or writes the page; the browser's own on a
 * live page), returned as SafeHtml. One chart module per picture (`timeline.ts`, …) turns its
 * view model into Plot options and calls `plotChart`.
 */
import * as Plot from '@observablehq/plot';
import { type SafeHtml, trustedHtml } from '../html.js';

/** The DOM document a chart is rendered with. */
export type ChartDocument = NonNullable<Plot.PlotOptions['document']>;

/**
 * The chart's figure or SVG, serialized. Trusted markup: Plot builds DOM nodes, and serializing
 * them escapes every text and attribute, so data in titles and labels cannot become markup.
 */
export function plotChart(options: Plot.PlotOptions, document: ChartDocument): SafeHtml {
  return trustedHtml(Plot.plot({ ...options, document }).outerHTML);
}
