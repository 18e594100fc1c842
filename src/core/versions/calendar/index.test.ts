import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

describe('calendar (YY.MM.patch)', () => {
  it.each([
    { input: '22.09.0', release: [2022, 9, 0], cycles: ['22.09'] },
    { input: '23.03.1', release: [2023, 3, 1], cycles: ['23.03'] },
    { input: 'v23.03.0', release: [2023, 3, 0], cycles: ['23.03'] },
    { input: '22.09', release: [2022, 9], cycles: ['22.09'] },
    { input: '2023.03', release: [2023, 3], cycles: ['2023.03'] },
    { input: '2023.03.2', release: [2023, 3, 2], cycles: ['2023.03'] },
  ])('$input → release $release, cycle $cycles', ({ input, release, cycles }) => {
    expect(scheme.parse(input)).toMatchObject({ raw: input, release, cycles, stable: true });
  });

  it.each(['2023.1.2', '22.13.0', '22.00.1', '22.9.0', '123.03', '22', 'latest'])('%j is not calendar versioning', (input) => {
    expect(scheme.parse(input)).toBeUndefined();
  });

  it.each([
    ['22.09.1', '22.09.10'],
    ['22.09.3', '22.12.0'],
    ['22.12.0', '23.03.0'],
    ['22.09.0', '2023.03'],
  ])('%s < %s', (a, b) => {
    expect(scheme.compare(a, b)).toBeLessThan(0);
  });

  it('orders cycles by date, whatever the year spelling', () => {
    expect(scheme.compareCycles('22.09', '23.03')).toBeLessThan(0);
    expect(scheme.compareCycles('2022.09', '23.03')).toBeLessThan(0);
  });
});
