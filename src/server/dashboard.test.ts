import { XMLParser } from 'fast-xml-parser';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/cli-io.js';
import { type ServedApp, scsDir, servedApp } from '../../test/served-app.js';
import { SITE_PAGES } from '../web/site/pages.js';
import { sitePages } from './routes/pages.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const SCRIPT = '<script>alert("x")</script> & <b>bold</b>';
const report = { product: 'ceph', version: '17.2.6', env: 'gx-scs', outcome: 'regression', severity: 'major', text: SCRIPT };
const meta = (body: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(body)?.[1];

describe('the dashboard served (upkeep serve)', () => {
  let s: ServedApp;
  beforeAll(async () => {
    s = await servedApp({ pages: sitePages, writeLimit: { max: 1000, timeWindow: 60_000 } });
  }, 180_000);
  afterAll(() => s?.close());
  const reports = async () => (await s.store.listReports()).length;

  it.each(SITE_PAGES.map((p) => [p.path, p.title, p.id] as const))(
    'GET %s: 200, the layout with the navigation (this page current), its own CSP as the header, helmet’s other headers kept',
    async (path, title) => {
      const res = await s.app.inject(path);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(res.body).toContain(`<h1 id="content" tabindex="-1">${title.replace('&', '&amp;')}</h1>`);
      expect(res.body).toContain('<nav aria-label="Dashboard pages">');
      expect(res.body).toContain(`<a href="${path}" aria-current="page">`);
      for (const p of SITE_PAGES) expect(res.body).toContain(`<a href="${p.path}"`);
      expect(res.body).toContain('served (upkeep serve)');
      // the header allows exactly what the page's <meta> allows (helmet's JSON policy would block its styles), and no framing
      expect(res.headers['content-security-policy']).toBe(`${meta(res.body)}; frame-ancestors 'none'`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeDefined();
    },
  );

  it('every link from page to page answers: a crawl from / follows each local href (pages, feeds, calendars, ?asOf= links)', async () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const broken: string[] = [];
    while (queue.length) {
      const url = queue.shift() as string;
      const res = await s.app.inject(url);
      if (res.statusCode !== 200) broken.push(`${url} → ${res.statusCode}`);
      if (!String(res.headers['content-type']).startsWith('text/html')) continue;
      for (const m of res.body.matchAll(/href="(\/[^"#]*)"/g)) {
        const link = (m[1] as string).replaceAll('&amp;', '&');
        // one ?asOf= per page is enough: the matrix's date control links every release date
        const key = link.replace(/asOf=[^&]*/, 'asOf=*');
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push(link);
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(SITE_PAGES.length);
  }, 120_000);

  it('every link of the notices pages answers (the operators page, each feed and calendar); the internal notice is not published', async () => {
    const page = await s.app.inject('/notices?asOf=2023-03-20');
    const links = [...new Set([...page.body.matchAll(/href="(\/notices[^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&')))];
    expect(links).toEqual(expect.arrayContaining(['/notices-operators', '/notices.atom', '/notices.ics']));
    expect(links.join(' ')).not.toContain('internal');
    const ops = await s.app.inject('/notices-operators?asOf=2023-03-20');
    expect(ops.statusCode).toBe(200);
    expect(ops.body).toContain('Notices for operators');
    const opsLinks = [...ops.body.matchAll(/href="(\/notices[^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&'));
    expect(opsLinks).toEqual(expect.arrayContaining(['/notices.atom?audience=operators', '/notices.ics?audience=operators']));
    for (const link of new Set([...links, ...opsLinks])) expect((await s.app.inject(link)).statusCode, link).toBe(200);
    expect((await s.app.inject('/notices-internal')).statusCode).toBe(404);
  });

  it('the matrix as of another date (?asOf=): Ceph Pacific in R4 has ended on 2023-11-05', async () => {
    const res = await s.app.inject('/matrix?asOf=2023-11-05');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<caption>Phase of each pinned component on 2023-11-05, by release</caption>');
    expect(res.body).toContain('value="2023-11-05"');
    expect(res.body).toMatch(/<tr><th scope="row">ceph<br><small>Ceph<\/small><\/th><td class="cell s-[a-z-]+">.*?<\/td><td class="cell s-ended">/);
    // without asOf: the server's today (2023-03-20 in these tests)
    expect((await s.app.inject('/matrix')).body).toContain('on 2023-03-20, by release');
  });

  it.each([
    ['/matrix?asOf=2023-02-30', 'asOf: 2023-02-30 is not a real calendar date: February 2023 has 28 days'],
    ['/timeline?asOf=yesterday', 'querystring.asOf: a date in YYYY-MM-DD form'],
  ])('GET %s: a 400 page saying what is wrong, never a stack trace', async (url, message) => {
    const res = await s.app.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1 id="content" tabindex="-1">The request was refused</h1>');
    expect(res.body).toContain(message);
    expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    expect(res.headers['content-security-policy']).toBe(`${meta(res.body)}; frame-ancestors 'none'`);
  });

  it('a browser asking for a page that does not exist gets a 404 page, its URL escaped; an API client JSON', async () => {
    const res = await s.app.inject({ url: '/%3Cscript%3Ealert(1)%3C/script%3E', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).not.toContain('<script>alert(1)');
    const api = await s.app.inject({ url: '/api/nothing', headers: { accept: 'text/html' } });
    expect(api.json()).toMatchObject({ error: 'UPK_NOT_FOUND' });
  });

  it('the report form with a reporter token in its field: 201 "thank you" page, the report stored as text', async () => {
    const before = await reports();
    const res = await s.app.inject({ method: 'POST', url: '/api/reports', headers: FORM, payload: form({ ...report, token: s.tokens.reporter }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Thank you: the report is stored');
    expect(res.body).toContain('Your report on ceph 17.2.6 (gx-scs, regression, major) is stored');
    expect(res.body).not.toContain(s.tokens.reporter);
    expect(await reports()).toBe(before + 1);
    const stored = (await s.store.listReports()).at(-1);
    expect(stored).toMatchObject({ product: 'ceph', version: '17.2.6', text: SCRIPT });
    // the token field is not part of what is stored; the audit names the token's owner
    expect(JSON.stringify(stored)).not.toContain('token');
    // (the stability page syncs evidence.yaml into the same store, so the report's entry is looked up by its action)
    const added = (await s.store.listAudit(100)).filter((a) => a.action === 'report.add' && a.target === `report/${stored?.id}`);
    expect(added.map((a) => a.actor)).toEqual([expect.stringMatching(/reporter-bot/)]);
    // nothing on the dashboard shows it unescaped
    for (const p of SITE_PAGES) expect((await s.app.inject(p.path)).body, p.path).not.toContain('<script>alert("x")');
  });

  it('the form with the token in the Authorization header instead: 201 too', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/reports', headers: { ...FORM, ...s.auth('maintainer') }, payload: form(report) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).toContain('Thank you');
  });

  it.each([
    ['no token', {}, 401, 'A valid token is needed', 'enter your reporter token in the form'],
    ['an empty token', { token: '' }, 401, 'A valid token is needed', 'needs a token'],
    ['an unknown token', { token: 'upk_not-a-token' }, 401, 'A valid token is needed', 'the token is unknown or revoked'],
  ])('the form with %s: %s page with the reason, nothing stored', async (_what, extra, status, title, reason) => {
    const before = await reports();
    const audit = (await s.store.listAudit(10_000)).length;
    const res = await s.app.inject({ method: 'POST', url: '/api/reports', headers: FORM, payload: form({ ...report, ...extra }) });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(`The report was not stored: ${title.toLowerCase()}`);
    expect(res.body).toContain(reason);
    expect(res.body).toContain('<a href="/report">');
    expect(await reports()).toBe(before);
    expect((await s.store.listAudit(10_000)).length).toBe(audit);
  });

  it('the form with a bad field or a field twice: 400 page naming it, nothing stored', async () => {
    const before = await reports();
    const bad = await s.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: FORM,
      payload: form({ ...report, outcome: 'fine', token: s.tokens.reporter }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.outcome');
    const twice = await s.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: FORM,
      payload: `${form({ ...report, token: s.tokens.reporter })}&product=nova`,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('the form has the field &quot;product&quot; twice');
    const big = await s.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: FORM,
      payload: form({ ...report, text: 'x'.repeat(70 * 1024), token: s.tokens.reporter }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(await reports()).toBe(before);
  });

  it('JSON clients are answered as before: 201 JSON, 401 JSON', async () => {
    const ok = await s.app.inject({ method: 'POST', url: '/api/reports', headers: s.auth('reporter'), payload: report });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ product: 'ceph', text: SCRIPT });
    const no = await s.app.inject({ method: 'POST', url: '/api/reports', payload: report });
    expect(no.statusCode).toBe(401);
    expect(no.json()).toMatchObject({ error: 'UPK_UNAUTHORIZED' });
    // a token field in JSON is no way around the header
    const field = await s.app.inject({ method: 'POST', url: '/api/reports', payload: { ...report, token: s.tokens.reporter } });
    expect(field.statusCode).toBe(401);
  });

  it("GET /stability assesses with the server's open store (an embedded store allows one opener): the Ceph verdict, not an error", async () => {
    const body = (await s.app.inject('/stability?asOf=2023-03-20')).body;
    expect(body).toContain('17.2.5');
    expect(body).toMatch(/not yet/i);
    expect(body).not.toMatch(/in use by process/);
  }, 120_000);
});

describe('the dashboard with --private', () => {
  let s: ServedApp;
  beforeAll(async () => {
    s = await servedApp({ pages: sitePages, private: true });
  }, 180_000);
  afterAll(() => s?.close());

  it('needs a token for its pages too: 401 page without, 200 with', async () => {
    const no = await s.app.inject('/timeline');
    expect(no.statusCode).toBe(401);
    expect(no.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(no.body).toContain('A valid token is needed');
    expect((await s.app.inject({ url: '/timeline', headers: s.auth('reporter') })).statusCode).toBe(200);
  });

  it('serves the internal notice to the team: its page, linked from the notices page', async () => {
    const notices = await s.app.inject({ url: '/notices?asOf=2023-03-20', headers: s.auth('reporter') });
    expect(notices.body).toContain('href="/notices-internal"');
    const internal = await s.app.inject({ url: '/notices-internal?asOf=2023-03-20', headers: s.auth('reporter') });
    expect(internal.statusCode).toBe(200);
    expect(internal.body).toContain('Notices for internal readers');
  });
});

describe('notices and verdicts over HTTP', () => {
  let s: ServedApp;
  beforeAll(async () => {
    s = await servedApp();
  }, 180_000);
  afterAll(() => s?.close());

  it('GET /api/notices is the document of `upkeep notice --format json` (the same use case)', async () => {
    const res = await s.app.inject('/api/notices?audience=operators&release=R4&asOf=2023-08-01');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const cli = await run('notice', scsDir, '--audience', 'operators', '--release', 'R4', '--as-of', '2023-08-01', '--format', 'json');
    expect(res.json()).toEqual(JSON.parse(cli.out));
  });

  it.each(['/api/notices?audience=internal&asOf=2023-03-20', '/notices.atom?audience=internal', '/notices.ics?audience=internal'])(
    '%s: the internal notice needs a token even where reads are public (401 without, 200 with any role)',
    async (url) => {
      const no = await s.app.inject(url);
      expect(no.statusCode).toBe(401);
      expect(no.json()).toMatchObject({ error: 'UPK_UNAUTHORIZED', message: 'the internal notice needs a token' });
      expect((await s.app.inject({ url, headers: s.auth('reporter') })).statusCode).toBe(200);
      expect((await s.app.inject({ url, headers: { authorization: 'Bearer upk_wrong' } })).statusCode).toBe(401);
    },
  );

  it.each([
    ['/api/notices?audience=pub', 400, 'UPK_UNKNOWN_AUDIENCE', 'did you mean --audience public?'],
    ['/api/notices?asOf=2023-03-20', 400, 'UPK_BAD_REQUEST', 'querystring.audience'],
    ['/api/notices?audience=public&release=R9', 404, 'UPK_UNKNOWN_RELEASE', 'R3, R4, R4.1'],
    ['/notices.ics?products=cepf', 404, 'UPK_UNKNOWN_PRODUCT', 'did you mean ceph'],
    ['/notices.atom?asOf=2023-13-01', 400, 'UPK_BAD_DATE', ''],
  ])('GET %s: %i %s', async (url, status, code, hint) => {
    const res = await s.app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toBe(code);
    expect(JSON.stringify(res.json().details)).toContain(hint);
  });

  it('/notices.atom parses as Atom (fast-xml-parser), its ids the CLI’s; ?products= narrows it', async () => {
    const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(xml).feed;
    const res = await s.app.inject('/notices.atom?audience=operators&asOf=2023-08-01');
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parse(res.body);
    const cli = parse((await run('notice', scsDir, '--audience', 'operators', '--as-of', '2023-08-01', '--format', 'atom')).out);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(cli.entry.map((e: { id: string }) => e.id));
    const ceph = parse((await s.app.inject('/notices.atom?audience=operators&asOf=2023-08-01&products=ceph')).body);
    expect(ceph.id).toBe('urn:upkeep:SCS:notice:operators:products=ceph');
    expect(ceph.entry.length).toBeLessThan(feed.entry.length);
    // the public feed is the default
    expect(parse((await s.app.inject('/notices.atom?asOf=2023-08-01')).body).id).toBe('urn:upkeep:SCS:notice:public');
  });

  it('/notices.ics parses as iCalendar (node-ical): one calendar of the chosen products, stable UIDs', async () => {
    const res = await s.app.inject('/notices.ics?audience=operators&products=ceph,openstack&asOf=2023-03-20');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = Object.values(ical.sync.parseICS(res.body)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => /ceph/i.test(e.uid))).toBe(true);
    expect(events.every((e) => !/keycloak/i.test(e.uid))).toBe(true);
    const again = await s.app.inject('/notices.ics?audience=operators&products=ceph&products=openstack&asOf=2023-03-20');
    expect(again.body).toBe(res.body);
  });

  it('GET /api/assess answers the verdict with the open store, and /metrics then reports it', async () => {
    const before = (await s.app.inject('/metrics')).body;
    expect(before).not.toMatch(/^upkeep_candidate_verdict\{/m);
    const res = await s.app.inject('/api/assess?product=ceph&candidate=17.2.5&baseline=16.2.11&env=gx-scs&asOf=2023-03-20');
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json();
    expect(doc).toMatchObject({ schema: 'upkeep.assess/v1', product: 'ceph', candidate: '17.2.5', baseline: '16.2.11', env: 'gx-scs', asOf: '2023-03-20' });
    expect(['stable-enough', 'not-yet', 'not-enough-data']).toContain(doc.overall);
    const metrics = (await s.app.inject('/metrics')).body;
    expect(metrics).toContain(`upkeep_candidate_verdict{product="ceph",candidate="17.2.5",baseline="16.2.11",env="gx-scs",verdict="${doc.overall}"} 1`);
  }, 120_000);

  it.each([
    ['/api/assess?product=cepf&candidate=17.2.5&baseline=16.2.11', 404, 'UPK_UNKNOWN_PRODUCT'],
    ['/api/assess?product=ceph&candidate=17.2.5&baseline=17.2.5', 400, 'UPK_USAGE'],
    ['/api/assess?product=ceph&candidate=../../etc&baseline=16.2.11', 400, 'UPK_BAD_REQUEST'],
    ['/api/assess?product=ceph&candidate=17.2.5', 400, 'UPK_BAD_REQUEST'],
  ])('GET %s: %i %s', async (url, status, code) => {
    const res = await s.app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toBe(code);
  });
});
