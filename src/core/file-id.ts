/**
 * Ids that name files — a release is `releases/<id>.yaml`, a product `products/<id>.yaml` and
 * `products/<id>.history.jsonl` — follow one rule, so that an id can never leave its folder
 * (`../../escaped`), make a sub-folder the loader does not read (`R 4/1`), or end in `.history`,
 * which the loader skips as a history file.
 */
export const FILE_ID_FORM = 'letters, digits, ".", "_" and "-", starting with a letter or digit, at most 100 characters (e.g. R4, R4.1, 2023.1, ceph)';

const FILE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const HISTORY = /(^|\.)history(\.|$)/i;

/** Why `id` cannot name a file, or undefined when it can. */
export function fileIdProblem(id: string): string | undefined {
  if (id === '') return 'it is empty';
  if (FILE_ID.test(id)) return HISTORY.test(id) ? 'it contains ".history", which marks history files' : undefined;
  const bad = [...new Set([...id].filter((c) => !/[A-Za-z0-9._-]/.test(c)))];
  if (bad.length) return `it contains ${bad.map((c) => (c === ' ' ? 'a space' : JSON.stringify(c))).join(', ')}`;
  if (id.length > 100) return `it is ${id.length} characters long`;
  return `it starts with ${JSON.stringify(id[0])}`;
}

/** An id of the allowed form close to `id` ("R 4/1" → "R-4-1"), for a hint; undefined when none is near. */
export function fileIdLike(id: string): string | undefined {
  const like = id
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(HISTORY, '$1hist$2')
    .slice(0, 100);
  return like && fileIdProblem(like) === undefined ? like : undefined;
}
