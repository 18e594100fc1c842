import type { ImportRun } from '../types.js';
import { importOpenstackSeries } from './read.js';

export { seriesProduct } from './map.js';
export { parseSeriesHistory, parseSeriesStatus } from './parse.js';
export { importOpenstackSeries } from './read.js';

/** The import; its metadata is meta.ts, which the registry joins to it without loading this module. */
export const run: ImportRun = (path, request) => importOpenstackSeries(path, request.history);
