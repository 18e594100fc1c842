#!/usr/bin/env node
// How far Upkeep agrees with endoflife.date, checked the way a user would: every product file of a
// folder is imported into a fresh workspace (`upkeep import endoflife`), every cycle is pinned by its
// id and by its `latest`, and the phase `check` gives each pin on several dates is compared with the
// phase the file itself says (its columns read independently of Upkeep's import, each column meaning
// what the product's documented mapping says: Ubuntu's `eol` ends maintenance, its `eoas` no phase).
//
//   npm run build && node scripts/endoflife-agreement.mjs <products-folder> [--list N] [--json]
//
// e.g. against the endoflife.date repository: node scripts/endoflife-agreement.mjs ../endoflife.date/products
// docs/endoflife-agreement.md gives the figure and explains every disagreement left.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importInto } from '../dist/app/import.js';
import { initWorkspace } from '../dist/app/init.js';
import { check } from '../dist/core/check/check.js';
import { unreachableCycles } from '../dist/core/lifecycle/match.js';
import { getScheme } from '../dist/core/versions/registry.js';
import { columnMapping } from '../dist/formats/endoflife/columns.js';
import { parseEndoflifeProduct } from '../dist/formats/endoflife/parse.js';
import { loadWorkspace } from '../dist/workspace/load.js';

/** Dates every cycle is judged on, besides the day before and the day of each of its own dates. */
export const FIXED_DATES = ['2010-01-01', '2015-06-30', '2020-01-01', '2023-03-20', '2024-12-31', '2026-08-22', '2030-01-01'];

/**
 * Why Upkeep and the file disagree, where the file explains it: `latest-unreachable` — the cycle's
 * own `latest` names another cycle or none (the import warned: Windows Server 2025's 10.0.26100).
 * Anything else is `unexplained`: a bug of Upkeep's or of this reading.
 */
function causeOf(d, unreachable) {
  return d.by === 'latest' && unreachable.has(d.cycle) ? 'latest-unreachable' : 'unexplained';
}

/** `true` ended, `false` not ended, a date ends on that day; undefined: the column is empty. */
function endedOn(value, date) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  return value <= date;
}

/** Where each phase ends by default: the first of its fields that has a value (`support: true` = still given). */
const DEFAULT_ENDS = { maintained: ['eoas', 'support'], security: ['eol'], extended: ['eoes', 'extendedSupport'] };

/**
 * Where each phase ends for a product, from its documented column mapping (`columnMapping` in
 * src/formats/endoflife/columns.ts, each with its source): Ubuntu's `eoas` is "Hardware &
 * Maintenance" and ends no phase, its `eol` ("Maintenance & Security Support") ends both
 * maintenance and security support.
 */
export function phaseEnds(mapping) {
  if (!mapping) return DEFAULT_ENDS;
  const ends = { maintained: [], security: [], extended: [] };
  for (const field of ['eoas', 'support', 'eol', 'eoes', 'extendedSupport']) for (const phase of mapping[field] ?? []) ends[phase]?.push(field);
  return ends;
}

/** A field's value as an end: a date, `true` ended, `false` not ended, undefined none given. */
function endValue(row, field) {
  const v = row[field];
  if (v === undefined || v === null) return undefined;
  if (field === 'support' && typeof v === 'boolean') return !v; // `support: true` = still given
  if (field === 'extendedSupport' && typeof v === 'boolean') return v ? false : undefined; // `false` = none offered
  return v;
}

const endOf = (row, fields) => fields.map((f) => endValue(row, f)).find((v) => v !== undefined);

/**
 * The phase a cycle is in on a date, as its endoflife.date row says, with each phase's end read
 * from the columns `ends` names (`phaseEnds`; by default `eoas`/`support` end active support, `eol`
 * security support, `eoes`/`extendedSupport` extended support).
 */
export function publishedPhase(row, date, ends = DEFAULT_ENDS) {
  if (row.releaseDate && row.releaseDate > date) return 'future';
  const active = endOf(row, ends.maintained);
  const security = endOf(row, ends.security);
  const extended = endOf(row, ends.extended);
  // `true` says a phase has ended by now, at a date not given: not before the previous phase's end.
  if (security === true && typeof active === 'string' && active > date) return 'maintained';
  const activeEnded = endedOn(active, date);
  const securityEnded = endedOn(security, date);
  const extendedEnded = endedOn(extended, date);
  if (securityEnded === false) return activeEnded === true ? 'security' : 'maintained';
  if (securityEnded === undefined) {
    if (activeEnded === false) return 'maintained';
    if (activeEnded === undefined && extendedEnded === undefined) return 'unknown';
  }
  return extendedEnded === false ? 'extended' : 'ended';
}

function datesOf(row) {
  const dates = new Set(FIXED_DATES);
  for (const v of [row.releaseDate, row.eoas, row.support, row.eol, row.eoes, row.extendedSupport])
    if (typeof v === 'string') {
      dates.add(v);
      dates.add(dayBefore(v));
    }
  return dates;
}

