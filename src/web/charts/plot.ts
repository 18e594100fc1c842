/**
 * Charts as page markup: an Observable Plot chart rendered with a DOM `document` that the caller
 * gives (jsdom, created lazily at the edge that serves or writes the page; the browser's own on a
 * live page), returned as SafeHtml. One chart module per picture (`timeline.ts`, …) turns its
 * view model into Plot options and calls `plotChart`.
 */
import * as Plot from '@observablehq/plot';
import { escapeHtml, type SafeHtml, trustedHtml } from '../html.js';

/** The DOM document a chart is rendered with. */
export type ChartDocument = NonNullable<Plot.PlotOptions['document']>;

/**
 * The chart's figure or SVG, serialized. Trusted markup: Plot builds DOM nodes, and serializing
 * them escapes every text and attribute, so data in titles and labels cannot become markup.
 */
export function plotChart(options: Plot.PlotOptions, document: ChartDocument): SafeHtml {
  return trustedHtml(Plot.plot({ ...options, document }).outerHTML);
}

/**
 * The same, serialized here rather than by the DOM: every text and attribute value escaped
 * whatever the DOM (linkedom's serializer leaves `<` and `&` in attribute values). The
 * dashboard's charts use it with linkedom (src/web/charts/dom.ts).
 */
export function plotMarkup(options: Plot.PlotOptions, document: ChartDocument): SafeHtml {
  return trustedHtml(markup(Plot.plot({ ...options, document }) as unknown as ChartNode));
}

/** What `markup` reads of a DOM node (jsdom's, linkedom's or a browser's). */
interface ChartNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string | null;
  readonly namespaceURI?: string | null;
  readonly textContent: string | null;
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly childNodes: ArrayLike<ChartNode>;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A node as HTML: elements with escaped attribute values, escaped text; a style element's text as it is (Plot's own CSS). */
function markup(node: ChartNode): string {
  if (node.nodeType === 3) return escapeHtml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  // SVG names keep their case (clipPath); linkedom's nodeName is upper case even there, its localName is not
  const name = node.namespaceURI === SVG ? (node.localName ?? node.nodeName) : node.nodeName.toLowerCase();
  let attrs = '';
  for (const a of Array.from(node.attributes ?? [])) attrs += ` ${a.name}="${escapeHtml(a.value)}"`;
  const children = name === 'style' ? (node.textContent ?? '').replace(/<\/(style)/gi, '<\\/$1') : Array.from(node.childNodes, markup).join('');
  return `<${name}${attrs}>${children}</${name}>`;
}
