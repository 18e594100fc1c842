/**
 * The one HTML template of the pages: `html\`<p>${text}</p>\`` escapes every interpolated value,
 * unless it is `SafeHtml` — the result of another `html` call, or markup a helper vouches for with
 * `trustedHtml` (the SVG of a chart, built as DOM nodes and serialized). There is no other way to
 * put markup into a page, so a product name or a finding's message can never become markup.
 */

/**
 * Markup that may go into a page as it is. Made only by `html` and `trustedHtml`: the class is
 * exported as a type only, so no other module can construct one.
 */
class SafeHtml {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

export type { SafeHtml };

/**
 * What a template may interpolate: text (escaped), numbers, SafeHtml (as is), nothing
 * (`undefined`, `null`, `false`: for `${cond && html\`…\`}`) and lists of these (concatenated).
 */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value (double- or single-quoted): `&<>"'` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/** The template tag: literal parts as written, every value escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += render(values[i] as HtmlValue) + (strings[i + 1] as string);
  return new SafeHtml(out);
}

/**
 * Markup taken as it is. Only for markup that cannot carry page text as markup: a chart's SVG
 * serialized from DOM nodes (the serializer escapes their text). Never for text from data.
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** The values rendered one after the other with `separator` (text, escaped; or SafeHtml) between them. */
export function joinHtml(values: readonly HtmlValue[], separator: HtmlValue): SafeHtml {
  return new SafeHtml(values.map(render).join(render(separator)));
}
