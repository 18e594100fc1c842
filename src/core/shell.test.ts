import { describe, expect, it } from 'vitest';
import { shellWord } from './shell.js';

describe('a word quoted for the shell', () => {
  it.each([
    ['examples/scs', 'examples/scs'],
    ['My Stack', "'My Stack'"],
    ["Bob's stack", "'Bob'\\''s stack'"],
    ['$HOME/x', "'$HOME/x'"],
    ['', "''"],
  ])('%j → %s', (word, quoted) => {
    expect(shellWord(word)).toBe(quoted);
  });
});
