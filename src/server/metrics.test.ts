import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../test/paths.js';
import { type ServedApp, servedApp } from '../../test/served-app.js';

describe('/metrics on examples/scs, as of 2023-03-20', () => {
  let s: ServedApp;
  let families: Map<string, ParsedFamily>;
  beforeAll(async () => {
    s = await servedApp();
    const res = await s.app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain; version=0.0.4');
    families = new Map(parsePrometheusTextFormat(res.body).map((f) => [f.name, f]));
  }, 180_000);
  afterAll(() => s?.close());

  const sample = (name: string, labels: Record<string, string>) =>
    families.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));

  it("gives the days until a pin's cycle leaves the required phase: Ceph Pacific 73 days (2023-06-01), Keycloak 19.0 left 139 days ago", () => {
    expect(families.get('upkeep_pin_days_left')?.type).toBe('GAUGE');
    expect(sample('upkeep_pin_days_left', { release: 'R4', component: 'ceph', alternative: 'false' })).toMatchObject({
      labels: { product: 'ceph', version: '16.2.11', cycle: '16', required_phase: 'maintained' },
      value: '73',
    });
    expect(sample('upkeep_pin_days_left', { release: 'R4', component: 'image/keycloak' })?.value).toBe('-139');
  });

  it('gives every pin its phase as a label, and agrees with the status document', async () => {
    const doc = (await s.app.inject('/api/status')).json() as { pins: { release: string; component: string; alternative: boolean; state: string }[] };
    const phases = families.get('upkeep_pin_phase')?.metrics ?? [];
    expect(phases).toHaveLength(doc.pins.length);
    for (const p of doc.pins)
      expect(sample('upkeep_pin_phase', { release: p.release, component: p.component, alternative: String(p.alternative) })?.labels?.phase).toBe(p.state);
  });

  it('counts findings per release and severity, as check does', async () => {
    const doc = (await s.app.inject('/api/releases/R4/status')).json() as { summary: Record<string, number> };
    for (const severity of ['error', 'warning', 'info'])
      expect(sample('upkeep_findings', { release: 'R4', severity })?.value).toBe(String(doc.summary[severity]));
  });

  it('gives the age of each product’s lifecycle data, and the process’s own metrics', () => {
    const ages = families.get('upkeep_lifecycle_data_age_days')?.metrics ?? [];
    expect(ages.map((m) => m.labels?.product)).toContain('ceph');
    expect(ages.every((m) => Number(m.value) >= 0)).toBe(true);
    expect(families.has('process_resident_memory_bytes')).toBe(true);
    expect(families.has('nodejs_eventloop_lag_seconds')).toBe(true);
  });

  it.each(['docs/prometheus-alerts.yml', 'docs/grafana-dashboard.json'])('%s asks only for metrics the server exports', (file) => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const doc = file.endsWith('.json') ? JSON.parse(text) : parse(text);
    expect(doc).toBeTruthy();
    const named = new Set(text.match(/\b(?:upkeep|process|nodejs)_[a-z0-9_]+/g));
    // counters are exported as `<name>` families with a `_total` sample name in the text
    const exported = new Set([...families.keys()].flatMap((n) => [n, `${n}_total`]));
    expect([...named].filter((n) => !exported.has(n))).toEqual([]);
  });

  it('keeps one registry per app: a second app in the same process has its own series', async () => {
    const other = await servedApp();
    try {
      await other.app.inject({ method: 'POST', url: '/api/reload', headers: other.auth('maintainer') });
      expect(other.metrics.registry).not.toBe(s.metrics.registry);
      expect((await other.app.inject('/metrics')).statusCode).toBe(200);
    } finally {
      await other.close();
    }
  }, 180_000);
});
