import { UpkeepError } from '../../core/errors.js';
import { readJsonLines } from '../../files/jsonl.js';
import { parseYaml, validate } from '../../files/yaml-file.js';
import { EndoflifeChange, EndoflifeProduct } from './schema.js';

/** Splits an endoflife.date product file into its YAML front matter. */
function frontMatter(text: string, file: string): string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m)
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      'no YAML front matter (a block between two `---` lines at the top)',
      'give an endoflife.date product file (products/<name>.md of endoflife-date/endoflife.date)',
      { file, line: 1 },
    );
  return `\n${m[1] as string}`; // keep line numbers those of the file (line 1 is the `---`)
}

/** The front matter of a product file (products/<name>.md), checked against the schema. */
export function parseEndoflifeProduct(text: string, file: string): EndoflifeProduct {
  const src = parseYaml(frontMatter(text, file), file);
  return validate(
    EndoflifeProduct,
    src,
    'correct the value: an endoflife.date product file has `title` and `releases: [{releaseCycle, releaseDate, eol, …}]`, dates as YYYY-MM-DD',
  );
}

const HISTORY_LINE = 'each line is one JSON object {recorded (YYYY-MM-DD), commit, cycle, field, from, to}';

/** The changes of a history .jsonl file (one change a line), in file order; a file with none is an error. */
export function parseEndoflifeHistory(text: string, file: string): EndoflifeChange[] {
  const changes = readJsonLines(text, file, EndoflifeChange, { code: 'UPK_IMPORT_SHAPE', hint: HISTORY_LINE }).map((l) => l.value);
  if (changes.length === 0)
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      'the history file has no changes',
      `give the product's history (${HISTORY_LINE}), or import the product without --history`,
      { file },
    );
  return changes;
}
