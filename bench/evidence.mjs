/**
 * Evidence ingest speed: a generated JUnit file (tempest-like names, a failure with its traceback
 * every 20th case, a skip every 30th) stored through the real path (hash, streaming parse, batched
 * inserts in one transaction) against the bare streaming parse of the same file with saxes and no
 * handlers (the floor any streaming ingest stands on). Called by bench/run.mjs; `node
 * bench/evidence.mjs [MB]` runs it alone. Uses dist/ (npm run build).
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';

const CLASSES = [
  'tempest.api.compute.servers.test_create_server.ServersTestJSON',
  'tempest.api.volume.test_volumes_actions.VolumesActionsTest',
  'tempest.api.network.test_ports.PortsTestJSON',
  'tempest.scenario.test_volume_boot_pattern.TestVolumeBootPattern',
];
const TRACEBACK = `Traceback (most recent call last):
  File "/opt/stack/tempest/tempest/common/waiters.py", line 98, in wait_for_server_status
    raise lib_exc.TimeoutException(message)
tempest.lib.exceptions.TimeoutException: Request timed out
Details: (ServersTestJSON:test_create_server) Server 7c1b… failed to reach ACTIVE status and task state "None" within the required time (196 s).`;

/** Writes a JUnit XML file of about `bytes`; returns the number of test cases. */
export async function writeJunit(path, bytes) {
  const out = createWriteStream(path);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="tempest" tests="0">\n');
  let written = 0;
  let cases = 0;
  while (written < bytes) {
    let chunk = '';
    for (let k = 0; k < 1000; k++, cases++) {
      const cls = CLASSES[cases % CLASSES.length];
      const name = `test_case_${cases}[id-${((cases * 2654435761) >>> 0).toString(16).padStart(8, '0')}-4e4a-a9ee-d85b6e5612b5,smoke]`;
      const time = ((cases % 997) / 10).toFixed(3);
      if (cases % 20 === 0)
        chunk += `<testcase classname="${cls}" name="${name}" time="${time}"><failure type="testtools.testresult.real._StringException">${TRACEBACK}</failure></testcase>\n`;
      else if (cases % 30 === 0)
        chunk += `<testcase classname="${cls}" name="${name}" time="0.000"><skipped>Skipped until Bug 1924258 is resolved.</skipped></testcase>\n`;
      else chunk += `<testcase classname="${cls}" name="${name}" time="${time}"/>\n`;
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end('</testsuite>\n</testsuites>\n');
  await once(out, 'finish');
  return cases;
}

/** The floor: read the file and feed saxes, no handlers. */
async function bareParse(path) {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
}

/** A database of its own on the server of `url` (other users share it), dropped by the returned function. */
async function scratchDatabase(url) {
  const { default: pg } = await import('pg');
  const name = `upkeep_bench_${process.pid}_${Date.now()}`;
  const admin = async (q) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** `databaseUrl`: measure on that PostgreSQL server (in a scratch database) instead of the embedded store. */
export async function benchIngest({ mb = 50, runs = 3, databaseUrl } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-bench-evidence-'));
  try {
    const file = join(dir, 'tempest.xml');
    const cases = await writeJunit(file, mb * 1024 * 1024);
    const size = statSync(file).size;
    const { openStore } = await import('../dist/store/index.js');
    const { ingestFile } = await import('../dist/app/evidence.js');
    const scratch = databaseUrl ? await scratchDatabase(databaseUrl) : undefined;
    const store = await openStore({ workspaceDir: dir, databaseUrl: scratch?.url });
    const bare = [];
    const ingest = [];
    let records = 0;
    try {
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        await bareParse(file);
        bare.push(performance.now() - t);
        t = performance.now();
        // a new env each run: the same content under another tag is stored again, not skipped as a duplicate
        const r = await ingestFile(store, {
          kind: 'junit',
          path: file,
          sourceName: 'tempest.xml',
          tag: { product: 'bench', version: '1.0', cycle: '1', env: `run-${i}` },
        });
        ingest.push(performance.now() - t);
        records = r.row.records;
      }
    } finally {
      await store.close();
      await scratch?.drop();
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { size, cases, records, bareMs: median(bare), ingestMs: median(ingest), ratio: median(bare) / median(ingest), backend: store.backend };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchIngest({ mb: Number(process.argv[2] ?? 50), runs: Number(process.argv[3] ?? 3), databaseUrl: process.argv[4] });
  console.log(r);
}
