import type { Importer } from '../types.js';
import { openstackSeries } from './meta.js';
import { importOpenstackSeries } from './read.js';

export { seriesProduct } from './map.js';
export { parseSeriesHistory, parseSeriesStatus } from './parse.js';
export { importOpenstackSeries } from './read.js';

export const importer: Importer = { ...openstackSeries, import: (path, request) => importOpenstackSeries(path, request.history) };
