/** SCS flavor names (scs-0100, scs-0103): parse, describe, generate, and the grammar's documentation. */

import { describeFlavor } from '../core/flavor/describe.js';
import { renderGrammarMarkdown } from '../core/flavor/docs.js';
import { generateName, generateShortName } from '../core/flavor/generate.js';
import { parseFlavorName } from '../core/flavor/parse.js';
import type { Flavor, ParseResult, StandardVersion } from '../core/flavor/types.js';
import { type FlavorProblem, validateFlavor } from '../core/flavor/validate.js';

export * as flavorGrammar from '../core/flavor/grammar.js';
export type { Flavor, StandardVersion } from '../core/flavor/types.js';
export type { FlavorProblem } from '../core/flavor/validate.js';

/** A parsed name; a valid one with its canonical and short names and its sentence. */
export type FlavorName =
  | Exclude<ParseResult, { kind: 'flavor' }>
  | (Extract<ParseResult, { kind: 'flavor' }> & { readonly canonical: string; readonly short: string; readonly description: string });

export function parseFlavorNames(names: readonly string[]): FlavorName[] {
  return names.map((n) => {
    const r = parseFlavorName(n);
    return r.kind === 'flavor' ? { ...r, canonical: generateName(r.flavor), short: generateShortName(r.flavor), description: describeFlavor(r.flavor) } : r;
  });
}

/** The name of `flavor` in the syntax of `standard`, or what the standard does not allow (all problems at once). */
export function generateFlavorName(
  flavor: Flavor,
  standard: StandardVersion,
): { readonly name: string; readonly problems?: never } | { readonly name?: never; readonly problems: readonly FlavorProblem[] } {
  const problems = validateFlavor(flavor, standard);
  return problems.length ? { problems } : { name: generateName(flavor, standard) };
}

/** The grammar, its values and the standard flavors, as Markdown (docs/flavors.md). */
export function flavorGrammarDocs(): string {
  return renderGrammarMarkdown();
}
