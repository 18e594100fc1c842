import type { ImportResult } from '../../core/workspace.js';
import { readText } from '../../files/yaml-file.js';
import { endoflifeImport } from './map.js';
import { parseEndoflifeHistory, parseEndoflifeProduct } from './parse.js';

/** Reads an endoflife.date product file and, optionally, its history into one product. */
export function importEndoflife(file: string, historyFile?: string): ImportResult {
  const product = parseEndoflifeProduct(readText(file, 'endoflife.date product file'), file);
  const history = historyFile ? parseEndoflifeHistory(readText(historyFile, 'history file'), historyFile) : undefined;
  return endoflifeImport(file, product, history && historyFile ? { file: historyFile, changes: history } : undefined);
}
