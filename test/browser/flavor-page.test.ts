import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { describeFlavor } from '../../src/core/flavor/describe.js';
import { parseFlavorName } from '../../src/core/flavor/parse.js';
import { available, CHROMIUM, launchChromium } from './chromium.js';

/**
 * The flavor page in a real browser (Debian's chromium; .ci/run installs it), written by
 * `upkeep flavor page` with the browser build of the core (dist/web/flavor-core.js: `npm test`
 * builds it first). On a machine without /usr/bin/chromium these tests are skipped, and one skipped
 * test says why; with chromium, nothing is skipped (check: UPKEEP_CHROMIUM=/nonexistent npx vitest run test/browser).
 */

let browser: Browser;
let page: Page;
let dir: string;
let file: string;
/** What the page reported as blocked by its Content-Security-Policy (console and events). */
const violations: string[] = [];

/** The sentence the CLI gives for a valid name. */
function sentence(name: string): string {
  const r = parseFlavorName(name);
  if (r.kind !== 'flavor') throw new Error(`${name} must parse`);
  return describeFlavor(r.flavor);
}

async function read(name: string): Promise<string> {
  await page.fill('#input', name);
  return (await page.textContent('#reading')) ?? '';
}

describe.runIf(available)('the flavor page in chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upkeep-page-'));
    file = join(dir, 'flavors.html');
    let err = '';
    const io: CliIo = { out: () => undefined, err: (t) => void (err += t), errIsTty: false };
    const code = await runCli(['flavor', 'page', '--out', file], io);
    if (code !== 0) throw new Error(`upkeep flavor page failed: ${err}`);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });
    await page.exposeFunction('reportViolation', (v: string) => void violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
      );
    });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a strict Content-Security-Policy: nothing from anywhere, scripts and styles by hash, no eval', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain('unsafe');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/ on[a-z]+=/);
    expect(html).not.toMatch(/new Function|\beval\(/);
  });

  it('builds SCS-16V-64-500s_kvm_z3h from the form, as the CLI does', async () => {
    await page.fill('[id="cpu-ram.cpus"]', '16');
    await page.selectOption('[id="cpu-ram.cpuType"]', 'V');
    await page.fill('[id="cpu-ram.ram"]', '64');
    await page.check('[id="disk.on"]');
    await page.fill('[id="disk.size"]', '500');
    await page.selectOption('[id="disk.type"]', 's');
    await page.check('[id="hypervisor.on"]');
    await page.selectOption('[id="hypervisor.hypervisor"]', 'kvm');
    await page.check('[id="cpu.on"]');
    await page.selectOption('[id="cpu.vendor"]', 'z');
    await page.fill('[id="cpu.generation"]', '3');
    await page.selectOption('[id="cpu.frequency"]', 'h');
    expect((await page.textContent('#name'))?.trim()).toBe('SCS-16V-64-500s_kvm_z3h');
    expect(await page.textContent('#build-error')).toBe('');
  });

  it.each([
    ['0 CPUs', '[id="cpu-ram.cpus"]', '0', 'cpus: number of vCPUs must be a positive integer, not 0'],
    ['no CPUs', '[id="cpu-ram.cpus"]', '', 'cpus: number of vCPUs must be a positive integer but is missing'],
    ['1.25 GiB RAM', '[id="cpu-ram.ram"]', '1.25', 'ram: GiB of RAM must be a positive multiple of 0.5, not 1.25'],
    ['CPU generation 9h', '[id="cpu.generation"]', '9h', 'cpu.generation'],
  ])('shows the core’s error, not a name, for %s', async (_what, selector, value, error) => {
    await page.fill(selector, value);
    expect((await page.textContent('#name'))?.trim()).toBe('');
    expect(await page.textContent('#build-error')).toContain(error);
    await page.fill('[id="cpu-ram.cpus"]', '16');
    await page.fill('[id="cpu-ram.ram"]', '64');
    await page.fill('[id="cpu.generation"]', '3');
    expect((await page.textContent('#name'))?.trim()).toBe('SCS-16V-64-500s_kvm_z3h');
  });

  it('refuses InfiniBand right after a GPU without compute units (the parser would read _GNa_ib as one generation)', async () => {
    await page.check('[id="gpu.on"]');
    await page.selectOption('[id="gpu.type"]', 'G');
    await page.selectOption('[id="gpu.vendor"]', 'N');
    await page.fill('[id="gpu.generation"]', 'a');
    await page.check('[id="ib.on"]');
    expect((await page.textContent('#name'))?.trim()).toBe('');
    expect(await page.textContent('#build-error')).toContain('ib: InfiniBand after a GPU needs');
    await page.fill('[id="gpu.units"]', '64');
    expect((await page.textContent('#name'))?.trim()).toBe('SCS-16V-64-500s_kvm_z3h_GNa-64_ib');
  });

  it('reads a name into the sentence the CLI gives', async () => {
    expect(await read('SCS-2C-4-10n')).toBe(`SCS-2C-4-10n: ${sentence('SCS-2C-4-10n')}`);
    expect(await read('SCS-2C-4-10n')).toBe('SCS-2C-4-10n: 2 dedicated cores, 4 GiB RAM, 10 GB network disk');
  });

  it('reads v1 names', async () => {
    expect(await read('SCS-2V:4:10')).toBe(`SCS-2V:4:10: ${sentence('SCS-2V:4:10')}`);
  });

  it('says where a bad name goes wrong and what was expected there', async () => {
    expect(await read('SCS-2Q-4')).toBe(
      "Invalid at position 5: the CPU and RAM part does not fit: expected CPU type: 'L', 'V', 'T' or 'C' at position 5\nSCS-2Q-4\n     ^",
    );
    expect(await read('SCS-4C-16_i7')).toContain("Invalid at position 11: CPU generation for 'i' must be one of 0, 1, 2, 3, 4, 5, 6 or left out");
    expect(await read('m1.small')).toBe('Not an SCS flavor name (no SCS- prefix).');
  });

  it('stays on the page when Enter submits the form', async () => {
    const url = page.url();
    await page.press('[id="cpu-ram.cpus"]', 'Enter');
    expect(page.url()).toBe(url);
    expect((await page.textContent('#name'))?.trim()).not.toBe('');
  });

  it('ran everything above without a single Content-Security-Policy violation', async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(violations).toEqual([]);
  });

  it('would have seen a violation: an inline script not listed by hash is refused and reported', async () => {
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true;';
      document.body.append(s);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    violations.length = 0;
  });
});

// Only on a machine without chromium: one skipped test says why. With chromium nothing is
// registered here (a `describe.runIf(!available)` was reported as a skipped "chromium is missing").
if (!available) it.skip(`the flavor page in chromium: not run, ${CHROMIUM} is missing (apt-get install chromium; .ci/run does)`, () => undefined);
