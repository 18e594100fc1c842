import { describe, expect, it } from 'vitest';
import { checkFlavors } from '../core/flavor/check.js';
import { renderFlavorReport } from './flavor-check.js';

const flavor = (name: string, diskGB: number, properties: Record<string, string>) => ({ name, vcpus: 2, ramMiB: 4096, diskGB, properties });

describe('flavor check findings in words', () => {
  it('say that a disk type describes a disk the name does not have, with no doubled parentheses', () => {
    const text = renderFlavorReport(checkFlavors([flavor('SCS-2V-4', 0, { 'scs:disk0-type': 'ssd' })]), 'table');
    expect(text).toContain('warning SCS-2V-4: property scs:disk0-type = ssd describes a disk the name does not have; remove the property or name the disk');
    expect(text).not.toContain('((');
  });

  it('say "not set" for an extra_spec a standard flavor lacks, and keep the value out of the JSON', () => {
    const report = checkFlavors([flavor('SCS-2V-4', 0, { 'scs:cpu-type': 'shared-core', 'scs:name-v2': 'SCS-2V-4' })]);
    expect(renderFlavorReport(report, 'table')).toContain('error   SCS-2V-4: standard flavor needs scs:name-v1 = SCS-2V:4, which is not set');
    const json = JSON.parse(renderFlavorReport(report, 'json'));
    expect(json.findings).toContainEqual({
      kind: 'mismatch',
      severity: 'error',
      flavor: 'SCS-2V-4',
      property: 'scs:name-v1',
      expected: 'SCS-2V:4',
      reason: 'standard-flavor',
      text: 'SCS-2V-4: standard flavor needs scs:name-v1 = SCS-2V:4, which is not set',
    });
  });
});
