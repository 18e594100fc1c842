import type { ImporterMeta } from '../types.js';

export const cephReleases: ImporterMeta = {
  id: 'ceph-releases',
  description: "Ceph's doc/releases/releases.yml (point releases, announced and actual ends)",
  input: 'file',
  history: false,
  release: false,
};
