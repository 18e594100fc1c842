/**
 * `upkeep serve` under load (issue 16): GET /api/releases/R4/status on examples/scs with autocannon
 * (10 connections) against nginx serving the same JSON body as a static file in the same run, and a
 * soak with mixed reads and writes (RSS at its start and end). nginx is the Debian package
 * (`apt-get install nginx`); without it the comparison is skipped with a note.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url, seconds = 120) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    if (Date.now() > end) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function load(options) {
  return new Promise((resolve, reject) => autocannon(options, (err, result) => (err ? reject(err) : resolve(result))));
}

const summary = (r) => ({
  rps: r.requests.average,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
  requests: r.requests.total,
});

async function rssOf(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\S+)$/m.exec(text)?.[1] ?? Number.NaN) / 2 ** 20;
}

/**
 * @param {{ root: string, seconds: number, soakSeconds: number }} options
 */
export async function benchServe({ root, seconds, soakSeconds }) {
  const tmp = mkdtempSync(join(tmpdir(), 'upkeep-bench-serve-'));
  const ws = join(tmp, 'scs');
  cpSync(join(root, 'examples/scs'), ws, { recursive: true });
  const bin = join(root, 'dist/bundle/bin.js');
  // the embedded store (DATABASE_URL emptied): the figure is of one process
  const env = { ...process.env, UPKEEP_WRITE_LIMIT: '100000000', DATABASE_URL: '' };
  const token = spawnSync(process.execPath, [bin, 'token', 'create', '--role', 'reporter', '--name', 'bench', '--workspace', ws], {
    encoding: 'utf8',
    env,
  }).stdout.trim();
  const port = await freePort();
  const server = spawn(process.execPath, [bin, 'serve', ws, '--port', String(port)], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  let nginx;
  try {
    await waitFor(`${base}/readyz`);
    const url = `${base}/api/releases/R4/status`;
    const body = await (await fetch(url)).text();

    let nginxUrl;
    if (NGINX) {
      const nport = await freePort();
      // nginx's worker runs as an unprivileged user: the folder must be readable by it
      chmodSync(tmp, 0o755);
      mkdirSync(join(tmp, 'www/api/releases/R4'), { recursive: true });
      writeFileSync(join(tmp, 'www/api/releases/R4/status'), body);
      // one worker, as `upkeep serve` is one process; access log on, as upkeep logs every request
      writeFileSync(
        join(tmp, 'nginx.conf'),
        `worker_processes 1;\ndaemon off;\npid ${tmp}/nginx.pid;\nerror_log ${tmp}/nginx-error.log;\nevents { worker_connections 1024; }\nhttp {\n  access_log ${tmp}/nginx-access.log;\n  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi; uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;\n  default_type application/json;\n  server { listen 127.0.0.1:${nport}; root ${tmp}/www; }\n}\n`,
      );
      nginx = spawn(NGINX, ['-c', join(tmp, 'nginx.conf'), '-p', tmp], { stdio: 'ignore' });
      nginxUrl = `http://127.0.0.1:${nport}/api/releases/R4/status`;
      await waitFor(nginxUrl, 10);
    }

    // warm-up, then the two interleaved, twice each; the better run of each counts (the machine is shared)
    await load({ url, connections: 10, duration: 1 });
    const upkeepRuns = [];
    const nginxRuns = [];
    for (let i = 0; i < 2; i++) {
      if (nginxUrl) nginxRuns.push(summary(await load({ url: nginxUrl, connections: 10, duration: seconds })));
      upkeepRuns.push(summary(await load({ url, connections: 10, duration: seconds })));
    }
    const best = (runs) => runs.reduce((a, b) => (b.rps > a.rps ? b : a), runs[0]);

    // soak: mixed reads and writes at moderate load (4 connections), RSS at start and end
    const rssStart = await rssOf(base);
    const report = JSON.stringify({ product: 'ceph', version: '17.2.6', env: 'bench', outcome: 'upgrade-ok', severity: 'info', text: 'soak' });
    const soak = summary(
      await load({
        url: base,
        connections: 4,
        duration: soakSeconds,
        requests: [
          { method: 'GET', path: '/api/releases/R4/status' },
          { method: 'GET', path: '/api/releases/R3/findings?severity=warning' },
          { method: 'GET', path: '/api/reports/counts?product=ceph' },
          { method: 'POST', path: '/api/reports', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: report },
          { method: 'GET', path: '/metrics' },
        ],
      }),
    );
    const rssEnd = await rssOf(base);
    return {
      bytes: body.length,
      upkeep: best(upkeepRuns),
      nginx: nginxRuns.length ? best(nginxRuns) : undefined,
      soak,
      soakSeconds,
      rssStart,
      rssEnd,
      seconds,
    };
  } finally {
    server.kill('SIGTERM');
    nginx?.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(tmp, { recursive: true, force: true });
  }
}
