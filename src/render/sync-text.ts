import type { LifecycleChange } from '../core/lifecycle/diff.js';
import type { FactValue } from '../core/lifecycle/types.js';
import type { ProductSync, SyncReport } from '../core/sync.js';
import { wordProblem } from './problems.js';

const value = (v: FactValue): string => (v === null ? '(none)' : v === true ? 'yes' : v === false ? 'no' : v);

/** "ceph 18: maintained.announced 2025-08-01 → 2026-03-31". */
export function changeText(product: string, c: LifecycleChange): string {
  switch (c.kind) {
    case 'field':
      return `${product} ${c.cycle}: ${c.field} ${value(c.from)} → ${value(c.to)}`;
    case 'cycle-added':
      return `${product} ${c.cycle}: new cycle`;
    case 'cycle-removed':
      return `${product} ${c.cycle}: no longer published upstream; kept as it was (remove it by hand if that is meant)`;
    case 'points': {
      const parts = [
        ...(c.added.length ? [`point releases added ${c.added.map((p) => p.replace('@', ' (')).join('), ')})`] : []),
        ...(c.removed.length ? [`removed ${c.removed.map((p) => p.replace('@', ' (')).join('), ')})`] : []),
      ];
      return `${product} ${c.cycle}: ${parts.join('; ')}`;
    }
    case 'other':
      return `${product} ${c.cycle}: ${c.field} changed`;
  }
}

function productLines(p: ProductSync): string[] {
  if (p.status === 'failed' && p.error) {
    const w = wordProblem(p.error.problems[0]);
    return [`${p.product}: FAILED, left as it was: ${w.message}${w.hint ? ` (${w.hint})` : ''}`];
  }
  if (p.status === 'skipped') return [];
  const lines = p.changes.map((c) => changeText(p.product, c));
  if (p.status === 'unchanged' && !lines.length) return [];
  return lines;
}

/** What a sync changed, one line a change, then a summary; a dry run says nothing was written. */
export function renderSyncText(r: SyncReport): string {
  const out: string[] = [`upkeep sync on ${r.date}${r.dryRun ? ' (dry run: nothing written)' : ''}`];
  for (const p of r.products) out.push(...productLines(p));
  const count = (s: ProductSync['status']) => r.products.filter((p) => p.status === s);
  const changed = count('changed');
  const entries = changed.reduce((n, p) => n + p.entries, 0);
  const unchanged = count('unchanged');
  const notModified = unchanged.filter((p) => p.notModified).length;
  const failed = count('failed');
  const skipped = count('skipped');
  out.push(
    `${changed.length} product${changed.length === 1 ? '' : 's'} ${r.dryRun ? 'would change' : 'changed'} (${entries} history entr${entries === 1 ? 'y' : 'ies'} recorded on ${r.date}), ${unchanged.length} unchanged${notModified ? ` (${notModified} not modified, 304)` : ''}, ${failed.length} failed, ${skipped.length} without a source${skipped.length ? ` (${skipped.map((p) => p.product).join(', ')})` : ''}.`,
  );
  if (failed.length) out.push(`Failed sources leave their products as they were: ${failed.map((p) => p.product).join(', ')}.`);
  return `${out.join('\n')}\n`;
}

/** The report as data, for scripts and CI (`--format json`). */
export function renderSyncJson(r: SyncReport): string {
  return `${JSON.stringify(
    {
      schema: 'upkeep.sync/v1',
      date: r.date,
      dry_run: r.dryRun,
      products: r.products.map((p) => ({
        product: p.product,
        status: p.status,
        ...(p.source ? { format: p.source.format, url: p.source.url } : {}),
        ...(p.notModified ? { not_modified: true } : {}),
        changes: p.changes.map((c) => ({ ...c, text: changeText(p.product, c) })),
        history_entries: p.entries,
        ...(p.error ? { error: { code: p.error.code, ...wordProblem(p.error.problems[0]) } } : {}),
        ...(p.reason ? { reason: p.reason } : {}),
      })),
      written: r.written,
    },
    null,
    2,
  )}\n`;
}
