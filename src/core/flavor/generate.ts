/**
 * Flavor → name, driven by the grammar: the canonical name in v3 (= v2) or v1 syntax, and the
 * short name the standard recommends (reference `Outputter` and `shorten()`). The flavor must be
 * valid (see `validateFlavor`); generation 0, a disk count of 1 and `h`-less modifiers are left out.
 */
import { type Element, PARTS, type Part, PREFIX, SEPARATORS } from './grammar.js';
import type { Flavor, StandardVersion } from './types.js';

type Values = Readonly<Record<string, unknown>>;

function partValues(part: Part, flavor: Flavor): Values | undefined {
  const f = flavor as unknown as Values;
  if (part.target !== 'root') return f[part.target] as Values | undefined;
  if (!part.optional) return f;
  const first = part.elements.find((el) => 'key' in el) as { key: string } | undefined;
  const value = first ? f[first.key] : undefined;
  return value === undefined || value === false ? undefined : f;
}

/** `4` and `3.5` (the reference prints %.1f, the same for the multiples of 0.5 that are valid). */
function formatDecimal(n: number): string {
  return String(n);
}

function emitElement(el: Element, values: Values, seps: { field: string; extension: string }): string {
  switch (el.kind) {
    case 'separator':
      return seps[el.role];
    case 'boundary':
      return '';
    case 'keyword':
      return el.token;
    case 'flag':
      return values[el.key] === true ? el.token : '';
    case 'choice':
    case 'option':
    case 'run':
      return (values[el.key] as string | undefined) ?? '';
    case 'integer': {
      const n = values[el.key] as number | undefined;
      return n === undefined ? '' : String(n);
    }
    case 'multiplier': {
      const n = values[el.key] as number | undefined;
      return n === undefined || n === 1 ? '' : `${n}x`;
    }
    case 'decimal':
      return formatDecimal(values[el.key] as number);
    case 'generation': {
      const g = values[el.key] as number | string | undefined;
      return g === undefined || g === 0 ? '' : String(g);
    }
    case 'separated-integer': {
      const n = values[el.key] as number | undefined;
      return n === undefined ? '' : seps.field + String(n);
    }
  }
}

function emit(flavor: Flavor, version: StandardVersion, reduce: boolean): string {
  const seps = SEPARATORS[version === 'v1' ? 'v1' : 'v2'];
  let name = PREFIX;
  for (const part of PARTS) {
    let values = partValues(part, flavor);
    if (!values) continue;
    if (reduce) {
      const rule = part.short;
      if (rule.kind === 'drop') continue;
      if (rule.kind === 'reduce') {
        if (rule.dropWhen?.in.includes(values[rule.dropWhen.key] as string)) continue;
        values = Object.fromEntries(rule.keep.filter((k) => values?.[k] !== undefined).map((k) => [k, values?.[k]]));
      }
    }
    if (part.lead) name += seps[part.lead];
    for (const el of part.elements) name += emitElement(el, values, seps);
  }
  return name;
}

/** The canonical name of a (valid) flavor in the syntax of `version` (v3 by default). */
export function generateName(flavor: Flavor, version: StandardVersion = 'v3'): string {
  return emit(flavor, version, false);
}

/** The short name: without hypervisor, hwv, x86 CPU details and GPU `h` modifiers. */
export function generateShortName(flavor: Flavor, version: StandardVersion = 'v3'): string {
  return emit(flavor, version, true);
}

/** The v1 ⇄ v2 separator translation the standard gives (`SCS-2V:4:10-kvm` ⇄ `SCS-2V-4-10_kvm`). */
export function translateSyntax(name: string, to: 'v1' | 'v2'): string {
  if (to === 'v1') return `${PREFIX}${name.slice(PREFIX.length).replaceAll('-', ':').replaceAll('_', '-')}`;
  return `${PREFIX}${name.slice(PREFIX.length).replaceAll('-', '_').replaceAll(':', '-')}`;
}
