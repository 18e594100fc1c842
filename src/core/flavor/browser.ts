/**
 * The flavor core for the browser: the entry of the `dist/web/flavor-core.js` build (an IIFE that
 * defines the global `UpkeepFlavor`), which the flavor page inlines, so the page parses,
 * describes, generates and validates with exactly the code the CLI runs.
 */

export { describeFlavor as describe } from './describe.js';
export { generateName as generate } from './generate.js';
export { PARTS, PREFIX } from './grammar.js';
export { parseFlavorName as parse } from './parse.js';
export { validateFlavor as validate } from './validate.js';
