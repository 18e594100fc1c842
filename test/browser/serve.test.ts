import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from '../../src/server/routes/pages.js';
import { SITE_PAGES } from '../../src/web/site/pages.js';
import { repoRoot } from '../paths.js';
import { type ServedApp, scsCopy, servedApp } from '../served-app.js';
import { available, CHROMIUM, cephR4Cell, launchChromium, seriousViolations as violationsOn, watchedPage } from './chromium.js';

/**
 * The dashboard as `upkeep serve` serves it, in Debian's chromium: buildApp on an ephemeral port
 * (a temporary copy of examples/scs, a temporary store, today 2023-03-20), every page loaded under
 * the CSP the server sends, the matrix's as-of form, the report form with and without a valid
 * token, and axe-core (no serious or critical violation). Screenshots under
 * test-output/screenshots/served-*.png. Without /usr/bin/chromium one skipped test says why.
 */
const SHOTS = join(repoRoot, 'test-output/screenshots');
const PACIFIC = 'Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01, 157 days before R4 ends (2023-11-05)';

let browser: Browser;
let page: Page;
let s: ServedApp;
let ws: { dir: string; remove: () => void };
let base: string;
const problems: string[] = [];

const seriousViolations = () => violationsOn(page);

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `served-${name}.png`), fullPage: true });

describe.runIf(available)('the served dashboard of the SCS example in chromium', () => {
  beforeAll(async () => {
    ws = scsCopy();
    s = await servedApp({ workspaceDir: ws.dir, pages: sitePages });
    base = await s.app.listen({ port: 0, host: '127.0.0.1' });
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await watchedPage(browser, problems);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
    ws?.remove();
  });

  it.each(SITE_PAGES.map((p) => [p.id, p.path, p.title]))(
    '%s (%s): loads under the served CSP without an error, its heading shown, no serious or critical axe-core violation',
    async (id, path, title) => {
      problems.length = 0;
      const res = await page.goto(base + path);
      expect(res?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe(title);
      expect(await page.locator('nav a[aria-current=page]').getAttribute('href')).toBe(path);
      expect(await seriousViolations()).toEqual([]);
      await shot(id);
      expect(problems).toEqual([]);
    },
  );

  it('timeline: the Pacific crossing of R4 is marked and said', async () => {
    await page.goto(`${base}/timeline`);
    const r4 = page.locator('section[aria-labelledby="release-R4"]');
    expect(await r4.locator('li.crossing').allTextContents()).toContain(PACIFIC);
    expect(await r4.locator('svg[aria-label="Timeline of R4"]').isVisible()).toBe(true);
  });

  it('matrix: the as-of form shows another date — Pacific in R4 goes from "maintained" on green to "ended" on red', async () => {
    problems.length = 0;
    await page.goto(`${base}/matrix`);
    const cell = () => cephR4Cell(page);
    expect(await cell().locator('.state').textContent()).toBe('maintained');
    expect(await cell().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(200, 230, 201)');
    await page.getByRole('textbox', { name: 'As of date' }).fill('2023-11-05');
    await page.getByRole('button', { name: 'Show the matrix' }).click();
    await page.waitForURL(/\/matrix\?asOf=2023-11-05$/);
    expect(await page.locator('caption').textContent()).toBe('Phase of each pinned component on 2023-11-05, by release');
    expect(await cell().locator('.state').textContent()).toBe('ended');
    expect(await cell().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 205, 210)');
    expect(await page.locator('header').textContent()).toContain('as of 2023-11-05');
    await shot('matrix-2023-11-05');
    expect(problems).toEqual([]);
  });

  async function fillReport(token: string): Promise<void> {
    await page.goto(`${base}/report`);
    await page.getByLabel('Product').selectOption('ceph');
    await page.getByLabel('Version').fill('17.2.6');
    await page.getByLabel('Environment').fill('gx-scs');
    await page.getByLabel('Outcome').selectOption('regression');
    await page.getByLabel('Severity').selectOption('major');
    await page.getByLabel('What happened').fill('OSDs flapped after the upgrade <script>alert(1)</script>');
    await page.getByLabel('Reporter token').fill(token);
  }

  it('report without a token: the browser asks for one; with a wrong one: a 401 page says why, nothing stored', async () => {
    const before = (await s.store.listReports()).length;
    await fillReport('');
    await page.getByRole('button', { name: 'Send the report' }).click();
    // the field is required: the browser does not send the form
    expect(page.url()).toBe(`${base}/report`);
    expect(await page.getByLabel('Reporter token').evaluate((e) => (e as HTMLInputElement).validity.valueMissing)).toBe(true);
    await fillReport('upk_not-a-valid-token');
    await Promise.all([page.waitForURL(`${base}/api/reports`), page.getByRole('button', { name: 'Send the report' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('The report was not stored: a valid token is needed');
    expect(await page.locator('#outcome').textContent()).toBe('the token is unknown or revoked');
    expect(await page.getByRole('alert').isVisible()).toBe(true);
    problems.length = 0; // the 401 itself
    expect(await seriousViolations()).toEqual([]);
    await shot('report-refused');
    expect((await s.store.listReports()).length).toBe(before);
  });

  it('report with a reporter token: the thank-you page, the report stored with its text as written', async () => {
    problems.length = 0;
    const before = (await s.store.listReports()).length;
    await fillReport(s.tokens.reporter);
    await Promise.all([page.waitForURL(`${base}/api/reports`), page.getByRole('button', { name: 'Send the report' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Thank you: the report is stored');
    expect(await page.locator('#outcome').textContent()).toContain('Your report on ceph 17.2.6 (gx-scs, regression, major) is stored');
    expect(await seriousViolations()).toEqual([]);
    await shot('report-stored');
    const reports = await s.store.listReports();
    expect(reports.length).toBe(before + 1);
    expect(reports.at(-1)?.text).toBe('OSDs flapped after the upgrade <script>alert(1)</script>');
    expect(problems).toEqual([]);
    await page.getByRole('link', { name: 'Report another experience' }).click();
    await page.waitForURL(`${base}/report`);
  });
});

describe.skipIf(available)('the served dashboard in chromium', () => {
  it(`needs chromium at ${CHROMIUM} (apt-get install chromium, or set UPKEEP_CHROMIUM)`, () => undefined);
});
