/**
 * A local stand-in for the lifecycle sources `upkeep sync` reads (endoflife.date API v1, Ceph's
 * releases.yml, OpenStack's series_status.yaml) and a tiny forward/CONNECT proxy. Tests never
 * reach the network.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import type { Cycle, Product } from '../src/core/lifecycle/types.js';
import { loadWorkspace } from '../src/workspace/load.js';
import { run } from './cli-io.js';
import { data, repoRoot } from './paths.js';

export interface Route {
  /** The answer's body. */
  body: string;
  status?: number;
  /** Wait this long before answering (a timeout test). */
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
  /** Answer with these statuses first (a 500, then 200: a retry test). */
  failFirst?: number[];
}

export interface FakeSources {
  readonly url: string;
  readonly routes: Map<string, Route>;
  /** Every request: path and whether it was conditional. */
  readonly requests: { path: string; conditional: boolean }[];
  /** The most requests open at once since the last reset. */
  maxInFlight(reset?: boolean): number;
  close(): Promise<void>;
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function track(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

/** The self-signed certificate of test/fixtures/tls (for 127.0.0.1). */
export const TEST_CA = resolve(repoRoot, 'test/fixtures/tls/server.crt');

/** A server answering each route with an ETag, and 304 to a matching If-None-Match; over TLS with `tls`. */
export async function fakeSources(options: { tls?: boolean } = {}): Promise<FakeSources> {
  const routes = new Map<string, Route>();
  const requests: { path: string; conditional: boolean }[] = [];
  let inFlight = 0;
  let most = 0;
  const handler = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    inFlight++;
    most = Math.max(most, inFlight);
    res.on('close', () => inFlight--);
    const path = (req.url ?? '/').replace(/^https?:\/\/[^/]+/, '');
    requests.push({ path, conditional: Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']) });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if (route.hang) return;
    const first = route.failFirst?.shift();
    const answer = () => {
      if (first) return void res.writeHead(first).end('failing');
      const etag = etagOf(route.body);
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(route.status ?? 200, { etag, 'last-modified': 'Mon, 02 Nov 2026 10:00:00 GMT' }).end(route.body);
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  };
  const server = options.tls
    ? createHttpsServer({ cert: readFileSync(TEST_CA), key: readFileSync(resolve(repoRoot, 'test/fixtures/tls/server.key')) }, handler)
    : createServer(handler);
  const sockets = track(server as Server);
  const port = await listen(server as Server);
  const maxInFlight = (reset = false) => {
    const m = most;
    if (reset) most = 0;
    return m;
  };
  return { url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`, routes, requests, maxInFlight, close: () => closeServer(server as Server, sockets) };
}

export interface FakeProxy {
  readonly url: string;
  /** Targets asked for through the proxy (CONNECT host:port, or the absolute URL of a forwarded request). */
  readonly seen: string[];
  close(): Promise<void>;
}

/** A forward proxy: CONNECT tunnels and absolute-URL requests, both recorded. */
export async function fakeProxy(): Promise<FakeProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const target = new URL(req.url ?? '');
    const up = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  server.on('connect', (req, client: Socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const sockets = track(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, seen, close: () => closeServer(server, sockets) };
}

const end = (c: Cycle, phase: 'maintained' | 'security' | 'extended') => c.ends[phase]?.announced;

/** An endoflife.date API v1 answer saying what a workspace product says now (for "unchanged"). */
export function apiAnswer(p: Product, edit: (c: Cycle) => Cycle = (c) => c): string {
  const flag = (v: string | boolean | undefined, is: string, from: string) =>
    v === undefined ? {} : typeof v === 'string' ? { [is]: false, [from]: v } : { [is]: v };
  return JSON.stringify({
    schema_version: '1.2.0',
    result: {
      name: p.id,
      label: p.name,
      releases: p.cycles.map(edit).map((c) => ({
        name: c.id,
        ...(c.codename ? { codename: c.codename } : {}),
        ...(c.released ? { releaseDate: c.released } : {}),
        ...(c.lts !== undefined ? { isLts: c.lts } : {}),
        ...flag(end(c, 'maintained'), 'isEoas', 'eoasFrom'),
        ...flag(end(c, 'security'), 'isEol', 'eolFrom'),
        ...flag(end(c, 'extended'), 'isEoes', 'eoesFrom'),
        ...(c.latest ? { latest: { name: c.latest, date: c.latestDate ?? null } } : {}),
      })),
    },
  });
}

/** Every file of a folder and its text: "nothing changed" is this being equal. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/**
 * Copies examples/scs into `dir` with its sources on the fake server, serving what the workspace
 * says now (ceph and openstack: the reference files the example was imported from). Routes live
 * under a prefix of the copy's own, so copies do not share them.
 */
export function scsWithSources(srv: FakeSources, dir: string): { dir: string; prefix: string } {
  cpSync(resolve(repoRoot, 'examples/scs'), dir, { recursive: true });
  const prefix = `/${statSync(dir).ino}`;
  for (const p of loadWorkspace(dir).products.values()) srv.routes.set(`${prefix}/api/v1/products/${p.id}`, { body: apiAnswer(p) });
  srv.routes.set(`${prefix}/ceph/releases.yml`, { body: readFileSync(data('ceph/releases.yml'), 'utf8') });
  srv.routes.set(`${prefix}/openstack/series_status.yaml`, { body: readFileSync(data('openstack/series_status.yaml'), 'utf8') });
  appendFileSync(join(dir, 'products/ceph.yaml'), `sync:\n  url: ${srv.url}${prefix}/ceph/releases.yml\n`);
  appendFileSync(join(dir, 'products/openstack.yaml'), `sync:\n  url: ${srv.url}${prefix}/openstack/series_status.yaml\n`);
  return { dir, prefix };
}

/** `upkeep sync` of such a copy, no retries (a failing route fails at once). */
export const syncFrom = (srv: FakeSources, dir: string, prefix: string, date: string, ...more: string[]) =>
  run('sync', dir, '--endoflife-api', `${srv.url}${prefix}/api/v1`, '--date', date, '--retries', '0', ...more);
