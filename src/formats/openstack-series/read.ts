import type { ImportResult } from '../../core/workspace.js';
import { readText } from '../../files/yaml-file.js';
import { openstackImport } from './map.js';
import { parseSeriesHistory, parseSeriesStatus } from './parse.js';

/** Reads series_status.yaml and, optionally, its history into the OpenStack product. */
export function importOpenstackSeries(file: string, historyFile?: string): ImportResult {
  const list = parseSeriesStatus(readText(file, 'series_status.yaml'), file);
  const lines = historyFile ? parseSeriesHistory(readText(historyFile, 'history file'), historyFile) : undefined;
  return openstackImport(list, lines && historyFile ? { file: historyFile, lines } : undefined);
}
