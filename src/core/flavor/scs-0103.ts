/**
 * The standard flavors of scs-0103 v1.2, one entry per row of its tables.
 * Generated from ../shared/data/scs-standards/scs-0103-v1-standard-flavors.md by `npm run docs`; do not edit (a test compares it with the text).
 */
import type { StandardFlavor } from './standard-table.js';

export const SCS_0103_VERSION = 'v1.2';

export const STANDARD_FLAVORS: readonly StandardFlavor[] = [
  { name: 'SCS-1V-4', level: 'mandatory', table: 'Mandatory', vcpus: 1, cpuType: 'shared-core', ramGiB: 4 },
  { name: 'SCS-2V-8', level: 'mandatory', table: 'Mandatory', vcpus: 2, cpuType: 'shared-core', ramGiB: 8 },
  { name: 'SCS-4V-16', level: 'mandatory', table: 'Mandatory', vcpus: 4, cpuType: 'shared-core', ramGiB: 16 },
  { name: 'SCS-4V-16-100s', level: 'mandatory', table: 'Mandatory', vcpus: 4, cpuType: 'shared-core', ramGiB: 16, diskGB: 100, diskType: 'ssd' },
  { name: 'SCS-8V-32', level: 'mandatory', table: 'Mandatory', vcpus: 8, cpuType: 'shared-core', ramGiB: 32 },
  { name: 'SCS-1V-2', level: 'mandatory', table: 'Mandatory', vcpus: 1, cpuType: 'shared-core', ramGiB: 2 },
  { name: 'SCS-2V-4', level: 'mandatory', table: 'Mandatory', vcpus: 2, cpuType: 'shared-core', ramGiB: 4 },
  { name: 'SCS-2V-4-20s', level: 'mandatory', table: 'Mandatory', vcpus: 2, cpuType: 'shared-core', ramGiB: 4, diskGB: 20, diskType: 'ssd' },
  { name: 'SCS-4V-8', level: 'mandatory', table: 'Mandatory', vcpus: 4, cpuType: 'shared-core', ramGiB: 8 },
  { name: 'SCS-8V-16', level: 'mandatory', table: 'Mandatory', vcpus: 8, cpuType: 'shared-core', ramGiB: 16 },
  { name: 'SCS-16V-32', level: 'mandatory', table: 'Mandatory', vcpus: 16, cpuType: 'shared-core', ramGiB: 32 },
  { name: 'SCS-1V-8', level: 'mandatory', table: 'Mandatory', vcpus: 1, cpuType: 'shared-core', ramGiB: 8 },
  { name: 'SCS-2V-16', level: 'mandatory', table: 'Mandatory', vcpus: 2, cpuType: 'shared-core', ramGiB: 16 },
  { name: 'SCS-4V-32', level: 'mandatory', table: 'Mandatory', vcpus: 4, cpuType: 'shared-core', ramGiB: 32 },
  { name: 'SCS-1L-1', level: 'mandatory', table: 'Mandatory', vcpus: 1, cpuType: 'crowded-core', ramGiB: 1 },
  { name: 'SCS-1V-4-10', level: 'recommended', table: 'Recommended, part 1', vcpus: 1, cpuType: 'shared-core', ramGiB: 4, diskGB: 10 },
  { name: 'SCS-2V-8-20', level: 'recommended', table: 'Recommended, part 1', vcpus: 2, cpuType: 'shared-core', ramGiB: 8, diskGB: 20 },
  { name: 'SCS-4V-16-50', level: 'recommended', table: 'Recommended, part 1', vcpus: 4, cpuType: 'shared-core', ramGiB: 16, diskGB: 50 },
  { name: 'SCS-8V-32-100', level: 'recommended', table: 'Recommended, part 1', vcpus: 8, cpuType: 'shared-core', ramGiB: 32, diskGB: 100 },
  { name: 'SCS-1V-2-5', level: 'recommended', table: 'Recommended, part 1', vcpus: 1, cpuType: 'shared-core', ramGiB: 2, diskGB: 5 },
  { name: 'SCS-2V-4-10', level: 'recommended', table: 'Recommended, part 1', vcpus: 2, cpuType: 'shared-core', ramGiB: 4, diskGB: 10 },
  { name: 'SCS-4V-8-20', level: 'recommended', table: 'Recommended, part 1', vcpus: 4, cpuType: 'shared-core', ramGiB: 8, diskGB: 20 },
  { name: 'SCS-8V-16-50', level: 'recommended', table: 'Recommended, part 1', vcpus: 8, cpuType: 'shared-core', ramGiB: 16, diskGB: 50 },
  { name: 'SCS-16V-32-100', level: 'recommended', table: 'Recommended, part 1', vcpus: 16, cpuType: 'shared-core', ramGiB: 32, diskGB: 100 },
  { name: 'SCS-1V-8-20', level: 'recommended', table: 'Recommended, part 1', vcpus: 1, cpuType: 'shared-core', ramGiB: 8, diskGB: 20 },
  { name: 'SCS-2V-16-50', level: 'recommended', table: 'Recommended, part 1', vcpus: 2, cpuType: 'shared-core', ramGiB: 16, diskGB: 50 },
  { name: 'SCS-4V-32-100', level: 'recommended', table: 'Recommended, part 1', vcpus: 4, cpuType: 'shared-core', ramGiB: 32, diskGB: 100 },
  { name: 'SCS-1L-1-5', level: 'recommended', table: 'Recommended, part 1', vcpus: 1, cpuType: 'crowded-core', ramGiB: 1, diskGB: 5 },
  { name: 'SCS-16V-64', level: 'recommended', table: 'Recommended, part 2', vcpus: 16, cpuType: 'shared-core', ramGiB: 64 },
  { name: 'SCS-8V-64', level: 'recommended', table: 'Recommended, part 2', vcpus: 8, cpuType: 'shared-core', ramGiB: 64 },
  { name: 'SCS-16V-128', level: 'recommended', table: 'Recommended, part 2', vcpus: 16, cpuType: 'shared-core', ramGiB: 128 },
];
