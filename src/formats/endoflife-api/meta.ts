import type { ImporterMeta } from '../types.js';

export const endoflifeApi: ImporterMeta = {
  id: 'endoflife-api',
  description: 'the endoflife.date API v1 JSON of one product (/api/v1/products/<name>)',
  input: 'file',
  history: false,
  release: false,
};
