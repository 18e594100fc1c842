import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { d } from '../../../test/builders.js';
import { data } from '../../../test/paths.js';
import { UpkeepError } from '../../core/errors.js';
import { resolveEnd } from '../../core/lifecycle/phases.js';
import { knownAt } from '../../core/lifecycle/replay.js';
import { factsFrom, importEndoflife, parseEndoflifeHistory, parseEndoflifeProduct, pointReleasesFromHistory } from './index.js';
import { endoflifeImport } from './map.js';

describe('endoflife.date product files', () => {
  it.each(readdirSync(data('endoflife/products')).filter((f) => f.endsWith('.md')))('%s imports with its history', (file) => {
    const result = importEndoflife(data('endoflife/products', file), data('endoflife/history', file.replace(/\.md$/, '.jsonl')));
    const product = result.products[0]!;
    expect(product.id).toBe(file.replace(/\.md$/, ''));
    expect(product.cycles.length).toBeGreaterThan(0);
    expect(product.history.length).toBeGreaterThan(0);
  });

  it('maps Kubernetes 1.27: released 2023-04-11, maintained until 2024-04-28 (eoas), security until 2024-06-28 (eol)', () => {
    const k8s = importEndoflife(data('endoflife/products/kubernetes.md')).products[0]!;
    const c = k8s.cycles.find((x) => x.id === '1.27')!;
    expect(c.released).toBe('2023-04-11');
    expect(resolveEnd(c, 'maintained').date).toBe('2024-04-28');
    expect(resolveEnd(c, 'security').date).toBe('2024-06-28');
    expect(k8s.scheme).toBe('kubernetes');
  });

  it('keeps the package URLs and Repology names of identifiers (SBOMs are matched through them); CPEs are dropped', () => {
    const nginx = importEndoflife(data('endoflife/products/nginx.md')).products[0]!;
    expect(nginx.identifiers?.purls).toEqual(expect.arrayContaining(['pkg:deb/debian/nginx', 'pkg:apk/alpine/nginx', 'pkg:rpm/redhat/nginx']));
    expect(nginx.identifiers?.repology).toEqual(['nginx']);
    expect(JSON.stringify(nginx.identifiers)).not.toMatch(/cpe/);
  });

  it('keeps "22.10" as text (YAML would read it as the number 22.1)', () => {
    const ubuntu = importEndoflife(data('endoflife/products/ubuntu.md')).products[0]!;
    expect(ubuntu.cycles.map((c) => c.id)).toContain('22.10');
    expect(ubuntu.cycles.find((c) => c.id === '22.04')?.codename).toBe('Jammy Jellyfish');
  });

  it('replays the history: Ubuntu 23.04 is unknown before its first entry and known after', () => {
    const ubuntu = importEndoflife(data('endoflife/products/ubuntu.md'), data('endoflife/history/ubuntu.jsonl')).products[0]!;
    const first = ubuntu.history.find((f) => f.cycle === '23.04')!.recorded;
    expect(knownAt(ubuntu, d('2021-01-01')).find('23.04')).toBeUndefined();
    expect(knownAt(ubuntu, first).find('23.04')).toBeDefined();
  });

  it('shows an end date as it was before it moved', () => {
    const k8s = importEndoflife(data('endoflife/products/kubernetes.md'), data('endoflife/history/kubernetes.jsonl')).products[0]!;
    // find a (cycle, eol) that changed after being set: the earlier value must be what replay shows
    const changes = k8s.history.filter((f) => f.field === 'security.announced' && typeof f.to === 'string');
    const moved = changes.find((f, i) => changes.slice(i + 1).some((g) => g.cycle === f.cycle && g.to !== f.to && g.recorded > f.recorded));
    expect(moved).toBeDefined();
    const c = knownAt(k8s, moved!.recorded).find(moved!.cycle)!;
    expect(resolveEnd(c, 'security').date).toBe(moved!.to);
  });

  it('rejects a file without front matter with UPK_IMPORT_SHAPE and the file name', () => {
    expect(() => parseEndoflifeProduct('# just markdown\n', 'x.md')).toThrowError(
      expect.objectContaining({ code: 'UPK_IMPORT_SHAPE', location: expect.objectContaining({ file: 'x.md' }) }),
    );
  });

  it('rejects a bad date with its line', () => {
    const text = '---\ntitle: X\nreleases:\n  - releaseCycle: "1"\n    eol: 2023-02-30\n---\n';
    try {
      parseEndoflifeProduct(text, 'x.md');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UpkeepError);
      expect((e as UpkeepError).location.line).toBe(5);
      expect((e as UpkeepError).message).toMatch(/2023-02-30/);
    }
  });
});

