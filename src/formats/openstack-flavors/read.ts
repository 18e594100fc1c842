import type { CloudFlavor } from '../../core/flavor/check.js';
import { readText } from '../../files/yaml-file.js';
import { parseFlavorList } from './parse.js';

/** Reads a flavor list file (UPK_FILE_NOT_FOUND / UPK_JSON_SYNTAX / UPK_FLAVOR_INPUT on bad input). */
export function readFlavorList(file: string): CloudFlavor[] {
  return parseFlavorList(readText(file, 'flavor list'), file);
}
