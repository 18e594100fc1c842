import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { SITE_PAGES } from '../../src/web/site/pages.js';
import { repoRoot } from '../paths.js';
import { available, CHROMIUM, cephR4Cell, launchChromium, seriousViolations as violationsOn, watchedPage } from './chromium.js';

/**
 * The dashboard as a user sees it: `upkeep site examples/scs` exported, served by a local static
 * server, loaded page by page in Debian's chromium. Checks what a user sees (the Pacific crossing on
 * the timeline, the matrix's colours and words, another as-of date), runs axe-core on every page
 * (no serious or critical violation), and saves screenshots under test-output/screenshots
 * (git-ignored). Without /usr/bin/chromium one skipped test says why.
 */
const SHOTS = join(repoRoot, 'test-output/screenshots');
const PACIFIC = 'Ceph 16 (Pacific) leaves upstream maintenance on 2023-06-01, 157 days before R4 ends (2023-11-05)';

let browser: Browser;
let page: Page;
let dir: string;
let server: Server;
let base: string;
const problems: string[] = [];

/** A static file server for the export folder: GET of a file, 404 for anything else. */
function serve(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

const seriousViolations = (on: Page = page) => violationsOn(on);

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe.runIf(available)('the dashboard of the SCS example in chromium', () => {
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'upkeep-site-browser-')), 'site');
    // a copy of the example with its evidence: the stability page assesses it in the copy's own embedded store;
    // with the internal notice (a team's site), so that its page is checked too
    const ws = join(dir, '..', 'scs');
    cpSync(join(repoRoot, 'examples/scs'), ws, { recursive: true, filter: (src) => !src.includes(join('scs', '.upkeep')) });
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => void (err += t), errIsTty: false };
    const url = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    const code = await runCli(['site', ws, dir, '--as-of', '2023-03-20', '--internal'], io).finally(() => {
      if (url !== undefined) process.env.DATABASE_URL = url;
    });
    if (code !== 0) throw new Error(`upkeep site failed: ${err}`);
    mkdirSync(SHOTS, { recursive: true });
    server = await serve(dir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
    page = await watchedPage(browser, problems);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dir) rmSync(join(dir, '..'), { recursive: true, force: true }); // the site and the workspace's copy
  });

  it.each(SITE_PAGES.map((p) => [p.id, p.file, p.title]))(
    '%s: loads without an error or a blocked resource, its heading shown, no serious or critical axe-core violation',
    async (id, file, title) => {
      problems.length = 0;
      await page.goto(base + file);
      expect(await page.locator('h1').textContent()).toBe(title);
      expect(await page.locator(`nav a[aria-current=page]`).getAttribute('href')).toBe(file);
      expect(await seriousViolations()).toEqual([]);
      await shot(id);
      expect(problems).toEqual([]);
    },
  );

  it('timeline: the Pacific crossing of R4 is marked on the chart (its title) and said under it', async () => {
    await page.goto(`${base}timeline.html`);
    const r4 = page.locator('section[aria-labelledby="release-R4"]');
    await expect.poll(() => r4.locator('li.crossing').allTextContents()).toContain(PACIFIC);
    expect(await r4.locator('li.crossing', { hasText: 'Ceph 16 (Pacific)' }).isVisible()).toBe(true);
    const chart = r4.locator('svg[aria-label="Timeline of R4"]');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.getAttribute('aria-description')).toContain(PACIFIC);
    expect(await chart.locator('title').allTextContents()).toContain(PACIFIC);
    // the date is written beside the cross, in red
    const label = chart.locator('text', { hasText: '2023-06-01' });
    expect(await label.count()).toBe(1);
    expect(await label.evaluate((e) => getComputedStyle(e).fill)).toBe('rgb(183, 28, 28)');
  });

  it('matrix: Pacific in R4 is "maintained" on green, its end before R4 ends; on 2023-11-05 it is "ended" on red', async () => {
    await page.goto(`${base}matrix.html`);
    const cell = () => cephR4Cell(page);
    expect(await cell().locator('.state').textContent()).toBe('maintained');
    expect(await cell().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(200, 230, 201)');
    expect(await cell().textContent()).toContain("ends 2023-06-01, before R4's end 2023-11-05");
    await page.getByRole('link', { name: '2023-11-05' }).click();
    await page.waitForURL(/matrix-2023-11-05\.html$/);
    expect(await page.locator('caption').textContent()).toBe('Phase of each pinned component on 2023-11-05, by release');
    expect(await cell().locator('.state').textContent()).toBe('ended');
    expect(await cell().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 205, 210)');
    await shot('matrix-2023-11-05');
  });

  it('keyboard: Tab reaches a skip link, then the navigation with a visible focus ring; Enter follows a link', async () => {
    await page.goto(`${base}timeline.html`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
    expect(await page.getByRole('link', { name: 'Skip to the content' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { text: a.textContent, inNav: Boolean(a.closest('nav')), outline: getComputedStyle(a).outlineStyle };
    });
    expect(focused).toEqual({ text: 'Overview', inNav: true, outline: 'solid' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Matrix');
    await page.keyboard.press('Enter');
    await page.waitForURL(/matrix\.html$/);
  });

  it('stability: the Ceph 17.2.5 verdict ("not yet", the benchmarks) with its charts', async () => {
    await page.goto(`${base}stability.html`);
    const section = page.locator('section.assessment', { has: page.getByRole('heading', { name: /^Ceph 17\.2\.5 against 16\.2\.11/ }) });
    expect(await section.locator('p.answer').textContent()).toBe(
      'Ceph 17.2.5 is not yet stable enough against 16.2.11 in gx-scs, as of 2023-03-20: blocked by benchmarks.',
    );
    expect(await section.locator('tr', { hasText: 'benchmarks' }).locator('td.fail').textContent()).toBe('FAIL');
    expect(await section.locator('svg').first().isVisible()).toBe(true);
  });

  it.each([
    ['notices-operators.html', 'Notices for operators'],
    ['notices-internal.html', 'Notices for internal readers'],
  ])('%s: loads, the Notices entry marked, no serious or critical axe-core violation', async (file, title) => {
    problems.length = 0;
    await page.goto(base + file);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('nav a[aria-current=page]').textContent()).toBe('Notices');
    expect(await seriousViolations()).toEqual([]);
    await shot(file.replace('.html', ''));
    expect(problems).toEqual([]);
  });

  it('notices: the promise table, and the links to the feed and the calendar, which are there', async () => {
    await page.goto(`${base}notices.html`);
    expect(await page.getByRole('table').locator('caption').textContent()).toBe('Who maintains each pinned cycle, what, until when');
    const feed = await page.getByRole('link', { name: 'Atom feed' }).getAttribute('href');
    const calendar = await page.getByRole('link', { name: 'calendar (iCalendar)' }).getAttribute('href');
    expect([feed, calendar]).toEqual(['notices.atom', 'notices.ics']);
    expect(await page.locator('head link[rel=alternate][type="application/atom+xml"]').getAttribute('href')).toBe('notices.atom');
    for (const href of [feed, calendar]) expect((await page.request.get(base + href)).status()).toBe(200);
    await page.getByRole('link', { name: 'operators' }).click();
    await page.waitForURL(/notices-operators\.html$/);
  });

  it('report: the static form is disabled and says why', async () => {
    await page.goto(`${base}report.html`);
    expect(await page.getByRole('button', { name: 'Send the report' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Reporter token').isDisabled()).toBe(true);
    expect(await page.locator('#static-note').textContent()).toMatch(/cannot receive reports/);
  });

  it('flavors: the reader works inside the dashboard under its Content-Security-Policy', async () => {
    await page.goto(`${base}flavors.html`);
    await page.getByLabel('Flavor name', { exact: true }).fill('SCS-2C-4-10n');
    await expect.poll(() => page.locator('#reading').textContent()).toBe('SCS-2C-4-10n: 2 dedicated cores, 4 GiB RAM, 10 GB network disk');
  });

  it('reads on a phone: nothing wider than the screen but the charts and tables, which scroll in their boxes', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      for (const file of ['timeline.html', 'matrix.html', 'plan.html', 'report.html', 'stability.html', 'notices.html']) {
        await phone.goto(base + file);
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, file).toBeLessThanOrEqual(0);
        expect(await seriousViolations(phone), file).toEqual([]);
        await phone.screenshot({ path: join(SHOTS, `phone-${file.replace('.html', '')}.png`), fullPage: false });
      }
    } finally {
      await phone.close();
    }
  });

  it('keyboard: the skip link moves the focus to the page heading', async () => {
    await page.goto(`${base}matrix.html`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('As of date');
  });

  it('works without JavaScript: the timeline and the matrix are all there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await context.newPage();
      await p.goto(`${base}timeline.html`);
      expect(await p.locator('section[aria-labelledby="release-R4"] li.crossing').allTextContents()).toContain(PACIFIC);
      await p.goto(`${base}matrix.html`);
      await p.getByRole('link', { name: '2022-09-21' }).click();
      await p.waitForURL(/matrix-2022-09-21\.html$/);
    } finally {
      await context.close();
    }
  });
});

if (!available) it.skip(`the dashboard in chromium: not run, ${CHROMIUM} is missing (apt-get install chromium; .ci/run does)`, () => undefined);
