import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJunit } from '../bench/evidence.mjs';
import { openStore } from '../src/store/open.js';
import { repoRoot } from './paths.js';
import { storeBackends } from './store-backends.js';

/**
 * A process killed (SIGKILL, no cleanup) in the middle of an import leaves the store as it was
 * before: the file's transaction never committed, so neither its row nor any of its records is
 * there, and the store opens and takes the next file. Uses dist/ (npm test builds it first).
 */
const dist = (p: string) => pathToFileURL(join(repoRoot, 'dist', p)).href;

const CHILD = `
import { openStore } from '${dist('store/index.js')}';
import { junit } from '${dist('formats/evidence/junit/index.js')}';
const [workspaceDir, databaseUrl, path] = process.argv.slice(2);
const store = await openStore({ workspaceDir, databaseUrl: databaseUrl || undefined });
const tag = { product: 'ceph', version: '17.2.5', cycle: '17', env: 'kill' };
let n = 0;
async function* batches() {
  for await (const b of junit.parse({ path, tag })) {
    yield b;
    if (++n === 3) process.stdout.write('mid\\n');
  }
}
await store.addEvidence({ kind: 'junit', tag, sourceName: 'big.xml', sha256: 'big' }, batches());
process.stdout.write('done\\n');
await store.close();
`;

describe.each(storeBackends())('a process killed in the middle of an import, on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('leaves no part of the file in the store, which opens and takes the next file', async () => {
    const place = await backend.fresh();
    // the migrations are applied before the child starts: it is killed while importing, not while creating the store
    await (await openStore(place)).close();
    const big = join(place.workspaceDir, 'big.xml');
    await writeJunit(big, 12 * 1024 * 1024);
    const script = join(place.workspaceDir, 'child.mjs');
    writeFileSync(script, CHILD);

    const child = spawn(process.execPath, [script, place.workspaceDir, place.databaseUrl ?? '', big], { stdio: ['ignore', 'pipe', 'inherit'] });
    const said = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('mid') || out.includes('done')) {
          child.kill('SIGKILL');
          resolve(out);
        }
      });
      child.on('exit', () => resolve(out));
    });
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.on('exit', r)));
    expect(said).toContain('mid');
    expect(said).not.toContain('done');
    expect(child.signalCode).toBe('SIGKILL');

    const store = await openStore(place);
    try {
      expect(await store.listEvidence()).toEqual([]);
      expect((await store.readEvidence({ product: 'ceph', version: '17.2.5' })).tests).toEqual([]);
      const next = await store.addEvidence(
        { kind: 'junit', tag: { product: 'ceph', version: '17.2.5', cycle: '17', env: 'kill' }, sourceName: 'small.xml', sha256: 'small' },
        [{ records: 'tests', rows: [{ suite: 's', name: 'n', outcome: 'passed', seconds: 1 }] }],
      );
      expect(next.row.records).toBe(1);
      expect((await store.readEvidence({ product: 'ceph', version: '17.2.5' })).tests).toHaveLength(1);
    } finally {
      await store.close();
    }
  }, 180_000);
});
