import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/cli-io.js';
import { repoRoot } from '../../test/paths.js';
import { type ServedApp, scsCopy, scsDir, servedApp } from '../../test/served-app.js';
import { startReloader } from './reloader.js';

describe('the read API on examples/scs', () => {
  let s: ServedApp;
  beforeAll(async () => {
    s = await servedApp();
  }, 180_000);
  afterAll(() => s?.close());

  it('GET /api/releases/R4/status is the document of `upkeep status --format json` (the same use case)', async () => {
    const res = await s.app.inject('/api/releases/R4/status?asOf=2023-03-20');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const cli = await run('status', scsDir, '--as-of', '2023-03-20', '--release', 'R4', '--format', 'json');
    expect(res.json()).toEqual(JSON.parse(cli.out));
  });

  it('tags a status document (ETag): a client that has it gets 304 and no body; another date or state has another tag', async () => {
    const res = await s.app.inject('/api/releases/R4/status?asOf=2023-03-20');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)));
    const again = await s.app.inject({ url: '/api/releases/R4/status?asOf=2023-03-20', headers: { 'if-none-match': `"other", ${etag}` } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const stale = await s.app.inject({ url: '/api/releases/R4/status?asOf=2024-01-10', headers: { 'if-none-match': etag } });
    expect(stale.statusCode).toBe(200);
    expect(stale.headers.etag).not.toBe(etag);
    expect(stale.json().asOf).toBe('2024-01-10');
  });

  it('answers as of today (the server date) when no asOf is given, and as of another date when asked', async () => {
    expect((await s.app.inject('/api/releases/R4/status')).json()).toMatchObject({ asOf: '2023-03-20' });
    const later = (await s.app.inject('/api/releases/R4/status?asOf=2024-01-10')).json();
    expect(later.asOf).toBe('2024-01-10');
    // Ceph Pacific (R4's default) was maintained in March 2023 and had left maintenance by 2024
    const ceph = (doc: { pins: { component: string; alternative: boolean; state: string }[] }) =>
      doc.pins.find((p) => p.component === 'ceph' && !p.alternative)?.state;
    expect(ceph((await s.app.inject('/api/releases/R4/status?asOf=2023-03-20')).json())).toBe('maintained');
    expect(ceph(later)).toBe('ended');
  });

  it('lists the releases and, per release, the findings at or above a severity', async () => {
    expect((await s.app.inject('/api/releases')).json().releases.map((r: { id: string }) => r.id)).toEqual(['R3', 'R4', 'R4.1']);
    const errors = (await s.app.inject('/api/releases/R4/findings?severity=error')).json();
    expect(errors.findings.length).toBeGreaterThan(0);
    expect(errors.findings.every((f: { severity: string; release: string }) => f.severity === 'error' && f.release === 'R4')).toBe(true);
  });

  it("gives a product's cycles as known on a date: Ceph Reef is not known in March 2023", async () => {
    const march = (await s.app.inject('/api/products/ceph/lifecycle?asOf=2023-03-20')).json();
    expect(march.cycles.map((c: { codename: string }) => c.codename)).not.toContain('Reef');
    expect(march.cycles.find((c: { codename: string }) => c.codename === 'Pacific')).toMatchObject({ phase: 'maintained' });
    const later = (await s.app.inject('/api/products/ceph/lifecycle?asOf=2024-01-10')).json();
    expect(later.cycles.map((c: { codename: string }) => c.codename)).toContain('Reef');
  });

  it('answers plans and upgrade paths with the documents of `upkeep plan` and `upkeep paths`', async () => {
    const plan = await s.app.inject('/api/plan?release=R4.1&from=R4&date=2023-04-18&asOf=2023-03-20');
    expect(plan.statusCode).toBe(200);
    const cli = await run('plan', scsDir, '--release', 'R4.1', '--from', 'R4', '--date', '2023-04-18', '--as-of', '2023-03-20', '--format', 'json');
    expect(plan.json()).toEqual(JSON.parse(cli.out));
    const paths = (await s.app.inject('/api/paths?from=R3&to=R4.1&asOf=2023-03-20')).json();
    expect(paths).toMatchObject({ schema: 'upkeep.paths/v1', from: 'R3', to: 'R4.1' });
  });

  it.each([
    ['/api/releases/R9/status', 404, 'UPK_UNKNOWN_RELEASE', 'release "R9" is not in workspace "SCS"', 'use one of: R3, R4, R4.1'],
    ['/api/products/cepf/lifecycle', 404, 'UPK_UNKNOWN_PRODUCT', 'the workspace has no lifecycle of product "cepf"', 'did you mean ceph?'],
    [
      '/api/status?asOf=2023-02-30',
      400,
      'UPK_BAD_DATE',
      'asOf: 2023-02-30 is not a real calendar date: February 2023 has 28 days',
      'write it like asOf 2023-03-20',
    ],
    ['/api/status?asOf=yesterday', 400, 'UPK_BAD_REQUEST', 'querystring.asOf: a date in YYYY-MM-DD form', 'GET /openapi.json'],
    ['/api/status?as_of=2023-03-20', 400, 'UPK_BAD_REQUEST', 'querystring', 'GET /openapi.json'],
    ['/api/paths?from=R4&to=R3', 400, 'UPK_USAGE', 'R3 (2022-09-21) is older than R4 (2023-03-22): upgrades go forward', 'swap them'],
    ['/api/nothing-here', 404, 'UPK_NOT_FOUND', 'no route GET /api/nothing-here', 'GET /openapi.json lists the routes'],
  ])('GET %s: %i %s, worded as the CLI words it', async (url, status, code, message, hint) => {
    const res = await s.app.inject(url);
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body).toMatchObject({ error: code });
    expect(body.message).toContain(message);
    expect(body.details.hint).toContain(hint);
    expect(body.details.problems[0]).toMatchObject({ code });
  });

  it('serves an OpenAPI 3 document that validates, every route with a summary', async () => {
    const res = await s.app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.values(doc.paths as Record<string, Record<string, { summary?: string }>>).flatMap((ops) => Object.values(ops));
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((o) => !o.summary)).toEqual([]);
  });

  it('is ready once the workspace is loaded, and alive', async () => {
    expect((await s.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await s.app.inject('/readyz')).json()).toEqual({ status: 'ready', workspace: 'SCS', store: 'pglite' });
  });

  it('sends security headers: a CSP that allows nothing, no sniffing, no framing, no CORS', async () => {
    const res = await s.app.inject({ url: '/api/releases', headers: { origin: 'https://evil.example' } });
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('logs nothing here but gives each request an id, kept from a proxy’s x-request-id', async () => {
    const res = await s.app.inject({ url: '/api/nothing', headers: { 'x-request-id': 'proxy-42' } });
    expect(res.statusCode).toBe(404);
    const bug = await s.app.inject({ url: '/healthz', headers: { 'x-request-id': 'proxy-43' } });
    expect(bug.statusCode).toBe(200);
  });
});

