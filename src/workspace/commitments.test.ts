import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { repoRoot } from '../../test/paths.js';
import { UpkeepError } from '../core/errors.js';
import { loadWorkspace } from './load.js';
import { CommitmentFile, CommitmentsFile, WaiverFile } from './schema.js';
import { POLICY_TEMPLATE } from './templates.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(commitments: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-commit-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'upkeep.yaml': 'name: t\ncomponents:\n  ceph: { product: ceph, scheme: ceph }\n',
    'policy.yaml': POLICY_TEMPLATE,
    'products/ceph.yaml':
      'id: ceph\nname: Ceph\nscheme: ceph\ncycles:\n  - { cycle: "16", codename: Pacific, released: 2021-03-31, maintained: 2023-06-01 }\n  - { cycle: "17", codename: Quincy, released: 2022-04-19, maintained: 2024-06-01 }\n',
    'releases/R4.yaml': 'id: R4\ndate: 2023-03-22\nend: 2023-11-05\npins:\n  ceph: 16.2.11\n',
    'commitments.yaml': commitments,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function error(commitments: string): UpkeepError {
  try {
    loadWorkspace(folder(commitments));
  } catch (e) {
    if (e instanceof UpkeepError) return e;
    throw e;
  }
  throw new Error('expected an UpkeepError');
}

const pacific = '  - { release: R4, component: ceph, cycle: pacific, by: community, scope: security, until: 2023-11-05 }\n';

describe('commitments.yaml', () => {
  it('reads commitments (a cycle by its codename becomes its id) and waivers, with their lines', () => {
    const ws = loadWorkspace(
      folder(`commitments:\n${pacific}waivers:\n  - { release: R4, component: ceph, rule: horizon, reason: r, owner: o, expires: 2023-06-30 }\n`),
    );
    expect(ws.commitments).toEqual([
      expect.objectContaining({
        release: 'R4',
        component: 'ceph',
        cycle: '16',
        by: 'community',
        scope: 'security',
        until: '2023-11-05',
        at: expect.objectContaining({ line: 2 }),
      }),
    ]);
    expect(ws.waivers?.[0]).toMatchObject({ rule: 'horizon', expires: '2023-06-30', at: { line: 4 } });
  });

  it('is optional: a workspace without it has no commitments', () => {
    const dir = folder('');
    rmSync(join(dir, 'commitments.yaml'));
    expect(loadWorkspace(dir).commitments).toBeUndefined();
  });

  it.each([
    [
      'an unknown release',
      'commitments:\n  - { release: R9, component: ceph, by: community, scope: security, until: 2023-11-05 }\n',
      'UPK_UNKNOWN_RELEASE',
      2,
      /release "R9"/,
    ],
    [
      'an unknown component',
      'commitments:\n  - { release: R4, component: cepth, by: community, scope: security, until: 2023-11-05 }\n',
      'UPK_UNKNOWN_COMPONENT',
      2,
      /"cepth"/,
    ],
    [
      'an unknown cycle',
      'commitments:\n  - { release: R4, component: ceph, cycle: reef, by: community, scope: security, until: 2023-11-05 }\n',
      'UPK_UNKNOWN_CYCLE',
      2,
      /"reef"/,
    ],
    [
      'a partner commitment without the partner',
      'commitments:\n  - { release: R4, component: ceph, by: partner, scope: bug-fixes, until: 2023-11-05 }\n',
      'UPK_SCHEMA',
      2,
      /names the partner/,
    ],
    [
      'overlapping commitments',
      `commitments:\n${pacific}  - { release: R4, component: ceph, by: community, scope: security, from: 2023-10-01, until: 2024-01-01 }\n`,
      'UPK_COMMITMENT_CONFLICT',
      3,
      /overlaps the one at line 2/,
    ],
    [
      'contradictory commitments (another scope, same days)',
      `commitments:\n${pacific}  - { release: R4, component: ceph, cycle: "16", by: community, scope: bug-fixes, until: 2023-08-01 }\n`,
      'UPK_COMMITMENT_CONFLICT',
      3,
      /contradicts the one at line 2/,
    ],
    [
      'a commitment ending before it starts',
      'commitments:\n  - { release: R4, component: ceph, by: community, scope: security, until: 2023-01-01 }\n',
      'UPK_BAD_DATE',
      2,
      /before it starts/,
    ],
    [
      'a waiver without an expiry',
      'waivers:\n  - release: R4\n    component: ceph\n    rule: horizon\n    reason: r\n    owner: o\n',
      'UPK_SCHEMA',
      2,
      /has no expiry/,
    ],
    [
      'a waiver of an unknown rule',
      'waivers:\n  - { release: R4, component: ceph, rule: horizn, reason: r, owner: o, expires: 2023-06-30 }\n',
      'UPK_UNKNOWN_RULE',
      2,
      /"horizn"/,
    ],
    [
      'a waiver for an unknown release',
      'waivers:\n  - { release: R5, component: ceph, rule: horizon, reason: r, owner: o, expires: 2023-06-30 }\n',
      'UPK_UNKNOWN_RELEASE',
      2,
      /"R5"/,
    ],
  ])('refuses %s with file, line and a hint', (_title, text, code, line, message) => {
    const e = error(text);
    expect(e.code).toBe(code);
    expect(e.location).toMatchObject({ file: expect.stringMatching(/commitments\.yaml$/), line });
    const p = e.problems[0];
    expect('message' in p && p.message).toMatch(message);
    expect('hint' in p && p.hint).toBeTruthy();
  });
});

describe('the documents of commitments.yaml', () => {
  it('docs/commitments.schema.json is its JSON Schema (run `npm run docs` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, 'docs/commitments.schema.json'), 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(CommitmentsFile, { io: 'input' }));
  });

  it('docs/commitments.md explains every key', () => {
    const doc = readFileSync(join(repoRoot, 'docs/commitments.md'), 'utf8');
    const keys = [...Object.keys(CommitmentsFile.shape), ...Object.keys(CommitmentFile.shape), ...Object.keys(WaiverFile.shape)];
    for (const key of keys) expect(doc, key).toMatch(new RegExp(`\\b${key}:`));
  });
});
