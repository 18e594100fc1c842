/** Edit distance (Levenshtein) between two short words. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** The candidates closest to a mistyped word, nearest first ("cepth" → ["ceph", …]). */
export function closest(word: string, candidates: Iterable<string>, n = 5): string[] {
  const w = word.toLowerCase();
  return [...new Set(candidates)]
    .map((c) => [c, distance(w, c.toLowerCase())] as const)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([c]) => c);
}
