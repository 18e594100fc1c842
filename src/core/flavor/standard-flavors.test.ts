import { describe, expect, it } from 'vitest';
import { STANDARD_FLAVORS } from './grammar.js';

/** The two tables of scs-0103 v1 ("Standard SCS flavors"), copied from the standard's text. */
const MANDATORY = [
  'SCS-1V-4',
  'SCS-2V-8',
  'SCS-4V-16',
  'SCS-4V-16-100s',
  'SCS-8V-32',
  'SCS-1V-2',
  'SCS-2V-4',
  'SCS-2V-4-20s',
  'SCS-4V-8',
  'SCS-8V-16',
  'SCS-16V-32',
  'SCS-1V-8',
  'SCS-2V-16',
  'SCS-4V-32',
  'SCS-1L-1',
];
const RECOMMENDED = [
  'SCS-1V-4-10',
  'SCS-2V-8-20',
  'SCS-4V-16-50',
  'SCS-8V-32-100',
  'SCS-1V-2-5',
  'SCS-2V-4-10',
  'SCS-4V-8-20',
  'SCS-8V-16-50',
  'SCS-16V-32-100',
  'SCS-1V-8-20',
  'SCS-2V-16-50',
  'SCS-4V-32-100',
  'SCS-1L-1-5',
];

describe('scs-0103 standard flavors', () => {
  const names = (level: string) => STANDARD_FLAVORS.filter((s) => s.level === level).map((s) => s.name);

  it('are exactly the 15 mandatory flavors of the standard', () => {
    expect(names('mandatory')).toEqual(MANDATORY);
  });

  it('are exactly the 13 recommended flavors of the standard (the disk variants), nothing invented', () => {
    expect(names('recommended')).toEqual(RECOMMENDED);
    expect(STANDARD_FLAVORS.map((s) => s.name)).not.toContain('SCS-16V-64');
  });
});
