import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-io.js';
import { repoRoot } from './paths.js';
import { cliTempDirs } from './temp-dirs.js';

const scs = join(repoRoot, 'examples/scs');
const temp = cliTempDirs('upkeep-commit-cli-');

/** A copy of the SCS example with its own commitments.yaml. */
function scsWith(commitments: string): string {
  const dir = temp();
  cpSync(scs, dir, { recursive: true });
  writeFileSync(join(dir, 'commitments.yaml'), commitments);
  return dir;
}

describe('commitments.yaml on the command line', () => {
  it.each([
    [
      'a commitment for an unknown release',
      'commitments:\n  - { release: R5, component: ceph, by: community, scope: security, until: 2023-11-05 }\n',
      /UPK_UNKNOWN_RELEASE: .*commitments\.yaml:2/,
    ],
    [
      'a commitment for an unknown component',
      'commitments:\n  - { release: R4, component: cephx, by: community, scope: security, until: 2023-11-05 }\n',
      /UPK_UNKNOWN_COMPONENT: .*commitments\.yaml:2[\s\S]*hint: did you mean ceph/,
    ],
    [
      'overlapping commitments',
      'commitments:\n  - { release: R4, component: ceph, by: community, scope: security, until: 2023-11-05 }\n  - { release: R4, component: ceph, by: community, scope: security, from: 2023-09-01, until: 2023-12-01 }\n',
      /UPK_COMMITMENT_CONFLICT: .*commitments\.yaml:3.*overlaps the one at line 2[\s\S]*hint: merge them/,
    ],
    [
      'a waiver without expiry',
      'waivers:\n  - { release: R4, component: ceph, rule: horizon, reason: r, owner: o }\n',
      /UPK_SCHEMA: .*commitments\.yaml:2.*has no expiry[\s\S]*hint: add expires: YYYY-MM-DD/,
    ],
  ])('%s: exit 2 with file, line and hint', async (_what, text, message) => {
    const r = await run('check', scsWith(text), '--as-of', '2023-03-20');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a live waiver shows the finding as waived and does not count it for the exit code; an expired one does', async () => {
    // R4 as of 2023-03-20 without OVS, OVN, keycloak, docker and ansible-core errors: waive each of them
    const waive = (component: string, rule: string, expires: string) =>
      `  - { release: R4, component: ${component}, rule: ${rule}, reason: "upgrade in R4.1", owner: release team, expires: ${expires} }\n`;
    const all = (expires: string) =>
      `commitments:\n  - { release: R4, component: ceph, cycle: pacific, by: community, scope: security, until: 2023-11-05 }\nwaivers:\n${[
        ['image/keycloak', 'ended'],
        ['ceph/ansible-core', 'horizon'],
        ['ovs', 'horizon'],
        ['ovn', 'horizon'],
        ['osism/docker', 'ended'],
      ]
        .map(([c, rule]) => waive(c as string, rule as string, expires))
        .join('')}`;
    const live = await run('check', scsWith(all('2023-04-30')), '--as-of', '2023-03-20', '--release', 'R4');
    expect(live.code).toBe(0);
    expect(live.out).toMatch(/waived until 2023-04-30 by release team: upgrade in R4\.1/);
    expect(live.out).toMatch(/5 errors, 8 warnings, 12 info \(5 waived, not counted for the exit code\)/);
    const expired = await run('check', scsWith(all('2023-03-01')), '--as-of', '2023-03-20', '--release', 'R4');
    expect(expired.code).toBe(1);
    expect(expired.out).toMatch(/waiver-expired/);
    const sarif = JSON.parse((await run('check', scsWith(all('2023-04-30')), '--as-of', '2023-03-20', '--release', 'R4', '--format', 'sarif')).out);
    expect(sarif.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(5);
  });
});
