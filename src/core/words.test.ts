import { describe, expect, it } from 'vitest';
import { aOrAn } from './words.js';

describe('the article before a phrase', () => {
  it.each([
    ['OpenStack series', 'an OpenStack series'],
    ['Ubuntu', 'an Ubuntu'],
    ['endoflife.date product file', 'an endoflife.date product file'],
    ['Ceph', 'a Ceph'],
    ['Semantic Versioning', 'a Semantic Versioning'],
  ])('%s → %s', (phrase, text) => {
    expect(aOrAn(phrase)).toBe(text);
  });
});
