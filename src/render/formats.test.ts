import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths.js';
import { NOTICE_FORMATS } from '../web/notice-formats.js';
import { STATUS_FORMATS } from '../web/status-formats.js';
import { CHECK_FORMATS } from './check-formats.js';
import { FLAVOR_CHECK_FORMATS } from './flavor-check-formats.js';
import { formatIds, formatsHelp, type Renderer } from './renderer.js';

const lists: [string, readonly Renderer<never, never>[]][] = [
  ['check', CHECK_FORMATS],
  ['status', STATUS_FORMATS],
  ['flavor check', FLAVOR_CHECK_FORMATS],
  ['notice', NOTICE_FORMATS],
];

describe('the format lists (one a report kind) feed --format, the help and the docs', () => {
  it.each(lists)('every %s format has an id, a description, a media type and an extension', (_kind, renderers) => {
    expect(new Set(formatIds(renderers)).size).toBe(renderers.length);
    for (const r of renderers) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(; charset=utf-8)?$/);
      expect(r.extension).toMatch(/^\.[a-z]+$/);
    }
  });

  it('keeps the order of today (the first is the default; errors list them in this order)', () => {
    expect(formatIds(CHECK_FORMATS)).toEqual(['table', 'json', 'markdown', 'sarif', 'junit']);
    expect(formatIds(STATUS_FORMATS)).toEqual(['table', 'json', 'html']);
    expect(formatIds(FLAVOR_CHECK_FORMATS)).toEqual(['table', 'json', 'markdown']);
  });

  it('the README lists the formats of check', () => {
    const line = readFileSync(join(repoRoot, 'README.md'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('upkeep check ') && l.includes('--format'));
    expect(line?.split('#')[1]?.trim()).toBe(formatIds(CHECK_FORMATS).join(' | '));
  });

  it('the README lists the formats of notice', () => {
    const line = readFileSync(join(repoRoot, 'README.md'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('upkeep notice ') && l.includes('--format'));
    expect(line?.split('#')[1]?.trim()).toBe(formatIds(NOTICE_FORMATS).join(' | '));
  });

  it('the help names each format with its description', () => {
    expect(formatsHelp(STATUS_FORMATS)).toBe(
      [
        'Formats:',
        '  table  the release × component matrix; with --long one table per release',
        '  json   the JSON document of `check --format json` (docs/json-output.md)',
        '  html   a self-contained page with the lifecycle timeline',
      ].join('\n'),
    );
  });
});
