import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { storeBackends } from '../../test/store-backends.js';
import type { TestCaseResult } from '../core/stability/types.js';
import { embeddedDir, migrationsFolder, openStore } from './open.js';

/**
 * A store written before migration 0002 (a row per test case in `test_cases`) opens with its test
 * cases moved into chunks: `readEvidence` gives the same cases in the same order.
 */

/** migrations/ up to and including `last` (0001: the schema before test case chunks). */
function migrationsUpTo(last: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const journal = JSON.parse(readFileSync(join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) copyFileSync(join(migrationsFolder(), `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

// 7,001 cases in the first file (two chunks of 5,000 and one more), 3 in the second; odd names and suites
const firstFile: TestCaseResult[] = Array.from({ length: 7001 }, (_, i) => ({
  suite: i % 3 === 0 ? 'tempest.api.compute' : `suite "${i % 7}"\twith\\odd, {chars} ü`,
  name: `test_${i}${i % 11 === 0 ? '\nsecond line' : ''}`,
  outcome: (['passed', 'failed', 'error', 'skipped'] as const)[i % 4] as TestCaseResult['outcome'],
  seconds: i % 5 === 0 ? null : i / 1000 + 0.1,
}));
const secondFile: TestCaseResult[] = [
  { suite: 's', name: 'b', outcome: 'passed', seconds: 1e-7 },
  { suite: 's', name: 'a', outcome: 'failed', seconds: 12345.678901234 },
  { suite: '', name: '', outcome: 'skipped', seconds: 0 },
];

const insertOld = (fileId: number, rows: readonly TestCaseResult[]) =>
  `INSERT INTO test_cases (file_id, suite, name, outcome, seconds) SELECT ${fileId}, suite, name, outcome, seconds FROM json_to_recordset('${JSON.stringify(rows).replaceAll("'", "''")}'::json) AS x(suite text, name text, outcome text, seconds float8)`;

const OLD_STORE = `
INSERT INTO evidence_files (id, kind, product, version, cycle, env, source_name, sha256, records) VALUES
  (1, 'junit', 'ceph', '17.2.5', '17', 'lab', 'a.xml', 'a', ${firstFile.length}),
  (2, 'junit', 'ceph', '17.2.5', '17', 'lab', 'b.xml', 'b', ${secondFile.length}),
  (3, 'junit', 'ceph', '16.2.11', '16', 'lab', 'c.xml', 'c', 1);
SELECT setval('evidence_files_id_seq', 3);
${insertOld(1, firstFile)};
${insertOld(3, [{ suite: 'x', name: 'other version', outcome: 'passed', seconds: 2 }])};
${insertOld(2, secondFile)};
`;

describe.each(storeBackends())('a store written before test case chunks, on $name', (backend) => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await backend.cleanup();
  });

  it('opens with its test cases moved into chunks, the same cases in the same order', async () => {
    const place = await backend.fresh();
    const old = migrationsUpTo(1);
    dirs.push(old);
    if (place.databaseUrl === undefined) {
      mkdirSync(embeddedDir(place.workspaceDir), { recursive: true });
      const client = await PGlite.create(embeddedDir(place.workspaceDir));
      await migrateLite(drizzleLite({ client }), { migrationsFolder: old });
      await client.exec(OLD_STORE);
      await client.close();
    } else {
      const client = new pg.Client({ connectionString: place.databaseUrl });
      await client.connect();
      try {
        await migratePg(drizzlePg({ client }), { migrationsFolder: old });
        await client.query(OLD_STORE);
      } finally {
        await client.end();
      }
    }

    const store = await openStore(place);
    try {
      expect((await store.readEvidence({ product: 'ceph', version: '17.2.5' })).tests).toEqual([...firstFile, ...secondFile]);
      expect((await store.readEvidence({ product: 'ceph', version: '16.2.11' })).tests).toEqual([
        { suite: 'x', name: 'other version', outcome: 'passed', seconds: 2 },
      ]);
      // a file stored after the migration sits beside the migrated ones
      await store.addEvidence({ kind: 'junit', tag: { product: 'ceph', version: '17.2.5', cycle: '17', env: 'lab' }, sourceName: 'd.xml', sha256: 'd' }, [
        { records: 'tests', rows: secondFile },
      ]);
      expect((await store.readEvidence({ product: 'ceph', version: '17.2.5' })).tests).toEqual([...firstFile, ...secondFile, ...secondFile]);
      expect(await store.deleteEvidence(1)).toBe(true);
      expect((await store.readEvidence({ product: 'ceph', version: '17.2.5' })).tests).toEqual([...secondFile, ...secondFile]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
