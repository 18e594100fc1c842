/** The words of `upkeep flavor parse` and `describe`: one block a name. */
import type { Flavor, ParseResult } from '../core/flavor/types.js';

/** A parsed name; a valid one with its canonical and short names and its sentence (app's FlavorName). */
export type NamedFlavor =
  | Exclude<ParseResult, { kind: 'flavor' }>
  | (Extract<ParseResult, { kind: 'flavor' }> & { readonly canonical: string; readonly short: string; readonly description: string });

/** A caret under the failing position: `SCS-2-4` / `     ^`. */
function caret(name: string, position: number): string {
  return `    ${name}\n    ${' '.repeat(position)}^\n`;
}

function fieldsLine(f: Flavor): string {
  const parts: string[] = [`cpus=${f.cpus}`, `cpuType=${f.cpuType}`, `ram=${f.ram}`];
  if (f.insecure) parts.push('insecure');
  if (f.noEcc) parts.push('noEcc');
  if (f.ramOversubscribed) parts.push('ramOversubscribed');
  parts.push(f.disk ? `disk=${f.disk.count}x${f.disk.size ?? 'auto'}${f.disk.type ?? ''}` : 'disk=none');
  if (f.hypervisor) parts.push(`hypervisor=${f.hypervisor}`);
  if (f.hwv) parts.push('hwv');
  if (f.cpu) parts.push(`cpu=${f.cpu.vendor}${f.cpu.generation ?? ''}${f.cpu.frequency ?? ''}`);
  if (f.gpu) parts.push(`gpu=${JSON.stringify(f.gpu)}`);
  if (f.ib) parts.push('ib');
  return parts.join(' ');
}

const syntaxWords = (syntax: 'v1' | 'v2'): string => (syntax === 'v1' ? 'syntax of v1' : 'syntax of v2/v3');

/**
 * The text of one name: its fields (`parse`) or its sentence (`describe`). An invalid name's text
 * says where and what was expected; the edge writes it where errors go.
 */
export function flavorNameText(r: NamedFlavor, mode: 'parse' | 'describe'): string {
  if (r.kind === 'not-scs') return `${JSON.stringify(r.name)}: not an SCS flavor name: it does not start with 'SCS-'\n`;
  if (r.kind === 'invalid') {
    const f = r.failure;
    // The message names what was expected; the JSON output also carries it as `expected`.
    return `${JSON.stringify(r.name)}: invalid at position ${f.position}: ${f.message}\n${caret(r.name, f.position)}`;
  }
  if (mode === 'describe') return `${r.name}: ${r.description}\n`;
  return (
    `${r.name}: valid (${syntaxWords(r.syntax)}; all values exist since scs-0100 ${r.valuesSince})\n  ${fieldsLine(r.flavor)}\n` +
    (r.canonical !== r.name ? `  canonical: ${r.canonical}\n` : '') +
    `  short: ${r.short}\n`
  );
}

/** All names as one JSON document. */
export function flavorNamesJson(results: readonly NamedFlavor[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