function dayBefore(date) {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/**
 * Imports every product file of `folder` and compares each pin's phase on each date with the file.
 * Returns the counts and every disagreement ({product, cycle, by, version, date, upkeep, file}).
 */
export async function measureAgreement(folder) {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'upkeep-agreement-'));
  const previousCache = process.env.UPKEEP_CACHE;
  process.env.UPKEEP_CACHE = 'off';
  try {
    initWorkspace({ dir, name: 'endoflife-agreement' });
    const warnings = [];
    const refused = [];
    for (const f of files) {
      try {
        const applied = await importInto({ workspace: dir, importer: 'endoflife', path: join(folder, f) });
        for (const w of applied.warnings) if (!/no history given/.test(w)) warnings.push(w);
      } catch (e) {
        refused.push(`${f}: ${e.code ?? ''} ${e.message}`);
      }
    }
    const loaded = loadWorkspace(dir);
    const result = {
      products: files.length,
      cycles: 0,
      judged: { id: 0, latest: 0 },
      agreed: { id: 0, latest: 0 },
      causes: {},
      disagreements: [],
      warnings,
      refused,
    };
    for (const f of files) {
      if (refused.some((r) => r.startsWith(`${f}:`))) continue;
      const id = f.replace(/\.md$/, '');
      const rows = parseEndoflifeProduct(readFileSync(join(folder, f), 'utf8'), f).releases;
      const ends = phaseEnds(columnMapping(id));
      const components = new Map();
      const pins = [];
      const expected = [];
      rows.forEach((row, i) => {
        result.cycles++;
        const ways = [['id', String(row.releaseCycle)]];
        if (row.latest !== undefined && row.latest !== null && String(row.latest) !== '') ways.push(['latest', String(row.latest)]);
        for (const [by, version] of ways) {
          const component = `${by}-${i}`;
          components.set(component, { id: component, product: id });
          pins.push({ component, version });
          expected.push({ row, by, version, cycle: String(row.releaseCycle), dates: datesOf(row) });
        }
      });
      const product = loaded.products.get(id);
      const unreachable = new Set(
        unreachableCycles(product.cycles, getScheme(product.scheme).parse)
          .filter((u) => u.by === 'latest')
          .map((u) => u.cycle),
      );
      const ws = { ...loaded, components, releases: [{ id: 'R', date: '2000-01-01', end: '2000-01-02', pins, alternatives: [] }] };
      const dates = [...new Set(expected.flatMap((e) => [...e.dates]))].sort();
      for (const date of dates) {
        const states = check(ws, { asOf: date }).pins;
        expected.forEach((e, i) => {
          if (!e.dates.has(date)) return;
          const pin = states[i];
          const want = publishedPhase(e.row, date, ends);
          const got = pin.cycle && pin.cycle.id !== e.cycle ? `${pin.state} (cycle ${pin.cycle.id})` : pin.state;
          result.judged[e.by]++;
          if (got === want) result.agreed[e.by]++;
          else {
            const d = { product: id, cycle: e.cycle, by: e.by, version: e.version, date, upkeep: got, file: want };
            d.cause = causeOf(d, unreachable);
            result.causes[d.cause] = (result.causes[d.cause] ?? 0) + 1;
            result.disagreements.push(d);
          }
        });
      }
    }
    return result;
  } finally {
    if (previousCache === undefined) delete process.env.UPKEEP_CACHE;
    else process.env.UPKEEP_CACHE = previousCache;
    rmSync(dir, { recursive: true, force: true });
  }
}

const percent = (a, n) => (n === 0 ? '100.00' : ((100 * a) / n).toFixed(2));

function report(r, list) {
  const judged = r.judged.id + r.judged.latest;
  const agreed = r.agreed.id + r.agreed.latest;
  const lines = [
    `${r.products} products, ${r.cycles} cycles, ${judged} judgements (pin × date)`,
    `agreement: ${percent(agreed, judged)} % (${agreed} of ${judged})`,
    `  pinned by cycle id: ${percent(r.agreed.id, r.judged.id)} % (${r.agreed.id} of ${r.judged.id})`,
    `  pinned by latest:   ${percent(r.agreed.latest, r.judged.latest)} % (${r.agreed.latest} of ${r.judged.latest})`,
  ];
  for (const [cause, n] of Object.entries(r.causes)) lines.push(`  disagreements, ${cause}: ${n}`);
  const byProduct = new Map();
  for (const d of r.disagreements) {
    const key = `${d.product} ${d.by} ${d.cycle}`;
    const entry = byProduct.get(key) ?? { ...d, count: 0 };
    entry.count++;
    byProduct.set(key, entry);
  }
  if (byProduct.size > 0) lines.push('', `disagreements: ${byProduct.size} pins (product, pinned by, cycle: pin → Upkeep / file, first date)`);
  for (const d of [...byProduct.values()].slice(0, list))
    lines.push(
      `  ${d.product} ${d.by} ${d.cycle}: ${d.version} → ${d.upkeep} / ${d.file} on ${d.date} (${d.count} date${d.count === 1 ? '' : 's'}; ${d.cause})`,
    );
  if (byProduct.size > list) lines.push(`  … ${byProduct.size - list} more (--list N)`);
  if (r.refused.length) lines.push('', `imports refused: ${r.refused.length}`, ...r.refused.map((w) => `  ${w}`));
  if (r.warnings.length) lines.push('', `import warnings: ${r.warnings.length}`, ...r.warnings.slice(0, list).map((w) => `  ${w}`));
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!folder) {
    console.error('usage: node scripts/endoflife-agreement.mjs <products-folder> [--list N] [--json]');
    process.exit(2);
  }
  const listAt = args.indexOf('--list');
  const list = listAt >= 0 ? Number(args[listAt + 1]) : 40;
  const r = await measureAgreement(resolve(folder));
  console.log(args.includes('--json') ? JSON.stringify(r, null, 2) : report(r, list));
}
