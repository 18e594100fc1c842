import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';
import { storeBackends } from './store-backends.js';

/**
 * `upkeep serve` as a process (the built bundle, as a user runs it): a kill -9 loses nothing
 * acknowledged, SIGTERM lets requests in flight finish, and replicas on one PostgreSQL share
 * writes and reloads.
 */
const bin = join(repoRoot, 'dist/bundle/bin.js');
const scs = join(repoRoot, 'examples/scs');

interface Served {
  readonly url: string;
  readonly proc: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly log: () => string;
}

const running: ChildProcess[] = [];
const temps: string[] = [];
afterAll(() => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGKILL');
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function workspaceCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-serve-proc-'));
  temps.push(dir);
  cpSync(scs, dir, { recursive: true });
  return dir;
}

function upkeep(args: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, UPKEEP_CACHE: 'off', DATABASE_URL: '' } });
  if (r.status !== 0) throw new Error(`upkeep ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function serve(dir: string, database?: string): Promise<Served> {
  const proc = spawn(process.execPath, [bin, 'serve', dir, '--port', '0', ...(database ? ['--database', database] : [])], {
    // the database is the one given, else the embedded one: never the shared server of DATABASE_URL
    env: { ...process.env, UPKEEP_CACHE: 'off', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(proc);
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let err = '';
    proc.stderr?.on('data', (d) => {
      err += String(d);
      const m = /on (http:\/\/[^\s]+) \(OpenAPI/.exec(err);
      if (m) resolve({ url: m[1] as string, proc, exited, log: () => out });
    });
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

const report = { product: 'ceph', version: '17.2.6', env: 'gx-scs', outcome: 'incident', severity: 'critical', text: 'acknowledged then killed' };

describe.each(storeBackends())('upkeep serve on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('keeps a report acknowledged with 201 through a kill -9 and a restart', async () => {
    const place = await backend.fresh();
    const dir = workspaceCopy();
    const db = place.databaseUrl;
    const token = upkeep(['token', 'create', '--role', 'reporter', '--name', 'ci', '--workspace', dir, ...(db ? ['--database', db] : [])]);
    const first = await serve(dir, db);
    const res = await fetch(`${first.url}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    first.proc.kill('SIGKILL');
    await first.exited;
    const second = await serve(dir, db);
    const reports = (await (await fetch(`${second.url}/api/reports?product=ceph`)).json()) as { id: number; text: string }[];
    expect(reports.find((r) => r.id === id)?.text).toBe(report.text);
    // `upkeep serve` mounts the dashboard's pages (the bundle finds the chart DOM and the flavor core)
    for (const path of ['/timeline?asOf=2023-03-20', '/flavors']) {
      const page = await fetch(`${second.url}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
    expect(await (await fetch(`${second.url}/timeline?asOf=2023-03-20`)).text()).toContain('Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01');
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});

describe('shutting down', () => {
  it('on SIGTERM: a request in flight finishes, then the process closes the store and exits 0', async () => {
    const s = await serve(workspaceCopy());
    const inFlight = fetch(`${s.url}/api/plan?release=R5&date=2023-09-20&asOf=2023-03-20`);
    // in flight: the server has logged the request (a plan is solved after that, hundreds of milliseconds)
    await expect.poll(() => s.log().includes('"url":"/api/plan'), { timeout: 20_000, interval: 5 }).toBe(true);
    s.proc.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { schema: string }).schema).toBe('upkeep.plan/v1');
    expect(await s.exited).toBe(0);
  }, 120_000);
});

describe.runIf(process.env.DATABASE_URL)('two replicas on one PostgreSQL', () => {
  const [, postgres] = storeBackends();
  afterAll(() => postgres?.cleanup());

  it('a write acknowledged by one is read by the other; a reload on one reaches the other (LISTEN/NOTIFY)', async () => {
    const place = await (postgres as NonNullable<typeof postgres>).fresh();
    const db = place.databaseUrl as string;
    const [dirA, dirB] = [workspaceCopy(), workspaceCopy()];
    const admin = upkeep(['token', 'create', '--role', 'maintainer', '--name', 'ops', '--database', db, '--workspace', dirA]);
    const [a, b] = await Promise.all([serve(dirA, db), serve(dirB, db)]);
    const post = await fetch(`${a.url}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(post.status).toBe(201);
    const { id } = (await post.json()) as { id: number };
    const onB = (await (await fetch(`${b.url}/api/reports`)).json()) as { id: number }[];
    expect(onB.map((r) => r.id)).toContain(id);

    const reloadsOnB = async () => {
      const text = await (await fetch(`${b.url}/metrics`)).text();
      return Number(/upkeep_workspace_reloads_total\{outcome="ok"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    const before = await reloadsOnB();
    expect((await fetch(`${a.url}/api/reload`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
    await expect.poll(reloadsOnB, { timeout: 10_000 }).toBeGreaterThan(before);
    a.proc.kill('SIGTERM');
    b.proc.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  }, 120_000);
});
