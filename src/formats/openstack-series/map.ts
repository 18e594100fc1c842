import type { PlainDate } from '../../core/dates.js';
import { isPlainDate } from '../../core/dates.js';
import { UpkeepError } from '../../core/errors.js';
import type { Cycle, EndValue, Fact, FactField, FactValue, PhaseEnd, Product } from '../../core/lifecycle/types.js';
import type { ImportResult } from '../../core/workspace.js';
import type { JsonLine } from '../../files/jsonl.js';
import type { OpenstackSeries, OpenstackStatus, SeriesChange } from './schema.js';

/** The state of one series as series_status.yaml describes it. */
interface SeriesState {
  status?: OpenstackStatus;
  initialRelease?: PlainDate;
  nextPhase?: { status: OpenstackStatus; date?: PlainDate };
  eolDate?: PlainDate;
  releaseId?: string;
  /** A SLURP series (`slurp: yes`): operators may upgrade from it to the next SLURP series directly. */
  slurp?: boolean;
}

const AFTER_MAINTAINED = new Set<OpenstackStatus>(['extended maintenance', 'unmaintained', 'end of life']);
const PAST_EXTENDED = new Set<OpenstackStatus>(['end of life']);

/** Lifecycle fields of a series state. `memory` keeps dates a later state no longer shows. */
function derive(s: SeriesState, memory: Map<FactField, FactValue>): Map<FactField, FactValue> {
  const out = new Map<FactField, FactValue>();
  out.set('released', s.initialRelease ?? null);
  // maintained ends when the series moves to extended maintenance, unmaintained or end of life
  let maintained: EndValue | null = null;
  if (s.status && AFTER_MAINTAINED.has(s.status)) maintained = (memory.get('maintained.announced') as EndValue | undefined) ?? true;
  else if (s.nextPhase && AFTER_MAINTAINED.has(s.nextPhase.status) && s.nextPhase.date) maintained = s.nextPhase.date;
  if (typeof maintained === 'string' || maintained === true) out.set('maintained.announced', maintained);
  else out.set('maintained.announced', null);
  // extended (extended maintenance / unmaintained) ends at end of life
  let extended: EndValue | null = null;
  if (s.eolDate) extended = s.eolDate;
  else if (s.status && PAST_EXTENDED.has(s.status)) extended = (memory.get('extended.announced') as EndValue | undefined) ?? true;
  else if (s.nextPhase?.status === 'end of life' && s.nextPhase.date) extended = s.nextPhase.date;
  else if (s.status === 'extended maintenance' || s.status === 'unmaintained') extended = false; // open: no end of life announced yet
  out.set('extended.announced', extended);
  for (const [k, v] of out) if (typeof v === 'string') memory.set(k, v);
  return out;
}

function cycleOf(name: string, s: SeriesState): Cycle {
  const fields = derive(s, new Map());
  const ends: Record<string, PhaseEnd> = {};
  const m = fields.get('maintained.announced');
  const x = fields.get('extended.announced');
  if (m !== null && m !== undefined) ends.maintained = { announced: m as EndValue };
  if (x !== null && x !== undefined) ends.extended = { announced: x as EndValue };
  return {
    id: name,
    codename: name[0]?.toUpperCase() + name.slice(1),
    ...(s.releaseId ? { aliases: [s.releaseId] } : {}),
    ...(s.initialRelease ? { released: s.initialRelease } : {}),
    ...(s.slurp ? { slurp: true } : {}),
    ends,
  };
}

/** `slurp: yes` (YAML 1.2 reads it as a word) or `slurp: true`. */
function isSlurp(value: boolean | string | undefined): boolean {
  return value === true || (typeof value === 'string' && /^(yes|true)$/i.test(value));
}

/** The series of series_status.yaml as the OpenStack product. */
export function seriesProduct(list: readonly OpenstackSeries[]): Product {
  return {
    id: 'openstack',
    name: 'OpenStack',
    scheme: 'openstack',
    sources: ['https://releases.openstack.org/', 'https://opendev.org/openstack/releases/src/branch/master/data/series_status.yaml'],
    history: [],
    cycles: list.map((s) =>
      cycleOf(s.name, {
        status: s.status,
        ...(s['initial-release'] ? { initialRelease: s['initial-release'] } : {}),
        ...(s['next-phase'] ? { nextPhase: { status: s['next-phase'].status, ...(s['next-phase'].date ? { date: s['next-phase'].date } : {}) } } : {}),
        ...(s['eol-date'] ? { eolDate: s['eol-date'] } : {}),
        ...(s['release-id'] ? { releaseId: s['release-id'] } : {}),
        ...(isSlurp(s.slurp) ? { slurp: true } : {}),
      }),
    ),
  };
}

/**
 * Replays the series_status.yaml history per series and records, at each change, the lifecycle
 * fields that changed: what OpenStack had published on that date.
 */
function seriesFacts(lines: readonly JsonLine<SeriesChange>[], file: string): Fact[] {
  const states = new Map<string, { state: SeriesState; fields: Map<FactField, FactValue>; memory: Map<FactField, FactValue> }>();
  const facts: Fact[] = [];
  for (const { value: c, line } of lines) {
    let entry = states.get(c.cycle);
    if (!entry) states.set(c.cycle, (entry = { state: {}, fields: new Map(), memory: new Map() }));
    const s = entry.state;
    const to = c.to;
    const bad = () =>
      new UpkeepError('UPK_IMPORT_SHAPE', `${c.field} "${String(to)}" is not valid`, 'dates are YYYY-MM-DD; next-phase is written status@date', { file, line });
    switch (c.field) {
      case 'status':
        if (typeof to !== 'string') throw bad();
        s.status = to as OpenstackStatus;
        break;
      case 'initial-release':
        if (to === null) delete s.initialRelease;
        else if (typeof to === 'string' && isPlainDate(to)) s.initialRelease = to;
        else throw bad();
        break;
      case 'eol-date':
        if (to === null || to === 'None') delete s.eolDate;
        else if (typeof to === 'string' && isPlainDate(to)) s.eolDate = to;
        else throw bad();
        break;
      case 'next-phase': {
        if (to === null) {
          delete s.nextPhase;
          break;
        }
        if (typeof to !== 'string') throw bad();
        const [status, date] = to.split('@');
        s.nextPhase = { status: status as OpenstackStatus, ...(date && isPlainDate(date) ? { date } : {}) };
        break;
      }
      case 'release-id':
        if (typeof to === 'string') s.releaseId = to;
        break;
      default:
        break;
    }
    for (const [field, value] of derive(s, entry.memory)) {
      if (entry.fields.get(field) === value) continue;
      if (value === null && !entry.fields.has(field)) continue;
      entry.fields.set(field, value);
      facts.push({ recorded: c.recorded, cycle: c.cycle, field, to: value, ...(c.commit ? { source: `openstack/releases@${c.commit}` } : {}) });
    }
  }
  return facts;
}

export function openstackImport(list: readonly OpenstackSeries[], history?: { file: string; lines: readonly JsonLine<SeriesChange>[] }): ImportResult {
  const facts = history ? seriesFacts(history.lines, history.file) : [];
  return {
    products: [{ ...seriesProduct(list), history: facts }],
    releases: [],
    components: [],
    warnings: facts.length ? [] : ['openstack: no history given; checks "as of" a past date will use today\'s file and say so'],
    source: `OpenStack series_status.yaml${history ? ' with its history' : ''}`,
  };
}
