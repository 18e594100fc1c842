import { type Simulation, windowDays } from '../core/plan/simulate.js';
import type { ProductNames } from './message.js';

const pad = (rows: readonly (readonly string[])[]) => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
};

/** The cadences side by side, then each cadence's releases with what ran out of maintenance while they lived. */
export function renderSimulationTable(s: Simulation, names: ProductNames): string {
  const total = windowDays(s.from, s.to);
  const lines = [
    `Release cadences of ${s.workspace}, ${s.from} to ${s.to}: each release lives ${s.lifetime}, planned with what was known on its date,`,
    `starting from ${s.start.id} (${s.start.date}). Maintenance (the policy's "${s.phase}" phase) is judged as known on ${s.to}.`,
    '',
    ...pad([
      ['cadence', 'releases', 'patch', 'minor', 'major', 'plans with gaps', 'days out of maintenance', 'mean cycle age'],
      ...s.cadences.map((c) => [
        c.cadence,
        String(c.releases.length),
        String(c.upgrades.patch),
        String(c.upgrades.minor),
        String(c.upgrades.major),
        String(c.plansWithGaps),
        `${c.daysOutOfMaintenance} of ${total}`,
        c.meanAgeDays === undefined ? '-' : `${c.meanAgeDays} d`,
      ]),
    ]),
  ];
  for (const c of s.cadences) {
    lines.push('', `Cadence ${c.cadence}:`);
    if (c.componentDays.length)
      lines.push(`  out of maintenance: ${c.componentDays.map((x) => `${names(x.component) ?? x.component} ${x.days} d`).join(', ')}`);
    for (const r of c.releases) {
      const changes = `${r.counts.patch} patch, ${r.counts.minor} minor, ${r.counts.major} major`;
      const out = r.outOfMaintenance.map((o) => `${o.component} ${o.version} ended ${o.end}`).join(', ');
      lines.push(`  ${r.id.padEnd(8)} ${r.date} → ${r.end}  ${changes}${r.status === 'gaps' ? ', gaps' : ''}${out ? `; ran past upstream: ${out}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The simulation as data (schema upkeep.simulate/v1). */
export function renderSimulationJson(s: Simulation): string {
  const doc = { schema: 'upkeep.simulate/v1', windowDays: windowDays(s.from, s.to), ...s };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