describe('point releases from the history of `latest`', () => {
  it('turns each change of latest into a dated point release (the shared snapshot has none: synthetic lines)', () => {
    const lines = [
      { recorded: '2023-04-12', cycle: '1.27', field: 'latest', to: '1.27.0' },
      { recorded: '2023-04-12', cycle: '1.27', field: 'latestReleaseDate', to: '2023-04-11' },
      { recorded: '2023-05-20', cycle: '1.27', field: 'latest', to: '1.27.2' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const k8s = importEndoflife(data('endoflife/products/kubernetes.md')).products[0]!;
    const withPoints = pointReleasesFromHistory({ ...k8s, history: factsFrom(parseEndoflifeHistory(lines, 'h.jsonl')) });
    expect(withPoints.cycles.find((c) => c.id === '1.27')?.points).toEqual([
      { version: '1.27.0', date: '2023-04-11' },
      { version: '1.27.2', date: '2023-05-20' },
    ]);
  });
});

describe('history files', () => {
  it('reports every bad line at once, each with its line number', () => {
    const text = [
      '{"recorded": "2023-01-01", "cycle": "1", "field": "eol", "to": "2024-01-01"}',
      '{oops',
      '{"recorded": "01.01.2023", "cycle": "1", "field": "eol", "to": null}',
    ].join('\n');
    try {
      parseEndoflifeHistory(text, 'h.jsonl');
      expect.unreachable();
    } catch (e) {
      const err = e as UpkeepError;
      expect(err.problems.map((x) => [x.code, x.location?.line])).toEqual([
        ['UPK_JSON_SYNTAX', 2],
        ['UPK_BAD_DATE', 3],
      ]);
    }
  });
});

describe('a history belongs to its product', () => {
  it('refuses nginx.md with redis.jsonl, naming both files and the foreign cycles', () => {
    try {
      importEndoflife(data('endoflife/products/nginx.md'), data('endoflife/history/redis.jsonl'));
      expect.unreachable();
    } catch (e) {
      const err = e as UpkeepError;
      expect(err.code).toBe('UPK_UNKNOWN_CYCLE');
      expect(err.message).toMatch(/^redis\.jsonl is not the history of nginx\.md: 12 of the 12 cycles/);
      expect(err.location.file).toBe(data('endoflife/history/redis.jsonl'));
      expect(err.hint).toMatch(/history\/nginx\.jsonl/);
    }
  });

  it("refuses every product of the shared data with any other product's history (29 × 28 pairs)", () => {
    const names = readdirSync(data('endoflife/products'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''));
    const products = new Map(names.map((n) => [n, parseEndoflifeProduct(readFileSync(data(`endoflife/products/${n}.md`), 'utf8'), `${n}.md`)]));
    const histories = new Map(names.map((n) => [n, parseEndoflifeHistory(readFileSync(data(`endoflife/history/${n}.jsonl`), 'utf8'), `${n}.jsonl`)]));
    const accepted: string[] = [];
    for (const p of names)
      for (const h of names) {
        if (p === h) continue;
        try {
          endoflifeImport(`${p}.md`, products.get(p)!, { file: `${h}.jsonl`, changes: histories.get(h)! });
          accepted.push(`${p} + ${h}`);
        } catch (e) {
          expect((e as UpkeepError).code).toBe('UPK_UNKNOWN_CYCLE');
        }
      }
    expect(accepted).toEqual([]);
  });

  it('refuses an empty history file', () => {
    expect(() => parseEndoflifeHistory('\n\n', 'redis.jsonl')).toThrowError(
      expect.objectContaining({ code: 'UPK_IMPORT_SHAPE', message: 'the history file has no changes', location: { file: 'redis.jsonl' } }),
    );
  });
});

describe('history reconciled with the current file', () => {
  it('today agrees with the current file; the past keeps what was published (Docker 20.10 support: false, later dropped)', () => {
    const docker = importEndoflife(data('endoflife/products/docker-engine.md'), data('endoflife/history/docker-engine.jsonl')).products[0]!;
    const last = docker.history.reduce((m, f) => (f.recorded > m ? f.recorded : m), docker.history[0]!.recorded);
    const now = knownAt(docker, last).find('20.10')!;
    expect(resolveEnd(now, 'maintained')).toMatchObject({ date: '2023-12-10', basis: 'announced' });
    const then = knownAt(docker, d('2023-03-20')).find('20.10')!;
    expect(resolveEnd(then, 'maintained').ended).toBe(true);
  });

  it.each(readdirSync(data('endoflife/products')).filter((f) => f.endsWith('.md')))('%s: replaying all of its history gives the current file', (file) => {
    const p = importEndoflife(data('endoflife/products', file), data('endoflife/history', file.replace(/\.md$/, '.jsonl'))).products[0]!;
    const end = knownAt(p, d('9999-12-31'));
    for (const c of p.cycles) {
      const replayed = end.find(c.id);
      expect(replayed, c.id).toBeDefined();
      for (const phase of ['maintained', 'security', 'extended'] as const)
        expect(resolveEnd(replayed!, phase).date, `${c.id} ${phase}`).toBe(resolveEnd(c, phase).date);
    }
  });
});
