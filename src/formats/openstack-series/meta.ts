import type { ImporterMeta } from '../types.js';

export const openstackSeries: ImporterMeta = {
  id: 'openstack-series',
  description: "OpenStack's series_status.yaml, optionally with its history",
  input: 'file',
  history: true,
  release: false,
};
