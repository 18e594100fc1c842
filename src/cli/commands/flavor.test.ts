import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findFlavorCore } from '../../app/flavor-page.js';
import { UpkeepError } from '../../app/index.js';
import { type CliIo, runCli } from '../main.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/flavors', name);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('upkeep flavor parse', () => {
  it('prints the fields of a valid name and exits 0', async () => {
    const r = await run('flavor', 'parse', 'SCS-16V-64-500s_kvm_z3h');
    expect(r.code).toBe(0);
    expect(r.out).toContain('SCS-16V-64-500s_kvm_z3h: valid (syntax of v2/v3; all values exist since scs-0100 v1)');
    expect(r.out).toContain('cpus=16 cpuType=V ram=64 disk=1x500s hypervisor=kvm cpu=z3h');
  });

  it.each(['parse', 'describe'])('%s exits 1 when a name is not an SCS name, and says so where errors go', async (command) => {
    const r = await run('flavor', command, 'SCS-2V-4', 'm1.small');
    expect(r.code).toBe(1);
    expect(r.out).toContain('SCS-2V-4');
    expect(r.err).toBe(`"m1.small": not an SCS flavor name: it does not start with 'SCS-'\n`);
    const help = await run('flavor', command, '--help');
    expect(help.out + help.err).toContain('1 a name is invalid or not an SCS name');
  });

  it("flavor check still passes over the cloud's own flavors without the SCS- prefix", async () => {
    const r = await run('flavor', 'check', fixture('flavor-list-compliant.json'), '--fail-on', 'warning');
    expect(r.code).toBe(0);
  });

  it('shows the position, the expected token and a caret for a bad name, exit 1', async () => {
    const r = await run('flavor', 'parse', 'SCS-2V-4_z3_bms');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `"SCS-2V-4_z3_bms": invalid at position 11: unexpected '_bms' at position 11: expected '_G' or '_g' (GPU); '_ib' (InfiniBand); the end of the name\n` +
        '    SCS-2V-4_z3_bms\n               ^\n',
    );
  });

  it.each([
    ['SCS-2Q-4', "'L', 'V', 'T' or 'C'"],
    ['SCS-4C-16_i7', '0, 1, 2, 3, 4, 5, 6'],
    ['SCS-2V-4_qemu', "'_kvm', '_xen'"],
  ])('names the expected values of %s once', async (name, list) => {
    const r = await run('flavor', 'parse', name);
    expect(r.code).toBe(1);
    expect(r.err.split(list).length - 1).toBe(1);
  });

  it('reports white space before the name with its position and the fix, exit 1', async () => {
    const r = await run('flavor', 'parse', ' SCS-2V-4');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      `" SCS-2V-4": invalid at position 0: a space at position 0; flavor names contain no white space: remove the leading/trailing white space: 'SCS-2V-4'`,
    );
  });

  it('accepts numbers with more than 15 digits by value', async () => {
    const r = await run('flavor', 'parse', 'SCS-2V-0.50000000000000000');
    expect(r.code).toBe(0);
    expect(r.out).toContain('cpus=2 cpuType=V ram=0.5');
    expect(r.out).toContain('canonical: SCS-2V-0.5');
  });

  it('says which syntax a v1 name has', async () => {
    const r = await run('flavor', 'parse', 'SCS-2V:4:10');
    expect(r.out).toContain('SCS-2V:4:10: valid (syntax of v1; all values exist since scs-0100 v1)');
  });

  it('prints JSON with canonical and short names', async () => {
    const r = await run('flavor', 'parse', '--format', 'json', 'SCS-4C-16_z0');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({ kind: 'flavor', canonical: 'SCS-4C-16_z', short: 'SCS-4C-16' });
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await run('flavor', 'parse', '--format', 'xml', 'SCS-2V-4');
    expect(r.code).toBe(2);
    expect(r.err).toContain('UPK_USAGE');
  });
});

describe('upkeep flavor describe', () => {
  it('prints one sentence per name', async () => {
    const r = await run('flavor', 'describe', 'SCS-16V-64-500s_kvm_z3h', 'SCS-1V-0.5', 'SCS-4C-16_z0', 'SCS-2V-4_r0');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([
      'SCS-16V-64-500s_kvm_z3h: 16 vCPUs (oversubscribed), 64 GiB RAM, 500 GB local SSD disk, KVM hypervisor, AMD Zen 3 (Milan) CPU at high frequency (>2.75 GHz all-core)',
      'SCS-1V-0.5: 1 vCPU (oversubscribed), 0.5 GiB RAM, no root disk (boot from volume)',
      'SCS-4C-16_z0: 4 dedicated cores, 16 GiB RAM, no root disk (boot from volume), AMD CPU of old or unspecified generation',
      'SCS-2V-4_r0: 2 vCPUs (oversubscribed), 4 GiB RAM, no root disk (boot from volume), RISC-V CPU of unspecified generation',
    ]);
  });

  it.each(['parse', 'describe', 'generate', 'check'])('flavor %s --help lists the exit codes', async (command) => {
    const r = await run('flavor', command, '--help');
    expect(r.out + r.err).toContain('Exit codes: 0 ');
  });
});

