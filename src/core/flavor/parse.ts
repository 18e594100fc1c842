/**
 * Flavor name → Flavor, driven by the grammar tables. At load time each grammar element is
 * compiled into a small scanner over char codes (one set per syntax), so the hot path allocates
 * little beyond the result; bad names come back as a ParseFailure (data), never as an exception.
 * No code generation (no `new Function`): the same parser runs in a page under a strict
 * Content-Security-Policy, and still parses over 1M names/s (docs/benchmarks.md).
 */

import { type Element, entryFor, laterVersion, MAX_NAME_LENGTH, PARTS, type Part, PREFIX, SEPARATORS, type ValueEntry, type ValueTable } from './grammar.js';
import type { Flavor, NameSyntax, ParseFailure, ParseResult, StandardVersion } from './types.js';

const NO_VALUE = -1;
/**
 * Numbers are read by value, like the reference parser (`SCS-02V-4`, `SCS-2V-0.50000000000000000`);
 * values of 10^15 and more lose precision as JS numbers, no real flavor needs them, so they are rejected.
 */
const MAX_DIGITS = 15;
const TOO_LARGE = 10 ** MAX_DIGITS;

/** Per-element scratch of the part being scanned: numeric value or string, and where it started/ended. */
const rawNum: number[] = [];
const rawStr: string[] = [];
const rawStart: number[] = [];
const rawEnd: number[] = [];
/** Where the last failed part scan stopped, and which element failed. */
let failPos = 0;
let failElement = 0;

type Lexer = (s: string, pos: number, slot: number) => number;

interface CompiledPart {
  readonly part: Part;
  readonly index: number;
  readonly leadCode: number;
  /** `disk.` for the disk part's fields, '' for the root's: field paths in failures. */
  readonly fieldPrefix: string;
  readonly lexers: readonly Lexer[];
}

