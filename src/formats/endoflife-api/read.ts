import type { ImportResult } from '../../core/workspace.js';
import { readText } from '../../files/yaml-file.js';
import { endoflifeApiImport } from './map.js';
import { parseEndoflifeApi } from './parse.js';

/** Reads a saved endoflife.date API v1 answer for one product (`/api/v1/products/<name>`). */
export function importEndoflifeApi(file: string): ImportResult {
  return endoflifeApiImport(file, parseEndoflifeApi(readText(file, 'endoflife.date API answer'), file));
}