describe('upkeep flavor generate', () => {
  it('prints the canonical name', async () => {
    const r = await run(
      'flavor',
      'generate',
      '--cpus',
      '16',
      '--cpu-type',
      'V',
      '--ram',
      '64',
      '--disk',
      '500',
      '--disk-type',
      's',
      '--hypervisor',
      'kvm',
      '--cpu-brand',
      'z',
      '--cpu-gen',
      '3',
      '--cpu-freq',
      'h',
    );
    expect(r).toEqual({ code: 0, out: 'SCS-16V-64-500s_kvm_z3h\n', err: '' });
  });

  it('writes v1 names on request and GPU fields', async () => {
    const r = await run(
      'flavor',
      'generate',
      '--cpus',
      '2',
      '--cpu-type',
      'C',
      '--ram',
      '4',
      '--no-ecc',
      '--disks',
      '3',
      '--disk',
      '10',
      '--gpu',
      'G',
      '--gpu-vendor',
      'N',
      '--gpu-gen',
      'a',
      '--gpu-units',
      '64',
      '--ib',
      '--standard',
      'v1',
    );
    expect(r.out).toBe('SCS-2C:4u:3x10-GNa:64-ib\n');
  });

  it('rejects bad field values with UPK_USAGE and exit 2', async () => {
    const gen = await run('flavor', 'generate', '--cpus', '4', '--cpu-type', 'C', '--ram', '16', '--cpu-brand', 'i', '--cpu-gen', '7');
    expect(gen.code).toBe(2);
    expect(gen.err).toContain("error UPK_USAGE: --cpu-gen: CPU generation for 'i' must be one of 0, 1, 2, 3, 4, 5, 6 or left out");
    const ram = await run('flavor', 'generate', '--cpus', '4', '--cpu-type', 'C', '--ram', '1.25');
    expect(ram.code).toBe(2);
    expect(ram.err).toContain('--ram: GiB of RAM must be a positive multiple of 0.5, not 1.25');
    const type = await run('flavor', 'generate', '--cpus', '4', '--cpu-type', 'X', '--ram', '4');
    expect(type.err).toContain('--cpu-type "X" is not one of L, V, T, C');
    const missing = await run('flavor', 'generate', '--cpu-type', 'V', '--ram', '4');
    expect(missing.err).toContain('--cpus is required');
  });

  it('points bad values to the docs a user can open, and `flavor --help` lists `flavor docs`', async () => {
    const gen = await run('flavor', 'generate', '--cpus', '4', '--cpu-type', 'C', '--ram', '16', '--cpu-brand', 'i', '--cpu-gen', '7');
    expect(gen.err).toContain('hint: correct the option; docs/flavors.md (or `upkeep flavor docs`) lists the allowed values');
    const help = await run('flavor', '--help');
    expect(help.out + help.err).toMatch(/\n\s+docs\s/);
  });
});

