import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, toPlainDate } from './dates.js';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-3-20', false],
    ['2023-03-20T00:00', false],
    ['', false],
  ])('%s is a date: %s', (text, ok) => {
    expect(toPlainDate(text) !== undefined).toBe(ok);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween(toPlainDate('2024-02-28')!, toPlainDate('2024-03-01')!)).toBe(2);
    expect(addDays(toPlainDate('2023-11-05')!, 30)).toBe('2023-12-05');
  });
});
