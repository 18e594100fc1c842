import { describe, expect, it } from 'vitest';
import { addDays, dateProblem, daysBetween, epochDay, fromEpochDay, type PlainDate, toPlainDate } from './dates.js';

const d = (s: string) => s as PlainDate;

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
    ['2023-0a-01', false],
    ['2023-03-2 ', false],
    ['+023-03-20', false],
    ['2023/03/20', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['２023-03-20', false],
  ])('%s is a date: %s', (text, ok) => {
    expect(toPlainDate(text) !== undefined).toBe(ok);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween(toPlainDate('2024-02-28')!, toPlainDate('2024-03-01')!)).toBe(2);
    expect(addDays(toPlainDate('2023-11-05')!, 30)).toBe('2023-12-05');
  });
});

describe('epochDay', () => {
  it('agrees with Date.UTC and fromEpochDay on every day from 1600-01-01 to 2499-12-31', () => {
    const first = Date.UTC(1600, 0, 1) / 86_400_000;
    const last = Date.UTC(2499, 11, 31) / 86_400_000;
    const wrong: string[] = [];
    for (let day = first; day <= last; day++) {
      const date = fromEpochDay(day);
      if (epochDay(date) !== day) wrong.push(date);
    }
    expect(wrong).toEqual([]);
    expect(epochDay(d('1970-01-01'))).toBe(0);
    expect(epochDay(d('2024-03-01')) - epochDay(d('2024-02-28'))).toBe(2);
  });

  it('fromEpochDay writes what Date writes, from year 0000 to 9999 (every 7th day) and at the edges', () => {
    const viaDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const wrong: string[] = [];
    for (let day = -719_528 - 366; day <= 2_932_896 + 400; day += 7)
      if (fromEpochDay(day) !== viaDate(day)) wrong.push(`${day}: ${fromEpochDay(day)} ≠ ${viaDate(day)}`);
    for (const day of [-719_528, -719_529, 2_932_896, 2_932_897, -1, 0, 59, 60, 11_016, 19_782])
      if (fromEpochDay(day) !== viaDate(day)) wrong.push(`${day}: ${fromEpochDay(day)} ≠ ${viaDate(day)}`);
    expect(wrong).toEqual([]);
    expect(fromEpochDay(19_782)).toBe('2024-02-29');
  });
});

describe('why a text is not a date', () => {
  it.each([
    ['2023-02-29', '2023-02-29 is not a real calendar date: 2023 is not a leap year (February 2023 has 28 days)'],
    ['2023-02-30', '2023-02-30 is not a real calendar date: February 2023 has 28 days'],
    ['2024-02-30', '2024-02-30 is not a real calendar date: February 2024 has 29 days'],
    ['2023-04-31', '2023-04-31 is not a real calendar date: April has 30 days'],
    ['2023-13-01', '2023-13-01 is not a real calendar date: there is no month 13'],
    ['20.03.2023', '"20.03.2023" is not a date in YYYY-MM-DD form'],
  ])('%s: %s', (text, why) => {
    expect(dateProblem(text)).toBe(why);
  });

  it('a real date has no problem', () => {
    expect(dateProblem('2024-02-29')).toBeUndefined();
  });
});
