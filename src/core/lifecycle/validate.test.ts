import { describe, expect, it } from 'vitest';
import { cycle, points } from '../../../test/builders.js';
import type { LifecycleFacts } from '../errors.js';
import type { Cycle, Product } from './types.js';
import { validateLifecycle } from './validate.js';

const product = (scheme: Product['scheme'], cycles: Cycle[]): Product => ({ id: 'p', name: 'P', scheme, cycles, history: [], sources: [] });

describe('validateLifecycle returns each contradiction as facts at its cycle', () => {
  it.each<[string, Product, LifecycleFacts]>([
    [
      'a cycle declared twice',
      product('semver', [cycle('3.0', '2022-08-15', '2023-08-15'), cycle('3.0', '2022-08-15', '2023-08-15')]),
      { rule: 'duplicate-cycle', cycle: '3.0' },
    ],
    [
      'a phase that actually ended before the first release',
      product('semver', [cycle('3.0', '2022-08-15', { actual: '2021-01-01' })]),
      { rule: 'end-before-release', cycle: '3.0', phase: 'maintained', end: '2021-01-01', released: '2022-08-15' },
    ],
    [
      'an end announced before the release',
      product('semver', [cycle('3.0', '2022-08-15', '2020-10-01')]),
      { rule: 'announced-before-release', cycle: '3.0', phase: 'maintained', end: '2020-10-01', released: '2022-08-15' },
    ],
    [
      'a point release dated before the cycle',
      product('semver', [
        cycle('3.0', '2022-08-15', '2023-08-15', {
          points: points([
            ['3.0.1', '2022-09-01'],
            ['3.0.0', '2022-08-01'],
          ]),
        }),
      ]),
      { rule: 'point-before-release', cycle: '3.0', version: '3.0.0', date: '2022-08-01', released: '2022-08-15' },
    ],
    [
      'a point release that is no version of the scheme',
      product('semver', [cycle('3.0', '2022-08-01', '2023-08-15', { points: points([['3.0.one', '2022-09-01']]) })]),
      { rule: 'point-not-a-version', cycle: '3.0', version: '3.0.one', scheme: 'semver' },
    ],
    [
      'a point release of another cycle',
      product('semver', [cycle('3.0', '2022-08-01', '2023-08-15', { points: points([['3.1.0', '2023-02-17']]) })]),
      { rule: 'point-in-other-cycle', cycle: '3.0', version: '3.1.0', other: '3.1' },
    ],
  ])('%s', (_what, p, facts) => {
    expect(validateLifecycle(p)).toEqual([{ code: 'UPK_BAD_LIFECYCLE', path: ['cycles', p.cycles.length - 1], facts }]);
  });

  it('finds nothing in a consistent lifecycle', () => {
    expect(validateLifecycle(product('semver', [cycle('3.0', '2022-08-15', '2023-08-15', { points: points([['3.0.1', '2022-09-01']]) })]))).toEqual([]);
  });
});