describe('experience reports', () => {
  let s: ServedApp;
  beforeAll(async () => {
    s = await servedApp();
  }, 180_000);
  afterAll(() => s?.close());
  const report = (over: Record<string, unknown> = {}) => ({
    product: 'ceph',
    version: '17.2.6',
    env: 'gx-scs',
    outcome: 'upgrade-ok',
    severity: 'info',
    text: 'upgraded 3 clusters',
    date: '2023-03-18',
    ...over,
  });

  it('stores a report (201), lists it and counts it per version by outcome', async () => {
    const post = await s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('reporter'), payload: report() });
    expect(post.statusCode).toBe(201);
    expect(post.json()).toMatchObject({ id: expect.any(Number), ...report() });
    await s.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: s.auth('reporter'),
      payload: report({ outcome: 'regression', severity: 'major', date: '2023-03-19' }),
    });
    await s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('reporter'), payload: report({ version: '16.2.11' }) });
    expect((await s.app.inject('/api/reports?product=ceph&version=17.2.6')).json()).toHaveLength(2);
    expect((await s.app.inject('/api/reports/counts?product=ceph')).json()).toEqual([
      { product: 'ceph', version: '16.2.11', reports: 1, outcomes: { 'upgrade-ok': 1, regression: 0, incident: 0 }, latest: '2023-03-18' },
      { product: 'ceph', version: '17.2.6', reports: 2, outcomes: { 'upgrade-ok': 1, regression: 1, incident: 0 }, latest: '2023-03-19' },
    ]);
  });

  it('keeps HTML in a report as text, sent as JSON that no browser renders', async () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
    const post = await s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('reporter'), payload: report({ text }) });
    const id = post.json().id;
    expect((await s.store.listReports()).find((r) => r.id === id)?.text).toBe(text);
    const list = await s.app.inject('/api/reports?product=ceph');
    expect(list.json().find((r: { id: number }) => r.id === id).text).toBe(text);
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(list.headers['x-content-type-options']).toBe('nosniff');
    expect(list.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it.each([
    ['an unknown product', report({ product: 'cepf' }), 404, 'UPK_UNKNOWN_PRODUCT'],
    ['an unknown outcome', report({ outcome: 'meh' }), 400, 'UPK_BAD_REQUEST'],
    ['a missing field', { product: 'ceph' }, 400, 'UPK_BAD_REQUEST'],
    ['an extra field', report({ admin: true }), 400, 'UPK_BAD_REQUEST'],
    ['a text over 10,000 characters', report({ text: 'x'.repeat(10_001) }), 400, 'UPK_BAD_REQUEST'],
    ['an impossible date', report({ date: '2023-02-29' }), 400, 'UPK_BAD_DATE'],
  ])('refuses %s, storing nothing', async (_what, body, status, code) => {
    const before = (await s.store.listReports()).length;
    const res = await s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('reporter'), payload: body });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error).toBe(code);
    expect((await s.store.listReports()).length).toBe(before);
  });

  it('stores an uploaded evidence file as `upkeep evidence add` does (201), lists it, and takes the same content again as a duplicate (200)', async () => {
    const xml = readFileSync(join(repoRoot, 'test/fixtures/evidence/tempest-subunit2junitxml.xml'));
    const upload = () =>
      s.app.inject({
        method: 'POST',
        url: '/api/evidence?kind=junit&product=ceph&version=17.2.5&env=gx-scs&name=tempest.xml',
        headers: { ...s.auth('reporter'), 'content-type': 'application/xml' },
        payload: xml,
      });
    const first = await upload();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      duplicate: false,
      file: { kind: 'junit', tag: { product: 'ceph', version: '17.2.5', cycle: '17', env: 'gx-scs' }, sourceName: 'upload:tempest.xml' },
    });
    expect(first.json().file.records).toBeGreaterThan(0);
    const again = await upload();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, file: { id: first.json().file.id } });
    expect((await s.app.inject('/api/evidence?product=ceph')).json().map((f: { id: number }) => f.id)).toEqual([first.json().file.id]);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/evidence/${first.json().file.id}`, headers: s.auth('maintainer') })).statusCode).toBe(204);
    expect(await s.store.listEvidence()).toEqual([]);
  });

  it.each([
    ['an unknown product', '?kind=junit&product=cepf&version=17.2.5', '<testsuite/>', 404, 'UPK_UNKNOWN_PRODUCT'],
    ['an unknown kind', '?kind=pdf&product=ceph&version=17.2.5', '<testsuite/>', 400, 'UPK_BAD_REQUEST'],
    ['a file that is not of its kind', '?kind=junit&product=ceph&version=17.2.5', 'not xml at all', 400, 'UPK_EVIDENCE_INPUT'],
    ['no body', '?kind=junit&product=ceph&version=17.2.5', '', 400, 'UPK_BAD_REQUEST'],
  ])('refuses an upload with %s, storing nothing', async (_what, query, body, status, code) => {
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/evidence${query}`,
      headers: { ...s.auth('reporter'), 'content-type': 'application/xml' },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error).toBe(code);
    expect(await s.store.listEvidence()).toEqual([]);
  });

  it('lets an admin create, list and revoke tokens over the API, and read the audit log', async () => {
    const created = await s.app.inject({ method: 'POST', url: '/api/tokens', headers: s.auth('admin'), payload: { name: 'ops', role: 'maintainer' } });
    expect(created.statusCode).toBe(201);
    const { token, row } = created.json();
    expect((await s.app.inject({ method: 'POST', url: '/api/reload', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    expect((await s.app.inject({ method: 'DELETE', url: `/api/tokens/${row.id}`, headers: s.auth('admin') })).statusCode).toBe(204);
    expect((await s.app.inject({ method: 'POST', url: '/api/reload', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const audit = (await s.app.inject({ url: '/api/audit', headers: s.auth('admin') })).json();
    expect(audit.slice(0, 3).map((a: { action: string }) => a.action)).toEqual(['token.revoke', 'workspace.reload', 'token.create']);
    expect(audit[1].actor).toBe(`token ${row.id} (ops)`);
  });
});

describe('reloading the workspace', () => {
  let s: ServedApp;
  let ws: ReturnType<typeof scsCopy>;
  beforeAll(async () => {
    ws = scsCopy();
    s = await servedApp({ workspaceDir: ws.dir });
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    ws?.remove();
  });

  it('refuses a bad edit with 422 and its problems, and keeps serving the last good state', async () => {
    const policy = join(ws.dir, 'policy.yaml');
    const good = readFileSync(policy, 'utf8');
    writeFileSync(policy, `${good}\nhorizon: [oops\n`);
    try {
      const res = await s.app.inject({ method: 'POST', url: '/api/reload', headers: s.auth('maintainer') });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toBe('UPK_YAML_SYNTAX');
      expect(res.json().details.problems[0].location).toContain('policy.yaml');
      expect((await s.app.inject('/api/releases/R4/status')).statusCode).toBe(200);
    } finally {
      writeFileSync(policy, good);
    }
  });

  it('answers every request while reloads land (no request dropped)', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => s.app.inject(`/api/releases/R4/status?asOf=2023-03-${String(10 + (i % 10)).padStart(2, '0')}`));
    const reloads = [1, 2, 3].map(() => s.app.inject({ method: 'POST', url: '/api/reload', headers: s.auth('maintainer') }));
    const all = await Promise.all([...requests, ...reloads]);
    expect(all.map((r) => r.statusCode)).toEqual(all.map(() => 200));
  });

  it('reads the files again when one changes (watched, debounced)', async () => {
    const reloader = startReloader(s.ctx, s.metrics, s.app.log);
    const file = join(ws.dir, 'releases/R4.1.yaml');
    const text = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, text.replace(/^version: .*$/m, 'version: 5.1.9'));
      await expect
        .poll(async () => (await s.app.inject('/api/releases')).json().releases.find((r: { id: string }) => r.id === 'R4.1').version, { timeout: 10_000 })
        .toBe('5.1.9');
    } finally {
      reloader.close();
      writeFileSync(file, text);
    }
  });
});

describe('the request log', () => {
  it("logs each request as JSON lines carrying its id (a proxy's x-request-id kept): received, then completed with its status", async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    const s = await servedApp({ logger: { level: 'info', stream } });
    try {
      await s.app.inject({ url: '/api/releases/R4/status?asOf=2023-03-20', headers: { 'x-request-id': 'trace-42' } });
      expect(lines.filter((l) => l.reqId === 'trace-42').map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
      expect(lines.find((l) => l.reqId === 'trace-42' && l.msg === 'request completed')).toMatchObject({
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      });
    } finally {
      await s.close();
    }
  }, 120_000);
});
