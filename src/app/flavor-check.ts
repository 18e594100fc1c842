import { checkFlavors, type FlavorCheckReport, failsAt } from '../core/flavor/check.js';
import type { StandardVersion } from '../core/flavor/types.js';
import { readFlavorList } from '../formats/openstack-flavors/index.js';

export type { FlavorCheckReport } from '../core/flavor/check.js';

/** A cloud's flavor list (`openstack flavor list --long -f json` or `flavor show`) against scs-0100 and scs-0103. */
export function checkFlavorList(file: string, options: { readonly standard: StandardVersion }): FlavorCheckReport {
  return checkFlavors(readFlavorList(file), { standard: options.standard });
}

/** Whether a finding is at or above `failOn` (never with `never`). */
export function flavorCheckFails(report: FlavorCheckReport, failOn: 'error' | 'warning' | 'never'): boolean {
  return failsAt(report, failOn);
}
