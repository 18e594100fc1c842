/**
 * The flavor core for the browser: the entry of the `dist/web/flavor-core.js` build (an IIFE that
 * defines the global `UpkeepFlavor`), which the flavor page inlines, so the page parses,
 * describes, generates and validates with exactly the code the CLI runs.
 */
export { parseFlavorName as parse } from './parse.js';
export { describeFlavor as describe } from './describe.js';
export { generateName as generate } from './generate.js';
export { validateFlavor as validate } from './validate.js';
export { PARTS, PREFIX } from './grammar.js';
