import { z } from 'zod';
/**
 * The rules tables of docs/policy.md, generated from the registry (`npm run docs` writes them
 * between their markers; a test fails when the file and this output differ).
 */

import { RULES } from '../check/rules/index.js';
import { SECTIONS } from './sections.js';

/** A table of docs/policy.md made from the registry, by its marker name. */
const RULES_TABLES = {
  /** The keys set by severity alone: key, default, the finding. */
  keys: () =>
    table(
      ['key', 'default', 'the finding'],
      RULES.flatMap((rule) => {
        const value: unknown = rule.schema(z).parse(undefined);
        if (typeof value !== 'object' || value === null || Object.keys(value).join() !== 'severity') return [];
        return [[`\`${rule.key}\``, `\`${(value as { severity: string }).severity}\``, Object.values<string>(rule.findings).join('; ')]];
      }),
    ),
  /** Every kind of finding: the finding's `rule`, the policy key that sets it, when. */
  findings: () =>
    table(
      ['rule', 'key', 'when'],
      RULES.flatMap((rule) => Object.entries<string>(rule.findings).map(([kind, when]) => [`\`${kind}\``, `\`${rule.key}\``, when])),
    ),
  /** The keys that are not rules (src/core/policy/sections.ts): key, default, what it sets. */
  sections: () =>
    table(
      ['key', 'default', 'what it sets'],
      SECTIONS.map((section) => [`\`${section.key}\``, `\`${template(section.schema(z).parse(undefined))}\``, section.sets]),
    ),
} as const;

/** A default as one line of YAML flow style. */
function template(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  if (Object.keys(value).length === 0) return '{}';
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${template(v)}`)
    .join(', ')} }`;
}

export type RulesTable = keyof typeof RULES_TABLES;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const begin = (name: string) => `<!-- generated: rules ${name} (npm run docs, from src/core/check/rules) -->`;
const end = (name: string) => `<!-- end: rules ${name} -->`;

/** docs/policy.md with each marked rules table replaced by what the registry generates now. */
export function withRulesTables(doc: string): string {
  let out = doc;
  for (const name of Object.keys(RULES_TABLES) as RulesTable[]) {
    const from = out.indexOf(begin(name));
    const to = out.indexOf(end(name));
    if (from < 0 || to < from) throw new Error(`docs/policy.md has no section marked ${begin(name)} … ${end(name)}`);
    out = `${out.slice(0, from)}${begin(name)}\n${RULES_TABLES[name]()}\n${out.slice(to)}`;
  }
  return out;
}
