import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedApp, servedApp } from '../../test/served-app.js';

const report = { product: 'ceph', version: '17.2.6', env: 'gx-scs', outcome: 'upgrade-ok', severity: 'info', text: 'fine' };

describe('bad input and abuse', () => {
  let s: ServedApp;
  beforeAll(async () => {
    s = await servedApp({ bodyLimit: 64 * 1024, writeLimit: { max: 5, timeWindow: 60_000 } });
  }, 180_000);
  afterAll(() => s?.close());
  const count = async () => (await s.store.listReports()).length;

  it('refuses a body over the limit with 413 JSON, storing nothing', async () => {
    const before = await count();
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { ...s.auth('admin'), 'content-type': 'application/json' },
      payload: JSON.stringify({ ...report, text: 'x'.repeat(100 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toMatchObject({ error: 'UPK_TOO_LARGE' });
    expect(await count()).toBe(before);
  });

  // a form (the dashboard's report form) is answered with a page: src/server/dashboard.test.ts
  it.each([
    ['malformed JSON', 'application/json', '{"product": "ceph",', 'UPK_BAD_REQUEST'],
    ['a JSON array', 'application/json', '[1,2]', 'UPK_BAD_REQUEST'],
    ['XML instead of JSON', 'application/xml', '<report/>', 'UPK_BAD_REQUEST'],
    ['an empty body', 'application/json', '', 'UPK_BAD_REQUEST'],
  ])('refuses %s with 400 JSON, storing nothing', async (_what, type, payload, code) => {
    const before = await count();
    const res = await s.app.inject({ method: 'POST', url: '/api/reports', headers: { ...s.auth('admin'), 'content-type': type }, payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toBe(code);
    expect(await count()).toBe(before);
  });

  it.each([
    '/api/releases/..%2F..%2F..%2Fetc%2Fpasswd/status',
    '/api/releases/%2E%2E/status',
    '/api/products/..%2Fupkeep/lifecycle',
    '/api/products/%2Fetc%2Fpasswd/lifecycle',
    '/api/releases/../../../../etc/passwd',
    '/api/paths?from=../../etc/passwd&to=R4',
    '/openapi.json/../../../../etc/passwd',
  ])('names no file with %s: JSON of a route, or 400/404, nothing of the file', async (url) => {
    const res = await s.app.inject(url);
    // the router resolves `..` in a path to another route (/api/releases/%2E%2E/status is /api/status), never to a file
    expect([200, 400, 404]).toContain(res.statusCode);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.body).not.toMatch(/root:|upkeep\.yaml|components:/);
  });

  it('limits a flood of writes (429 with Retry-After), counts them per token, and keeps serving', async () => {
    const before = await count();
    const writes = await Promise.all(
      Array.from({ length: 30 }, () => s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('reporter'), payload: report })),
    );
    const codes = writes.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(25);
    const limited = writes.find((r) => r.statusCode === 429);
    expect(limited?.json()).toMatchObject({ error: 'UPK_RATE_LIMITED' });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    expect(await count()).toBe(before + 5);
    // reads are not limited, and another token has its own allowance
    expect((await s.app.inject('/api/releases/R4/status')).statusCode).toBe(200);
    expect((await s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('maintainer'), payload: report })).statusCode).toBe(201);
    expect((await s.app.inject('/healthz')).statusCode).toBe(200);
  });

  it('ignores a header that only looks like a token', async () => {
    for (const authorization of ['Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(5000)}`, 'Bearer a b'])
      expect((await s.app.inject({ method: 'POST', url: '/api/reload', headers: { authorization } })).statusCode).toBe(401);
  });
});
