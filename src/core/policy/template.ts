import { z } from 'zod';
import { RULES } from '../check/rules/index.js';
import type { RuleTemplate } from '../check/rules/types.js';
import { SECTIONS } from './sections.js';

/** A default value as YAML writes it (plain words, numbers, booleans, empty lists, flat mappings in flow style). */
function scalar(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return '{}';
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${/^[a-z][a-z0-9_-]*$/.test(k) ? k : JSON.stringify(k)}: ${scalar(v)}`)
      .join(', ')} }`;
  if (typeof value === 'string' && /^[a-z][a-z0-9_-]*$/.test(value)) return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** A key set by `severity` alone, written without a blank line around it. */
function compact(value: unknown, template: RuleTemplate): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).join() === 'severity' && !template.after;
}

function section(key: string, value: unknown, t: RuleTemplate): string[] {
  const lines = t.comment.map((c) => `# ${c}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) lines.push(`${key}: ${scalar(value)}`);
  else {
    lines.push(`${key}:`);
    for (const [field, v] of Object.entries(value)) {
      const line = `  ${field}: ${scalar(v)}`;
      const comment = t.fields?.[field];
      lines.push(comment ? `${line.padEnd(t.column ?? line.length + 1)}# ${comment}` : line);
    }
  }
  return [...lines, ...(t.after ?? [])];
}

/**
 * policy.yaml as `upkeep init` writes it: every rule's key at its default, with its comments,
 * in registry order, then the other sections (src/core/policy/sections.ts), after `header`
 * (comment lines ending in a blank line).
 */
export function policyTemplate(header: string): string {
  const lines: string[] = [];
  let previousCompact = false;
  for (const rule of [...RULES, ...SECTIONS]) {
    const value: unknown = rule.schema(z).parse(undefined);
    const isCompact = compact(value, rule.template);
    if (lines.length > 0 && !(previousCompact && isCompact)) lines.push('');
    lines.push(...section(rule.key, value, rule.template));
    previousCompact = isCompact;
  }
  return `${header}${lines.join('\n')}\n`;
}
