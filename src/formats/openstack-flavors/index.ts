export { parseFlavorList } from './parse.js';
export { readFlavorList } from './read.js';
