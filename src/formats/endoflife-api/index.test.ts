import { describe, expect, it } from 'vitest';
import { resolveEnd } from '../../core/lifecycle/phases.js';
import { parseEndoflifeApi, productFromApi } from './index.js';

describe('endoflife.date API v1', () => {
  const answer = JSON.stringify({
    schema_version: '1.2.0',
    result: {
      name: 'ubuntu',
      label: 'Ubuntu',
      releases: [
        {
          name: '24.04',
          codename: 'Noble Numbat',
          releaseDate: '2024-04-25',
          isLts: true,
          isEoas: false,
          eoasFrom: '2029-05-31',
          isEol: false,
          eolFrom: '2029-05-31',
          isEoes: false,
          eoesFrom: '2036-05-31',
          latest: { name: '24.04.1', date: '2024-08-29' },
        },
        {
          name: '23.10',
          releaseDate: '2023-10-12',
          isLts: false,
          isEoas: true,
          eoasFrom: '2024-07-12',
          isEol: true,
          eolFrom: '2024-07-12',
          latest: { name: '23.10', date: '2023-10-12' },
        },
      ],
    },
  });
  it('reads releases with their ends and latest version', () => {
    const p = productFromApi(parseEndoflifeApi(answer, 'ubuntu.json'));
    expect(p).toMatchObject({ id: 'ubuntu', name: 'Ubuntu', scheme: 'ubuntu' });
    const noble = p.cycles[0]!;
    expect(noble).toMatchObject({ id: '24.04', lts: true, latest: '24.04.1', latestDate: '2024-08-29' });
    expect(resolveEnd(noble, 'extended').date).toBe('2036-05-31');
    expect(resolveEnd(p.cycles[1]!, 'extended').date).toBe('2024-07-12');
  });
  it('says what shape it expected for another JSON', () => {
    expect(() => parseEndoflifeApi('{"releases": []}', 'x.json')).toThrowError(expect.objectContaining({ code: 'UPK_IMPORT_SHAPE' }));
    expect(() => parseEndoflifeApi('{', 'x.json')).toThrowError(expect.objectContaining({ code: 'UPK_JSON_SYNTAX' }));
  });
});
