import { type JsonLine, readJsonLines } from '../../files/jsonl.js';
import { parseYaml, validate } from '../../files/yaml-file.js';
import { type OpenstackSeries, SeriesChange, SeriesStatusFile } from './schema.js';

/** openstack/releases `data/series_status.yaml`, checked against the schema. */
export function parseSeriesStatus(text: string, file: string): OpenstackSeries[] {
  const src = parseYaml(text, file);
  return validate(
    SeriesStatusFile,
    src,
    'expected openstack/releases data/series_status.yaml: a list of series with name, status, initial-release, next-phase',
  );
}

/** The changes of a series_status history .jsonl file, with their line numbers (for errors in the replay). */
export function parseSeriesHistory(text: string, file: string): JsonLine<SeriesChange>[] {
  return readJsonLines(text, file, SeriesChange, {
    code: 'UPK_IMPORT_SHAPE',
    hint: 'expected the series_status history: {recorded, cycle, field (status, initial-release, next-phase, eol-date), to}',
  });
}
