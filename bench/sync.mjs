/**
 * `upkeep sync` with nothing changed upstream: 50 products answered by a local endoflife.date API
 * stand-in (ETag, 304 to If-None-Match). The second sync makes 50 conditional requests, at most
 * --parallel at once; timed as a whole process (warm parse cache) against `node -e 0`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function runNode(root, args, env = {}) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn('node', args, { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}`));
      else resolve(Number(process.hrtime.bigint() - t) / 1e6);
    });
  });
}

/** A workspace of `n` products, each with 12 yearly cycles, whose sources name an endoflife.date page. */
function workspace(n) {
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-bench-sync-'));
  mkdirSync(join(dir, 'products'));
  mkdirSync(join(dir, 'releases'));
  writeFileSync(join(dir, 'upkeep.yaml'), 'name: bench\ncomponents: {}\n');
  writeFileSync(join(dir, 'policy.yaml'), '');
  const answers = new Map();
  for (let p = 0; p < n; p++) {
    const id = `product-${String(p).padStart(2, '0')}`;
    const cycles = Array.from({ length: 12 }, (_, c) => ({ name: `${c + 1}.0`, releaseDate: `${2014 + c}-03-01`, eolFrom: `${2016 + c}-03-01` }));
    writeFileSync(
      join(dir, 'products', `${id}.yaml`),
      `id: ${id}\nname: Product ${p}\nscheme: semver\nsources:\n  - https://endoflife.date/${id}\ncycles:\n${cycles
        .map((c) => `  - cycle: "${c.name}"\n    released: ${c.releaseDate}\n    security: ${c.eolFrom}\n`)
        .join('')}`,
    );
    answers.set(`/api/v1/products/${id}`, JSON.stringify({ result: { name: id, label: `Product ${p}`, releases: cycles } }));
  }
  return { dir, answers };
}

export async function benchSync({ root, runs = 7, products = 50 }) {
  const { dir, answers } = workspace(products);
  const env = { UPKEEP_CACHE_DIR: join(dir, '.cache') }; // the parse cache, as a second run in CI has it
  let inFlight = 0;
  let maxInFlight = 0;
  let conditional = 0;
  let notModified = 0;
  const server = createServer((req, res) => {
    const body = answers.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('finish', () => inFlight--);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match']) conditional++;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    res.writeHead(200, { etag }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const api = `http://127.0.0.1:${server.address().port}/api/v1`;
  const sync = ['dist/bundle/bin.js', 'sync', dir, '--endoflife-api', api, '--date', '2026-11-30'];
  await runNode(root, sync, env); // the first sync stores the validators
  conditional = 0;
  notModified = 0;
  maxInFlight = 0;
  const base = [];
  const times = [];
  for (let i = 0; i < runs; i++) {
    base.push(await runNode(root, ['-e', '0']));
    times.push(await runNode(root, sync, env));
  }
  server.close();
  rmSync(dir, { recursive: true, force: true });
  return { products, ms: median(times), nodeMs: median(base), conditional: conditional / runs, notModified: notModified / runs, maxInFlight };
}
