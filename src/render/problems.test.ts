import { describe, expect, it } from 'vitest';
import type { CoreProblem, Problem } from '../core/errors.js';
import { renderProblems, wordProblem } from './problems.js';

describe('the words of problems', () => {
  it.each<[CoreProblem, string, string | RegExp]>([
    [
      { code: 'UPK_BAD_LIFECYCLE', facts: { rule: 'point-not-a-version', cycle: '3.0', version: '3.0.one', scheme: 'semver' } },
      'cycle 3.0: point release "3.0.one" is not a Semantic Versioning version',
      /^correct the version, or give the product the version scheme its versions follow/,
    ],
    [
      { code: 'UPK_BAD_LIFECYCLE', facts: { rule: 'duplicate-cycle', cycle: '3.0' } },
      'cycle 3.0 is declared twice',
      /^give cycle 3.0 once: merge the two entries or rename one/,
    ],
    [
      { code: 'UPK_BAD_LIFECYCLE', facts: { rule: 'end-before-release', cycle: '3.0', phase: 'maintained', end: '2020-01-01', released: '2021-01-01' } },
      'cycle 3.0: maintained actually ended on 2020-01-01, before its first release on 2021-01-01',
      /^correct the date/,
    ],
    [
      { code: 'UPK_BAD_LIFECYCLE', facts: { rule: 'point-not-a-version', cycle: 'zed', version: 'zed.1', scheme: 'openstack' } },
      'cycle zed: point release "zed.1" is not an OpenStack series version',
      /./,
    ],
    [
      { code: 'UPK_BAD_RANGE', facts: { range: '^3', reason: 'The operator "^" is not supported.' } },
      'The operator "^" is not supported.',
      /^Write ranges like/,
    ],
    [{ code: 'UPK_EMPTY_WORKSPACE', facts: { workspace: 'SCS' } }, 'workspace "SCS" has no releases', /upkeep import osism/],
    [
      { code: 'UPK_UNKNOWN_RELEASE', facts: { release: 'R9', workspace: 'SCS', known: ['R3', 'R4'] } },
      'release "R9" is not in workspace "SCS"',
      'use one of: R3, R4',
    ],
  ])('%j', (problem, message, hint) => {
    const words = wordProblem(problem);
    expect(words.message).toBe(message);
    expect(words.hint).toMatch(hint);
  });

  it('keeps the words an edge wrote', () => {
    expect(wordProblem({ code: 'UPK_USAGE', message: 'm', hint: 'h' })).toEqual({ message: 'm', hint: 'h' });
  });

  it('prints each problem as the CLI does: code, place, message, hint', () => {
    const problems: Problem[] = [
      { code: 'UPK_BAD_LIFECYCLE', path: ['cycles', 1], facts: { rule: 'duplicate-cycle', cycle: '3.0' } },
      {
        code: 'UPK_BAD_LIFECYCLE',
        path: ['cycles', 1],
        location: { file: 'p/ovs.yaml', line: 7, path: 'cycles[1]' },
        facts: { rule: 'duplicate-cycle', cycle: '3.0' },
      },
      { code: 'UPK_FILE_NOT_FOUND', location: { file: '/x' }, message: 'folder /x does not exist', hint: 'check the path' },
    ];
    expect(renderProblems(problems)).toBe(
      [
        'error UPK_BAD_LIFECYCLE: cycles[1]: cycle 3.0 is declared twice',
        '  hint: give cycle 3.0 once: merge the two entries or rename one, in the source data or the product file',
        'error UPK_BAD_LIFECYCLE: p/ovs.yaml:7 (cycles[1]): cycle 3.0 is declared twice',
        '  hint: give cycle 3.0 once: merge the two entries or rename one, in the source data or the product file',
        'error UPK_FILE_NOT_FOUND: folder /x does not exist',
        '  hint: check the path',
        '',
      ].join('\n'),
    );
  });
});
