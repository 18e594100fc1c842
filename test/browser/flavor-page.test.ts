import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFlavorPage } from '../../src/web/flavor-page.js';
import { generateName } from '../../src/core/flavor/generate.js';
import { parseFlavorName } from '../../src/core/flavor/parse.js';

/**
 * The flavor page in a real browser (Debian's chromium; .ci/run installs it). On a machine
 * without /usr/bin/chromium these tests do not run, and say so.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);

let browser: Browser;
let page: Page;
let dir: string;

describe.runIf(available)('the flavor page in chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upkeep-page-'));
    const file = join(dir, 'flavors.html');
    writeFileSync(file, renderFlavorPage());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
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
    const shown = (await page.textContent('#name'))?.trim();
    expect(shown).toBe('SCS-16V-64-500s_kvm_z3h');
    const parsed = parseFlavorName('SCS-16V-64-500s_kvm_z3h');
    expect(parsed.kind === 'flavor' && generateName(parsed.flavor)).toBe(shown);
  });

  it('reads a name typed into the box', async () => {
    await page.fill('#input', 'SCS-2C-4-10n');
    const reading = (await page.textContent('#reading')) ?? '';
    expect(reading).toContain('number of vCPUs: 2, CPU type: C, GiB of RAM: 4');
    expect(reading).toContain('GB per disk: 10, disk type: n');
  });

  it('says where a bad name goes wrong', async () => {
    await page.fill('#input', 'SCS-2Q-4');
    const reading = (await page.textContent('#reading')) ?? '';
    expect(reading).toContain('Not a valid name: stopped at position 4 ("2Q-4")');
  });
});

describe.runIf(!available)('the flavor page in chromium', () => {
  it(`is not run: ${CHROMIUM} is missing (apt-get install chromium; .ci/run does)`, () => {
    expect(available).toBe(false);
  });
});
