import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { data, repoRoot } from '../../test/paths.js';
import type { PlainDate } from '../core/dates.js';
import { UpkeepError } from '../core/errors.js';
import { type ImportRequest, importers } from './importers.js';

/** A real input per importer (../shared/data where it exists, a fixture where it does not). */
const SAMPLES: Record<string, { path: string; request?: ImportRequest }> = {
  endoflife: { path: data('endoflife/products/redis.md'), request: { history: data('endoflife/history/redis.jsonl') } },
  'endoflife-api': { path: join(repoRoot, 'test/fixtures/endoflife-api/kubernetes.json') },
  'openstack-series': { path: data('openstack/series_status.yaml'), request: { history: data('openstack/series_status.history.jsonl') } },
  'ceph-releases': { path: data('ceph/releases.yml') },
  osism: { path: data('osism-release/5.1.0') },
  sbom: { path: join(repoRoot, 'test/fixtures/sbom/osism-5.0.0.cdx.json') },
};
const release = { releaseId: 'R', date: '2023-03-22' as PlainDate, end: '2023-11-05' as PlainDate };

describe('every importer of the registry', () => {
  it('has a sample input here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(importers.map((i) => i.id).sort());
  });

  it.each(importers.map((i) => [i.id, i] as const))('%s imports its real sample', async (id, importer) => {
    const sample = SAMPLES[id]!;
    const result = (await importer.load()).import(sample.path, { ...sample.request, ...(importer.release ? { release } : {}) });
    expect(result.products.length + result.releases.length).toBeGreaterThan(0);
    expect(result.source).not.toBe('');
    if (importer.release) expect(result.releases[0]?.pins.length).toBeGreaterThan(5);
    else expect(result.products[0]?.cycles.length).toBeGreaterThan(1);
  });

  const crossed = importers.flatMap((i) =>
    Object.entries(SAMPLES)
      .filter(([id]) => id !== i.id)
      .map(([other, s]) => [i.id, other, i, s.path] as const),
  );
  it.each(crossed)('%s given the input of %s fails with an UpkeepError, never a crash', async (_id, _other, importer, path) => {
    const run = await importer.load();
    let error: unknown;
    try {
      run.import(path, importer.release ? { release } : {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UpkeepError);
    expect((error as UpkeepError).hint.length).toBeGreaterThan(10);
  });
});

describe('the importer folders', () => {
  const formats = join(repoRoot, 'src/formats');
  const folders = readdirSync(formats).filter((f) => existsSync(join(formats, f, 'meta.ts')));

  it('are each one line of the registry', () => {
    expect(folders).toHaveLength(importers.length);
  });

  it.each(folders)('%s has the same shape: meta, read, parse, map, schema, index and a readme', (folder) => {
    for (const file of ['meta.ts', 'read.ts', 'parse.ts', 'map.ts', 'schema.ts', 'index.ts', 'readme.md'])
      expect(existsSync(join(formats, folder, file)), file).toBe(true);
  });

  it.each(importers.map((i) => [i.id, i] as const))('%s loads the importer its metadata describes', async (_id, entry) => {
    const { load: _load, ...meta } = entry;
    expect(await entry.load()).toMatchObject(meta);
  });
});
