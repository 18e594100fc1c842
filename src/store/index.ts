/**
 * The evidence store. Only light modules load with this one: Drizzle, PGlite and pg load when
 * `openStore` is called.
 */
export { databaseUrlOf, embeddedDir, openStore } from './open.js';
export type * from './types.js';
