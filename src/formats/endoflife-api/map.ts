import { basename } from 'node:path';
import type { PlainDate } from '../../core/dates.js';
import type { Cycle, PhaseEnd, Product } from '../../core/lifecycle/types.js';
import type { ImportResult } from '../../core/workspace.js';
import { identifiersFrom } from '../endoflife/map.js';
import { schemeFor } from '../endoflife/schemes.js';
import type { EndoflifeApiProduct } from './schema.js';

function phaseEnds(maintained: PhaseEnd | undefined, security: PhaseEnd | undefined, extended: PhaseEnd | undefined): Cycle['ends'] {
  return { ...(maintained ? { maintained } : {}), ...(security ? { security } : {}), ...(extended ? { extended } : {}) };
}

/** The API's flags and dates (`isEol`, `eolFrom`) as phase ends: a date where there is one, else the flag. */
export function productFromApi(answer: EndoflifeApiProduct): Product {
  const p = answer.result;
  const versions = p.releases.map((c) => ({ id: c.name, latest: c.latest?.name ?? undefined }));
  const flag = (is: boolean | null | undefined, from: PlainDate | null | undefined): PhaseEnd | undefined =>
    from ? { announced: from } : is === true ? { announced: true } : is === false ? { announced: false } : undefined;
  return {
    id: p.name,
    name: p.label,
    scheme: schemeFor(p.name, versions),
    history: [],
    sources: [`https://endoflife.date/api/v1/products/${p.name}`],
    ...identifiersFrom((p.identifiers ?? []).map((i) => [i.type, i.id] as const)),
    cycles: p.releases.map((c) => {
      const ends = phaseEnds(
        flag(c.isEoas, c.eoasFrom),
        flag(c.isEol, c.eolFrom),
        c.eoesFrom || typeof c.isEoes === 'boolean' ? flag(c.isEoes, c.eoesFrom) : undefined,
      );
      return {
        id: c.name,
        ...(c.codename ? { codename: c.codename } : {}),
        ...(c.releaseDate ? { released: c.releaseDate } : {}),
        ...(typeof c.isLts === 'boolean' ? { lts: c.isLts } : {}),
        ends,
        ...(c.latest ? { latest: c.latest.name } : {}),
        ...(c.latest?.date ? { latestDate: c.latest.date } : {}),
      };
    }),
  };
}

export function endoflifeApiImport(file: string, answer: EndoflifeApiProduct): ImportResult {
  return { products: [productFromApi(answer)], releases: [], components: [], warnings: [], source: `endoflife.date API v1 (${basename(file)})` };
}
