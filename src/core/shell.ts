/**
 * A word as a POSIX shell reads it back: plain when it has no special character, else in single
 * quotes. Every command a message suggests ("Next: upkeep check 'My Stack'") is quoted with it,
 * so that it can be copied and run as printed.
 */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_/.,:=@%+-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
