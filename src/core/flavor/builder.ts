/**
 * The fast path of value conversion: for each grammar part, a small function generated once from
 * the part's elements that checks the scanned values and stores them under fixed property names
 * (so V8 sees monomorphic stores instead of `target[key]` with changing keys). It only answers
 * "valid or not"; on a bad value the parser re-runs the plain, readable conversion to say why.
 */
import { type Element, type Part, type ValueTable, VERSION_ORDER } from './grammar.js';

/** The scan of one part: per element slot, a number, a string and where it started and ended. */
export interface Scratch {
  readonly num: number[];
  readonly str: string[];
  readonly start: number[];
  readonly end: number[];
}

/**
 * Stores the part's values into `flavor` (a nested object for disk/cpu/gpu) and returns the
 * 1-based rank of the newest standard version a used value needs, or 0 for a bad value.
 */
export type Builder = (name: string, flavor: Record<string, unknown>) => number;

const NO_VALUE = -1;

const rank = (since: string): number => VERSION_ORDER.indexOf(since as never) + 1;

function sinceMap(values: ValueTable): Map<string, number> {
  return new Map(values.map((e) => [e.token, rank(e.since)]));
}

function propertyName(key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) throw new Error(`grammar key ${key} is not an identifier`);
  return key;
}

/** Compiles the builder of one part. `scratch` is the parser's scan buffer. */
export function compileBuilder(part: Part, scratch: Scratch): Builder {
  const consts: unknown[] = [scratch.num, scratch.str, scratch.start, scratch.end];
  const constant = (value: unknown): string => {
    consts.push(value);
    return `K${consts.length - 1}`;
  };
  const lines: string[] = ['let r = 1;'];
  const fields: { key: string; local: string; present?: string }[] = [];
  const locals = new Map<string, string>();
  const positive = (n: string): string => `(${n} > 0 && ${n} !== Infinity)`;
  const bump = (map: string, token: string): string => `{ const q = ${map}.get(${token}); if (q > r) r = q; }`;

  part.elements.forEach((el: Element, i) => {
    const v = `v${i}`;
    switch (el.kind) {
      case 'separator':
      case 'boundary':
        return;
      case 'keyword':
        fields.push({ key: propertyName(el.key), local: 'true' });
        return;
      case 'flag':
        lines.push(`const ${v} = K0[${i}] === 1;`);
        fields.push({ key: propertyName(el.key), local: v });
        return;
      case 'choice':
        lines.push(`const ${v} = K1[${i}];`, bump(constant(sinceMap(el.values)), v));
        fields.push({ key: propertyName(el.key), local: v });
        locals.set(el.key, v);
        return;
      case 'option':
        lines.push(`const ${v} = K1[${i}];`);
        fields.push({ key: propertyName(el.key), local: v, present: `${v} !== ''` });
        return;
      case 'integer':
      case 'multiplier':
      case 'separated-integer': {
        lines.push(`const ${v} = K0[${i}];`);
        const required = el.kind === 'multiplier' || (el.kind === 'integer' && el.required);
        if (required) {
          lines.push(`if (!${positive(v)}) return 0;`);
          fields.push({ key: propertyName(el.key), local: v });
        } else {
          lines.push(`if (${v} !== ${NO_VALUE} && !${positive(v)}) return 0;`);
          fields.push({ key: propertyName(el.key), local: v, present: `${v} !== ${NO_VALUE}` });
        }
        if (el.kind === 'separated-integer' && rank(el.since) > 1) lines.push(`if (${v} !== ${NO_VALUE} && r < ${rank(el.since)}) r = ${rank(el.since)};`);
        return;
      }
      case 'decimal':
        lines.push(`const ${v} = K0[${i}];`, `if (!${positive(v)} || Math.trunc(2 * ${v}) !== 2 * ${v}) return 0;`);
        fields.push({ key: propertyName(el.key), local: v });
        return;
      case 'run': {
        const runs = constant(el.values.map((e) => e.token));
        lines.push(`const ${v} = ${runs}[K0[${i}]];`, `if (${v} === undefined) return 0;`, bump(constant(sinceMap(el.values)), v));
        fields.push({ key: propertyName(el.key), local: v, present: `${v} !== ''` });
        return;
      }
      case 'generation': {
        const owner = locals.get(el.on);
        if (!owner) throw new Error(`grammar: ${el.key} depends on ${el.on}, which comes later or is missing`);
        const tables = constant(new Map(Object.entries(el.tables).map(([k, t]) => [k, sinceMap(t)])));
        const raw = el.lexeme === 'digits' ? `K0[${i}]` : `K1[${i}]`;
        const absent = el.lexeme === 'digits' ? `${NO_VALUE}` : `''`;
        const token = el.lexeme === 'digits' ? `String(${v})` : v;
        lines.push(
          `const ${v} = ${raw};`,
          `if (${v} !== ${absent}) { const t = ${tables}.get(${owner}); const q = t === undefined || ${v} === Infinity ? undefined : t.get(${token}); if (q === undefined) return 0; if (q > r) r = q; }`,
        );
        fields.push({ key: propertyName(el.key), local: v, present: `${v} !== ${absent}` });
        return;
      }
    }
  });

  const required = fields.filter((f) => f.present === undefined);
  const optional = fields.filter((f) => f.present !== undefined);
  if (part.target === 'root') {
    for (const f of required) lines.push(`flavor.${f.key} = ${f.local};`);
    for (const f of optional) lines.push(`if (${f.present}) flavor.${f.key} = ${f.local};`);
  } else {
    lines.push(`const o = { ${required.map((f) => `${f.key}: ${f.local}`).join(', ')} };`);
    for (const f of optional) lines.push(`if (${f.present}) o.${f.key} = ${f.local};`);
    lines.push(`flavor.${propertyName(part.target)} = o;`);
  }
  lines.push('return r;');
  const params = consts.map((_, i) => `K${i}`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated once from the grammar constants above
  const factory = new Function(...params, `return function build_${part.id.replace(/-/g, '_')}(name, flavor) {\n${lines.join('\n')}\n};`) as (
    ...args: unknown[]
  ) => Builder;
  return factory(...consts);
}
