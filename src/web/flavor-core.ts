/**
 * The flavor core for the browser: the entry of the `dist/web/flavor-core.js` build (an IIFE that
 * defines the global `UpkeepFlavor`), which the flavor page inlines, so the page parses,
 * describes, generates and validates with exactly the code (and the words) the CLI runs.
 */

export { describeFlavor as describe } from '../core/flavor/describe.js';
export { generateName as generate } from '../core/flavor/generate.js';
export { PARTS, PREFIX } from '../core/flavor/grammar.js';
export { parseFlavorName as parse } from '../core/flavor/parse.js';
export { validateFlavor as validate } from '../core/flavor/validate.js';
export { flavorProblemText as problemText } from '../render/flavor-problems.js';