describe('upkeep flavor check', () => {
  it('reports findings and exits 1', async () => {
    const r = await run('flavor', 'check', fixture('flavor-list-long.json'), '--fix');
    expect(r.code).toBe(1);
    expect(r.out).toContain('wrong-name     SCS-4X-16');
    expect(r.out).toContain('missing        SCS-1L-1 (mandatory)');
    expect(r.out).toContain('SCS-8V:32:100 -> SCS-8V-32-100');
  });

  it('with --format json --fix, prints one JSON document with the renames inside', async () => {
    const r = await run('flavor', 'check', fixture('flavor-list-long.json'), '--format', 'json', '--fix');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).renames).toEqual([{ from: 'SCS-8V:32:100', to: 'SCS-8V-32-100' }]);
  });

  it('exits 0 on a fully compliant flavor list: every standard flavor, no findings', async () => {
    const r = await run('flavor', 'check', fixture('flavor-list-compliant.json'));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Findings:');
    expect(r.out).toContain('32 SCS flavors: 32 ok, 0 wrong name, 0 mismatch, 0 v1 name; 0 standard flavors missing (0 mandatory)');
  });

  it('skips a flavor with an empty name with a note, and still exits 0', async () => {
    const r = await run('flavor', 'check', fixture('flavor-list-empty-name.json'));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('wrong-name');
    expect(r.out).toContain('Notes:\n  flavor #31 (ID 00000031-0c1e-4a8e-9a7f-2b3c4d5e6f70) has an empty name; skipped (not an SCS flavor)');
  });

  it('under --standard v1 does not warn about v2-syntax names with v1 values', async () => {
    const r = await run('flavor', 'check', fixture('flavor-list-compliant.json'), '--standard', 'v1', '--fail-on', 'warning');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('scs-0100 v2');
  });

  it('exits 0 for a conforming flavor with --fail-on never or a clean file', async () => {
    expect((await run('flavor', 'check', fixture('flavor-list-long.json'), '--fail-on', 'never')).code).toBe(0);
    const md = await run('flavor', 'check', fixture('flavor-list-long.json'), '--format', 'markdown', '--fail-on', 'never');
    expect(md.out).toContain('| wrong-name | `SCS-4X-16` |');
    const json = await run('flavor', 'check', fixture('flavor-list-long.json'), '--format', 'json', '--fail-on', 'never');
    expect(JSON.parse(json.out).renames).toEqual([{ from: 'SCS-8V:32:100', to: 'SCS-8V-32-100' }]);
  });

  it('exits 2 for unreadable input', async () => {
    const missing = await run('flavor', 'check', fixture('nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('UPK_FILE_NOT_FOUND');
    const bad = await run('flavor', 'check', fixture('bad-json.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('UPK_JSON_SYNTAX');
    const shape = await run('flavor', 'check', fixture('bad-shape.json'));
    expect(shape.err).toContain('UPK_FLAVOR_INPUT');
    const other = await run('flavor', 'check', fixture('other-shape.json'));
    expect(other.code).toBe(2);
    expect(other.err.match(/UPK_FLAVOR_INPUT/g)).toHaveLength(1);
    expect(other.err).toContain(
      'expected the JSON array of `openstack flavor list --long -f json` (or the object of `openstack flavor show -f json`, or Nova\'s `{"flavors": [...]}`), found an object with key servers',
    );
  });
});

describe('upkeep flavor page and docs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'upkeep-flavor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the HTML page', async () => {
    const out = path.join(dir, 'flavors.html');
    const r = await run('flavor', 'page', '--out', out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>SCS flavor names</title>');
    expect(html).toContain('var UpkeepFlavor=');
  });

  it('finds the browser build of the core from the bundle and from the per-file build', () => {
    const core = path.join(repoRoot, 'dist/web/flavor-core.js');
    expect(findFlavorCore(path.join(repoRoot, 'dist/bundle'))).toBe(core);
    expect(findFlavorCore(path.join(repoRoot, 'dist/app'))).toBe(core);
  });

  it('says to run `npm run build` when the browser build is missing', () => {
    const pkg = path.join(dir, 'pkg');
    mkdirSync(path.join(pkg, 'dist/bundle'), { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), '{}');
    let error: unknown;
    try {
      findFlavorCore(path.join(pkg, 'dist/bundle'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UpkeepError);
    expect(error).toMatchObject({ code: 'UPK_FILE_NOT_FOUND', hint: expect.stringContaining('run `npm run build`') });
  });

  it('prints the grammar docs', async () => {
    const r = await run('flavor', 'docs');
    expect(r.out).toBe(readFileSync(path.join(repoRoot, 'docs/flavors.md'), 'utf8'));
  });
});

describe('upkeep flavor generate, a hypervisor the v1 syntax lacks', () => {
  it('says what is wrong in the words of the flavor problems and which --standard to use in the hint', async () => {
    const r = await run('flavor', 'generate', '--cpus', '2', '--cpu-type', 'V', '--ram', '4', '--hypervisor', 'chy', '--standard', 'v1');
    expect(r.code).toBe(2);
    expect(r.err).toContain("error UPK_USAGE: --hypervisor: hypervisor 'chy' has no name in the v1 syntax; the v2 or v3 syntax has one");
    expect(r.err).toContain('hint: use --standard v2 or --standard v3, or another --hypervisor');
  });

  it('reports every problem at once', async () => {
    const r = await run(
      'flavor',
      'generate',
      '--cpus',
      '2',
      '--cpu-type',
      'V',
      '--ram',
      '4',
      '--gpu',
      'G',
      '--gpu-vendor',
      'N',
      '--gpu-bandwidth',
      'h',
      '--ib',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--gpu-bandwidth: a VRAM bandwidth needs a VRAM size');
    expect(r.err).toContain("--ib: InfiniBand after a GPU needs the GPU's compute unit count");
  });
});
