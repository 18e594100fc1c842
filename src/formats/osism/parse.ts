import path from 'node:path';
import { parseDocument } from 'yaml';
import { isUpkeepError, UpkeepError } from '../../core/errors.js';
import { parseYaml } from '../../files/yaml-file.js';
import type { ManifestFile } from './pins.js';

/** One manifest's YAML, with the lines of its nodes; its sections are checked as they are read (pins.ts, permissive). */
export function parseManifest(dir: string, name: string, text: string, source: string): ManifestFile {
  const file = path.join(dir, name);
  try {
    return { name, source, yaml: parseYaml(text, file) };
  } catch (e) {
    throw isUpkeepError(e) && e.code === 'UPK_YAML_SYNTAX' && e.location.line === undefined ? withLine(e, text) : e;
  }
}

/** parseYaml reports no line for some errors (they carry one only when prettified); add it here. */
function withLine(e: UpkeepError, text: string): UpkeepError {
  const pos = parseDocument(text, { prettyErrors: true }).errors[0]?.linePos?.[0];
  if (!pos) return e;
  const [first, ...rest] = e.problems;
  return new UpkeepError([{ ...first, location: { ...first.location, line: pos.line, column: pos.col } }, ...rest]);
}
