import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { type ServedApp, servedApp } from '../../test/served-app.js';
import type { Access } from './context.js';

/** Every route with a request that is valid when allowed, and who may send it. */
const ROUTES: readonly { method: 'GET' | 'POST' | 'DELETE'; path: string; url: string; access: Access; body?: unknown; contentType?: string }[] = [
  { method: 'GET', path: '/healthz', url: '/healthz', access: 'public' },
  { method: 'GET', path: '/readyz', url: '/readyz', access: 'public' },
  { method: 'GET', path: '/openapi.json', url: '/openapi.json', access: 'public' },
  { method: 'GET', path: '/metrics', url: '/metrics', access: 'read' },
  { method: 'GET', path: '/api/releases', url: '/api/releases', access: 'read' },
  { method: 'GET', path: '/api/status', url: '/api/status?asOf=2023-03-20', access: 'read' },
  { method: 'GET', path: '/api/releases/{id}/status', url: '/api/releases/R4/status', access: 'read' },
  { method: 'GET', path: '/api/releases/{id}/findings', url: '/api/releases/R4/findings?severity=error', access: 'read' },
  { method: 'GET', path: '/api/products', url: '/api/products', access: 'read' },
  { method: 'GET', path: '/api/products/{id}/lifecycle', url: '/api/products/ceph/lifecycle', access: 'read' },
  { method: 'GET', path: '/api/plan', url: '/api/plan?release=R4.1&from=R4&date=2023-04-18&asOf=2023-03-20', access: 'read' },
  { method: 'GET', path: '/api/paths', url: '/api/paths?from=R3&to=R4', access: 'read' },
  { method: 'GET', path: '/api/reports', url: '/api/reports?product=ceph', access: 'read' },
  { method: 'GET', path: '/api/reports/counts', url: '/api/reports/counts', access: 'read' },
  { method: 'GET', path: '/api/evidence', url: '/api/evidence?product=ceph', access: 'read' },
  { method: 'GET', path: '/api/notices', url: '/api/notices?audience=operators&asOf=2023-03-20', access: 'read' },
  { method: 'GET', path: '/notices.atom', url: '/notices.atom?products=ceph', access: 'read' },
  { method: 'GET', path: '/notices.ics', url: '/notices.ics?audience=operators', access: 'read' },
  { method: 'GET', path: '/api/assess', url: '/api/assess?product=ceph&candidate=17.2.5&baseline=16.2.11&asOf=2023-03-20', access: 'read' },
  {
    method: 'POST',
    path: '/api/reports',
    url: '/api/reports',
    access: 'reporter',
    body: { product: 'ceph', version: '17.2.6', env: 'gx-scs', outcome: 'upgrade-ok', severity: 'info', text: 'fine' },
  },
  {
    method: 'POST',
    path: '/api/evidence',
    url: '/api/evidence?kind=junit&product=ceph&version=17.2.5&env=gx-scs&name=tempest.xml',
    access: 'reporter',
    body: readFileSync(join(repoRoot, 'test/fixtures/evidence/tempest-subunit2junitxml.xml'), 'utf8'),
    contentType: 'application/xml',
  },
  { method: 'DELETE', path: '/api/evidence/{id}', url: '/api/evidence/999', access: 'maintainer' },
  { method: 'POST', path: '/api/reload', url: '/api/reload', access: 'maintainer' },
  { method: 'GET', path: '/api/tokens', url: '/api/tokens', access: 'admin' },
  { method: 'POST', path: '/api/tokens', url: '/api/tokens', access: 'admin', body: { name: 'made-by-admin', role: 'reporter' } },
  { method: 'DELETE', path: '/api/tokens/{id}', url: '/api/tokens/999', access: 'admin' },
  { method: 'GET', path: '/api/audit', url: '/api/audit?limit=5', access: 'admin' },
];

const CALLERS = ['nobody', 'unknown token', 'revoked token', 'reporter', 'maintainer', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
const RANK = { reporter: 1, maintainer: 2, admin: 3 } as const;

/** What a caller gets on a route: let through (whatever the route then answers), 401 or 403. */
function expected(access: Access, caller: Caller, privateReads: boolean): 'allowed' | 401 | 403 {
  if (access === 'public' || (access === 'read' && !privateReads)) return 'allowed';
  if (!(caller in RANK)) return 401;
  if (access === 'read') return 'allowed';
  return RANK[caller as keyof typeof RANK] >= RANK[access] ? 'allowed' : 403;
}

/** What the store holds: a refused request must change none of it. */
async function stored(s: ServedApp) {
  return {
    reports: (await s.store.listReports()).length,
    tokens: (await s.store.listTokens()).map((t) => `${t.id}:${t.revokedAt ?? ''}`),
    audit: (await s.store.listAudit(10_000)).length,
    evidence: (await s.store.listEvidence()).length,
  };
}

describe.each([false, true])('the role × route matrix (reads private: %s)', (privateReads) => {
  let s: ServedApp;
  let revoked: string;
  beforeAll(async () => {
    s = await servedApp({ private: privateReads, writeLimit: { max: 10_000, timeWindow: 60_000 } });
    const r = await s.store.createToken({ name: 'gone', role: 'admin' });
    await s.store.revokeToken(r.row.id);
    revoked = r.token;
  }, 180_000);
  afterAll(() => s?.close());

  const header = (caller: Caller): Record<string, string> => {
    if (caller === 'nobody') return {};
    if (caller === 'unknown token') return { authorization: 'Bearer upk_not-a-token' };
    if (caller === 'revoked token') return { authorization: `Bearer ${revoked}` };
    return s.auth(caller);
  };

  it('covers every route of the OpenAPI document', async () => {
    const doc = s.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual([...documented, 'GET /openapi.json'].sort());
  });

  it.each(ROUTES.flatMap((r) => CALLERS.map((caller) => [r.method, r.url, caller, r] as const)))('%s %s by %s', async (_m, _u, caller, route) => {
    const want = expected(route.access, caller, privateReads);
    const before = want === 'allowed' ? undefined : await stored(s);
    const res = await s.app.inject({
      method: route.method,
      url: route.url,
      headers: { ...header(caller), ...(route.contentType ? { 'content-type': route.contentType } : {}) },
      ...(route.body !== undefined ? { payload: route.body as object } : {}),
    });
    if (want === 'allowed') {
      expect([401, 403], res.body).not.toContain(res.statusCode);
      expect(res.statusCode, res.body).toBeLessThan(500);
    } else {
      expect(res.statusCode, res.body).toBe(want);
      expect(res.json()).toMatchObject({ error: want === 401 ? 'UPK_UNAUTHORIZED' : 'UPK_FORBIDDEN' });
      expect(await stored(s)).toEqual(before);
    }
  });

  it('audits every write that was let through, naming the token', async () => {
    const audit = await s.store.listAudit(10_000);
    const actions = new Set(audit.map((a) => a.action));
    expect([...actions].sort()).toEqual(['evidence.add', 'report.add', 'token.create', 'workspace.reload']);
    expect(audit.find((a) => a.action === 'report.add')?.actor).toMatch(/^token \d+ \((reporter|maintainer|admin)-bot\)$/);
  });
});
