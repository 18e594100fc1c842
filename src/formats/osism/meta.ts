import type { ImporterMeta } from '../types.js';

export const osism: ImporterMeta = {
  id: 'osism',
  description: 'an OSISM release manifest folder (osism/release <version>/) as a stack release',
  input: 'folder',
  history: false,
  release: true,
};
