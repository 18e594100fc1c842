const RANGE_START = /^[<>=~^!]|\.x$|\.\*$|^\*$|\s|\|\|/;

/** True when a constraint value is a version range (`>=3.1`, `3.x`), false when it names a cycle (`16`, `2023.1`). */
export function isRange(text: string): boolean {
  return RANGE_START.test(text);
}
