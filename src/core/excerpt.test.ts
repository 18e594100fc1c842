import { describe, expect, it } from 'vitest';
import { clip, quote } from './excerpt.js';

describe('a value quoted in a message', () => {
  it('is short text in full, and long text by its start and its length', () => {
    expect(quote('pacific')).toBe('"pacific"');
    expect(quote('x'.repeat(52_428_800))).toBe(`"${'x'.repeat(60)}"… (52,428,800 characters)`);
  });

  it('names a list or a mapping by its kind and size, never its whole content', () => {
    expect(quote(['a', 'b'])).toBe('a list of 2 items');
    expect(quote({ releases: 1, source: 2, pins: 3, end: 4 })).toBe('a mapping (keys "releases", "source", "pins" and 1 more)');
    expect(quote({})).toBe('a mapping with no keys');
    expect(quote(16)).toBe('16');
    expect(quote(null)).toBe('null');
  });

  it('a message is cut at 2,000 characters and says how much was left out', () => {
    expect(clip('short')).toBe('short');
    expect(clip('y'.repeat(2500))).toBe(`${'y'.repeat(2000)}… (500 more characters left out)`);
  });
});
