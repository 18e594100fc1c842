import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '../paths.js';

/**
 * What the browser tests share: Debian's chromium (UPKEEP_CHROMIUM points elsewhere, or at
 * nothing to see the tests skipped and say why), launched headless with nothing that reaches the
 * network on its own; a page that collects what a user would call broken; axe-core's serious and
 * critical violations.
 */
export const CHROMIUM = process.env.UPKEEP_CHROMIUM ?? '/usr/bin/chromium';
export const available = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A desktop-sized page that notes into `problems` every page error, console error (a blocked
 * resource under the Content-Security-Policy is one), failed request and response of 400 or more.
 */
export async function watchedPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return page;
}

let axe: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations of serious or critical impact on the page loaded (its source evaluated through the DevTools protocol, which the page's CSP does not govern). */
export async function seriousViolations(page: Page): Promise<string[]> {
  axe ??= readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe
      .run({ resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The matrix cell of Ceph (R4's default pin) in R4's column: where the Pacific crossing shows. */
export function cephR4Cell(page: Page): Locator {
  return page
    .locator('#matrix tbody tr', { has: page.locator('th', { hasText: /^ceph\s*Ceph$/ }) })
    .locator('td')
    .nth(1);
}
