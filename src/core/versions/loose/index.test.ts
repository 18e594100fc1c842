import { describe, expect, it } from 'vitest';
import { scheme } from './index.js';

/** `latest` values of endoflife.date products that are not SemVer (products/*.md, endoflife-date/endoflife.date@a70eca33). */
describe('loose numeric versions', () => {
  it.each([
    ['21.0.12.1+1', [21, 0, 12, 1], [1], ['21.0', '21']],
    ['2023.12.20260817.0', [2023, 12, 20260817, 0], undefined, ['2023.12', '2023']],
    ['28.5.0.5', [28, 5, 0, 5], undefined, ['28.5', '28']],
    ['7 (2009)', [7], [2009], ['7']],
    ['8u482-b08', [8], [482, 8], ['8']],
    ['17.0.4075.5 CU8', [17, 0, 4075, 5], [8], ['17.0', '17']],
    ['9.4.58.v20250814', [9, 4, 58], [20250814], ['9.4', '9']],
    ['4.9-lts', [4, 9], undefined, ['4.9', '4']],
    ['1.0-python-2', [1, 0], [2], ['1.0', '1']],
    ['v1.2', [1, 2], undefined, ['1.2', '1']],
  ])('%s has release %j, build %j and cycles %j, and is stable', (text, release, build, cycles) => {
    const v = scheme.parse(text);
    expect(v?.release).toEqual(release);
    expect(v?.build).toEqual(build);
    expect(v?.cycles).toEqual(cycles);
    expect(v?.stable).toBe(true);
  });

  it.each(['26-ea', '1.2.0.beta1', '6.0-rc.2', '3.0.0-preview'])('%s is a pre-release', (text) => {
    expect(scheme.parse(text)?.stable).toBe(false);
  });

  it.each(['', 'Patch 7', 'cos-129-19506-299-148', '1..2', '1.', '1.x', '.5', 'N/A', '1\n2', '1'.repeat(300)])('%j is not a loose version', (text) => {
    expect(scheme.parse(text)).toBeUndefined();
  });

  it('orders by release, then pre-release, then the numbers of the label', () => {
    const sorted = ['8u501', '26-ea', '8', '8u482-b08', '7 (2009)', '26', '21.0.12.1+1', '21.0.12.1+2'].sort(scheme.compare);
    expect(sorted).toEqual(['7 (2009)', '8', '8u482-b08', '8u501', '21.0.12.1+1', '21.0.12.1+2', '26-ea', '26']);
  });
});
