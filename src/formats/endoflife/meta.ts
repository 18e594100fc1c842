import type { ImporterMeta } from '../types.js';

export const endoflife: ImporterMeta = {
  id: 'endoflife',
  description: 'an endoflife.date product file (products/<name>.md), optionally with its history',
  input: 'file',
  history: true,
  several: true,
  release: false,
};