interface CompiledSyntax {
  readonly syntax: NameSyntax;
  readonly fieldSep: string;
  readonly extSep: string;
  readonly parts: readonly CompiledPart[];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function scanDigits(s: string, pos: number, slot: number): number {
  let p = pos;
  let n = 0;
  const len = s.length;
  while (p < len) {
    const c = s.charCodeAt(p);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    p++;
  }
  rawNum[slot] = p === pos ? NO_VALUE : n >= TOO_LARGE ? Number.POSITIVE_INFINITY : n;
  rawStart[slot] = pos;
  rawEnd[slot] = p;
  return p;
}

/** Tokens of a table usable in a syntax, in table order. */
function tokensFor(values: ValueTable, syntax: NameSyntax): string[] {
  return values.filter((e) => e.token !== '' && !(syntax === 'v1' && e.inV1Syntax === false)).map((e) => e.token);
}

/** The same, longest first, for matching (so a longer token wins over its prefix). */
function matchOrder(values: ValueTable, syntax: NameSyntax): string[] {
  return tokensFor(values, syntax).sort((a, b) => b.length - a.length);
}

function compileElement(el: Element, syntax: NameSyntax): Lexer {
  const { field, extension } = SEPARATORS[syntax];
  const fieldCode = field.charCodeAt(0);
  const extCode = extension.charCodeAt(0);
  switch (el.kind) {
    case 'separator': {
      const code = SEPARATORS[syntax][el.role].charCodeAt(0);
      return (s, pos) => (s.charCodeAt(pos) === code ? pos + 1 : -1);
    }
    case 'choice': {
      const tokens = matchOrder(el.values, syntax);
      if (tokens.every((t) => t.length === 1)) {
        const codes = tokens.map((t) => t.charCodeAt(0));
        return (s, pos, slot) => {
          const i = codes.indexOf(s.charCodeAt(pos));
          if (i < 0) return -1;
          rawStr[slot] = tokens[i] as string;
          rawStart[slot] = pos;
          rawEnd[slot] = pos + 1;
          return pos + 1;
        };
      }
      return (s, pos, slot) => {
        for (const t of tokens) {
          if (s.startsWith(t, pos)) {
            rawStr[slot] = t;
            rawStart[slot] = pos;
            rawEnd[slot] = pos + t.length;
            return pos + t.length;
          }
        }
        return -1;
      };
    }
    case 'keyword': {
      const token = el.token;
      return (s, pos) => (s.startsWith(token, pos) ? pos + token.length : -1);
    }
    case 'flag': {
      const code = el.token.charCodeAt(0);
      return (s, pos, slot) => {
        const hit = s.charCodeAt(pos) === code;
        rawNum[slot] = hit ? 1 : 0;
        return hit ? pos + 1 : pos;
      };
    }
    case 'integer':
      return scanDigits;
    case 'multiplier': {
      const x = 'x'.charCodeAt(0);
      return (s, pos, slot) => {
        const p = scanDigits(s, pos, slot);
        if (s.charCodeAt(p) === x) {
          if (rawNum[slot] === NO_VALUE) rawNum[slot] = 1;
          return p + 1;
        }
        rawNum[slot] = 1;
        rawStart[slot] = pos;
        rawEnd[slot] = pos;
        return pos;
      };
    }
    case 'decimal': {
      // Python's float() over `[0-9.]*`: at most one dot and at least one digit, else NaN.
      const dot = '.'.charCodeAt(0);
      return (s, pos, slot) => {
        let p = pos;
        let whole = 0;
        let fraction = 0;
        let scale = 1;
        let dots = 0;
        let digits = 0;
        for (; p < s.length; p++) {
          const c = s.charCodeAt(p);
          if (c === dot) dots++;
          else if (isDigit(c)) {
            digits++;
            if (dots === 0) whole = whole * 10 + (c - 48);
            else if (scale < 1e15) {
              fraction = fraction * 10 + (c - 48);
              scale *= 10;
            }
          } else break;
        }
        // Over 15 digits (rare) the fast sum would drop digits: read the text as a double, as Python's float() does.
        const n = dots > 1 || digits === 0 ? Number.NaN : digits > MAX_DIGITS ? Number(s.slice(pos, p)) : whole + fraction / scale;
        rawNum[slot] = n >= TOO_LARGE ? Number.POSITIVE_INFINITY : n;
        rawStart[slot] = pos;
        rawEnd[slot] = p;
        return p;
      };
    }
    case 'option': {
      const tokens = tokensFor(el.values, syntax);
      const codes = tokens.map((t) => t.charCodeAt(0));
      return (s, pos, slot) => {
        const i = codes.indexOf(s.charCodeAt(pos));
        rawStart[slot] = pos;
        if (i < 0) {
          rawStr[slot] = '';
          rawEnd[slot] = pos;
          return pos;
        }
        rawStr[slot] = tokens[i] as string;
        rawEnd[slot] = pos + 1;
        return pos + 1;
      };
    }
    case 'run': {
      const code = el.letter.charCodeAt(0);
      return (s, pos, slot) => {
        let p = pos;
        while (s.charCodeAt(p) === code) p++;
        rawNum[slot] = p - pos;
        rawStart[slot] = pos;
        rawEnd[slot] = p;
        return p;
      };
    }
    case 'generation': {
      if (el.lexeme === 'digits') return scanDigits;
      const h = 'h'.charCodeAt(0);
      return (s, pos, slot) => {
        let p = pos;
        const len = s.length;
        while (p < len) {
          const c = s.charCodeAt(p);
          if (c === fieldCode || c === h) break;
          p++;
        }
        rawStr[slot] = p === pos ? '' : s.slice(pos, p);
        rawStart[slot] = pos;
        rawEnd[slot] = p;
        return p;
      };
    }
    case 'separated-integer':
      return (s, pos, slot) => {
        if (s.charCodeAt(pos) === fieldCode && isDigit(s.charCodeAt(pos + 1))) return scanDigits(s, pos + 1, slot);
        rawNum[slot] = NO_VALUE;
        rawStart[slot] = pos;
        rawEnd[slot] = pos;
        return pos;
      };
    case 'boundary':
      return (s, pos) => (pos === s.length || s.charCodeAt(pos) === extCode ? pos : -1);
  }
}

function compile(syntax: NameSyntax): CompiledSyntax {
  const seps = SEPARATORS[syntax];
  return {
    syntax,
    fieldSep: seps.field,
    extSep: seps.extension,
    parts: PARTS.map((part, index) => ({
      part,
      index,
      leadCode: part.lead ? seps[part.lead].charCodeAt(0) : -1,
      fieldPrefix: part.target === 'root' ? '' : `${part.target}.`,
      lexers: part.elements.map((el) => compileElement(el, syntax)),
    })),
  };
}

const COMPILED: Readonly<Record<NameSyntax, CompiledSyntax>> = { v1: compile('v1'), v2: compile('v2') };

/** Scans one part at `pos`; returns the end, or -1 (then failPos/failElement say where). */
function scanPart(cp: CompiledPart, s: string, pos: number): number {
  let p = pos;
  if (cp.leadCode >= 0) {
    if (s.charCodeAt(p) !== cp.leadCode) {
      failPos = p;
      failElement = -1;
      return -1;
    }
    p++;
  }
  const lexers = cp.lexers;
  for (let i = 0; i < lexers.length; i++) {
    const next = (lexers[i] as Lexer)(s, p, i);
    if (next < 0) {
      failPos = p;
      failElement = i;
      return -1;
    }
    p = next;
  }
  return p;
}

// ---- describing expectations (only on failure paths) ----

function quoteList(items: readonly string[]): string {
  const q = items.map((t) => `'${t}'`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

function describeElement(el: Element, syntax: NameSyntax): string {
  const seps = SEPARATORS[syntax];
  switch (el.kind) {
    case 'separator':
      return `'${seps[el.role]}'`;
    case 'choice':
      return `${el.label}: ${quoteList(tokensFor(el.values, syntax))}`;
    case 'keyword':
      return `'${el.token}'`;
    case 'boundary':
      return `the end of the name or '${seps.extension}' (next extension)`;
    default:
      return el.label;
  }
}

/** The tokens a part can start with, e.g. `_kvm`, `_G`. */
function partStarts(part: Part, syntax: NameSyntax): string[] {
  const lead = part.lead ? SEPARATORS[syntax][part.lead] : '';
  const first = part.elements[0];
  if (!first) return [lead];
  if (first.kind === 'choice') return tokensFor(first.values, syntax).map((t) => lead + t);
  if (first.kind === 'keyword') return [lead + first.token];
  return [lead];
}

/** What may follow after part `lastIndex` was read (used for "extra characters"); index `lastIndex + 1`. */
function continuationTexts(syntax: NameSyntax): readonly string[] {
  return Array.from({ length: PARTS.length + 1 }, (_, next) =>
    [...PARTS.slice(next).map((p) => `${quoteList(partStarts(p, syntax))} (${p.title})`), 'the end of the name'].join('; '),
  );
}

/** A few short texts per syntax, made once at load (constants, not a cache). */
const CONTINUATIONS: Readonly<Record<NameSyntax, readonly string[]>> = { v1: continuationTexts('v1'), v2: continuationTexts('v2') };

function continuations(syntax: NameSyntax, lastIndex: number): string {
  return CONTINUATIONS[syntax][lastIndex + 1] ?? 'the end of the name';
}

function failure(
  code: ParseFailure['code'],
  syntax: NameSyntax,
  position: number,
  expected: string,
  found: string,
  message: string,
  field?: { key: string; ref: string },
): ParseFailure {
  return {
    code,
    position,
    expected,
    found,
    syntax,
    message,
    ...(field ? { field: field.key, referenceField: field.ref } : {}),
  };
}

// ---- value checks (the reference parser's TypeChecks) ----

function tableText(values: ValueTable): string {
  return values.map((e) => (e.token === '' ? '(nothing)' : e.token)).join(', ');
}

interface PartValues {
  target: Record<string, unknown>;
  version: StandardVersion;
}

/**
 * Turns the raw scan of a matched part into values, checking each in element order like the
 * reference parser; returns a failure for the first bad value.
 */
function convertPart(cp: CompiledPart, s: string, syntax: NameSyntax, out: PartValues): ParseFailure | undefined {
  const els = cp.part.elements;
  const prefix = cp.fieldPrefix;
  const target = out.target;
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as Element;
    switch (el.kind) {
      case 'separator':
      case 'boundary':
        break;
      case 'keyword':
        target[el.key] = true;
        break;
      case 'flag':
        target[el.key] = rawNum[i] === 1;
        break;
      case 'choice': {
        const token = rawStr[i] as string;
        target[el.key] = token;
        noteSince(entryFor(el.values, token), out);
        break;
      }
      case 'option': {
        const token = rawStr[i] as string;
        if (token !== '') target[el.key] = token;
        break;
      }
      case 'integer':
      case 'multiplier':
      case 'separated-integer': {
        const n = rawNum[i] as number;
        if (n === NO_VALUE) {
          if (el.kind === 'integer' && el.required) return badValue(el, prefix, i, s, syntax, 'must be a positive integer but is missing');
          break;
        }
        if (n === 0 || !Number.isFinite(n))
          return badValue(el, prefix, i, s, syntax, n === 0 ? 'must be a positive integer, not 0' : `is too large: at most ${MAX_DIGITS} digits`);
        target[el.key] = n;
        if (el.kind === 'separated-integer') out.version = laterVersion(out.version, el.since);
        break;
      }
      case 'decimal': {
        const text = s.slice(rawStart[i], rawEnd[i]);
        const n = rawNum[i] as number;
        if (Number.isNaN(n))
          return badValue(
            el,
            prefix,
            i,
            s,
            syntax,
            text === '' ? 'is missing: expected a positive multiple of 0.5' : `'${text}' is not a number: expected a positive multiple of 0.5`,
          );
        if (!Number.isFinite(n)) return badValue(el, prefix, i, s, syntax, `is too large: at most ${MAX_DIGITS} digits before the point`);
        if (n <= 0 || Math.trunc(2 * n) !== 2 * n) return badValue(el, prefix, i, s, syntax, `must be a positive multiple of 0.5, not ${text}`);
        target[el.key] = n;
        break;
      }
      case 'run': {
        const entry = el.values[rawNum[i] as number];
        if (!entry) return badValue(el, prefix, i, s, syntax, `allows at most ${el.values.length - 1} '${el.letter}'; expected one of ${tableText(el.values)}`);
        if (entry.token !== '') target[el.key] = entry.token;
        noteSince(entry, out);
        break;
      }
      case 'generation': {
        const owner = target[el.on] as string;
        const table = el.tables[owner] ?? [];
        if (el.lexeme === 'digits') {
          const n = rawNum[i] as number;
          if (n === NO_VALUE) break;
          const entry = Number.isFinite(n) ? entryFor(table, String(n)) : undefined;
          if (!entry) return badValue(el, prefix, i, s, syntax, `for '${owner}' must be one of ${tableText(table)} or left out`, table);
          target[el.key] = n;
          noteSince(entry, out);
        } else {
          const token = rawStr[i] as string;
          if (token === '') break;
          const entry = entryFor(table, token);
          if (!entry) return badValue(el, prefix, i, s, syntax, `for '${owner}' must be one of ${tableText(table)} or left out`, table);
          target[el.key] = token;
          noteSince(entry, out);
        }
        break;
      }
    }
  }
  return undefined;
}

function noteSince(entry: ValueEntry | undefined, values: PartValues): void {
  if (entry && entry.since !== 'v1') values.version = laterVersion(values.version, entry.since);
}

function badValue(
  el: Element & { key: string; ref: string; label: string },
  prefix: string,
  slot: number,
  s: string,
  syntax: NameSyntax,
  problem: string,
  table?: ValueTable,
): ParseFailure {
  const start = rawStart[slot] as number;
  const found = s.slice(start, rawEnd[slot]);
  const expected =
    el.kind === 'run'
      ? `${el.label}: ${tableText(el.values)}`
      : table
        ? `${el.label}: ${tableText(table)} or nothing`
        : el.kind === 'decimal'
          ? `${el.label} (a positive multiple of 0.5)`
          : `${el.label} (a positive integer)`;
  return failure('bad-value', syntax, start, expected, found, `${el.label} ${problem}`, { key: prefix + el.key, ref: el.ref });
}

// ---- the parser ----

function parseWith(cs: CompiledSyntax, name: string): ParseResult {
  const parts = cs.parts;
  const flavor: Record<string, unknown> = { cpus: 0, cpuType: '', insecure: false, ram: 0, noEcc: false, ramOversubscribed: false, hwv: false, ib: false };
  // one for all parts: the version the values need only grows
  const values: PartValues = { target: flavor, version: 'v1' };
  let pos = PREFIX.length;
  let last = -1;
  for (let k = 0; k < parts.length; k++) {
    const cp = parts[k] as CompiledPart;
    const end = scanPart(cp, name, pos);
    if (end < 0) {
      if (!cp.part.optional) {
        const el = failElement >= 0 ? cp.part.elements[failElement] : undefined;
        const expected = el ? describeElement(el, cs.syntax) : cp.part.title;
        const found = name.slice(failPos);
        return invalid(
          name,
          failure('main-part', cs.syntax, failPos, expected, found, `the CPU and RAM part does not fit: expected ${expected} at position ${failPos}`),
        );
      }
      continue;
    }
    values.target = cp.part.target === 'root' ? flavor : {};
    const bad = convertPart(cp, name, cs.syntax, values);
    if (bad) return invalid(name, bad);
    if (cp.part.target !== 'root') flavor[cp.part.target] = values.target;
    pos = end;
    last = k;
  }
  if (pos !== name.length) {
    const found = name.slice(pos);
    const expected = continuations(cs.syntax, last);
    return invalid(name, failure('extra-characters', cs.syntax, pos, expected, found, `unexpected '${found}' at position ${pos}: expected ${expected}`));
  }
  return {
    kind: 'flavor',
    name,
    flavor: flavor as unknown as Flavor,
    syntax: cs.syntax,
    version: cs.syntax === 'v1' ? 'v1' : laterVersion(values.version, 'v2'),
    valuesSince: values.version,
  };
}

function invalid(name: string, f: ParseFailure): ParseResult {
  return { kind: 'invalid', name, failure: f };
}

const WHITESPACE = /\s/;

/** Failures that win over the grammar's: empty, too long, white space. */
function preconditionFailure(name: string): ParseFailure | undefined {
  if (name.length > MAX_NAME_LENGTH) {
    return failure(
      'too-long',
      'v2',
      MAX_NAME_LENGTH,
      `at most ${MAX_NAME_LENGTH} characters`,
      name.slice(MAX_NAME_LENGTH),
      `the name has ${name.length} characters; at most ${MAX_NAME_LENGTH} are allowed`,
    );
  }
  const ws = WHITESPACE.exec(name);
  if (ws) {
    const what = ws[0] === ' ' ? 'a space' : `white space (U+${ws[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
    const trimmed = name.trim();
    const fix = trimmed !== name && !WHITESPACE.test(trimmed) ? `remove the leading/trailing white space: '${trimmed}'` : 'remove it';
    return failure(
      'whitespace',
      'v2',
      ws.index,
      'no white space in a flavor name',
      ws[0],
      `${what} at position ${ws.index}; flavor names contain no white space: ${fix}`,
    );
  }
  return undefined;
}

/**
 * Parses a flavor name. `syntax` 'auto' tries the v2/v3 syntax, then v1; when both fail it
 * reports the failure found further into the name (the v2 one on a tie).
 */
export function parseFlavorName(name: string, syntax: NameSyntax | 'auto' = 'auto'): ParseResult {
  if (name.length === 0) return invalid(name, failure('empty', 'v2', 0, `a name starting with '${PREFIX}'`, '', 'the flavor name is empty'));
  if (!name.startsWith(PREFIX)) {
    // ` SCS-2V-4` is a SCS name with a typo, not a foreign name.
    if (WHITESPACE.test(name.charAt(0)) && name.trimStart().startsWith(PREFIX)) return invalid(name, preconditionFailure(name) as ParseFailure);
    return { kind: 'not-scs', name };
  }
  if (name.length > MAX_NAME_LENGTH) return invalid(name, preconditionFailure(name) as ParseFailure);
  const first = parseWith(COMPILED[syntax === 'v1' ? 'v1' : 'v2'], name);
  if (first.kind === 'flavor') return first;
  let result = first;
  // A v1 name needs a ':' after the CPU type; without one v1 cannot read further than v2 did.
  if (syntax === 'auto' && name.includes(':')) {
    const second = parseWith(COMPILED.v1, name);
    if (second.kind === 'flavor') return second;
    // The separator after the CPU type decides the syntax: report v1's failure only when v1 read
    // the main part and v2 did not, or when neither did and v1 got further.
    if (second.kind === 'invalid' && first.kind === 'invalid') {
      const a = first.failure;
      const b = second.failure;
      if (a.code === 'main-part' && (b.code !== 'main-part' || b.position > a.position)) result = second;
    }
  }
  const pre = preconditionFailure(name);
  return pre ? invalid(name, pre) : result;
}

/** Parses with the syntax of one standard version (v2 and v3 share a syntax). */
export function parseFlavorNameAs(name: string, version: StandardVersion): ParseResult {
  return parseFlavorName(name, version === 'v1' ? 'v1' : 'v2');
}

/** True for names the standard governs (`SCS-` prefix, case-sensitive). */
export function isScsName(name: string): boolean {
  return name.startsWith(PREFIX);
}
