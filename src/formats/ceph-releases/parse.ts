import { parseYaml, validate, type YamlSource } from '../../files/yaml-file.js';
import { CephReleasesFile } from './schema.js';

const FIX = 'expected Ceph doc/releases/releases.yml: releases: {<name>: {target_eol, actual_eol, releases: [{version, released}]}}';

/** The file checked against the schema, with the lines of its nodes (the map reports bad dates and versions by line). */
export interface CephReleasesText {
  readonly data: CephReleasesFile;
  readonly lineOf: YamlSource['lineOf'];
}

export function parseCephReleases(text: string, file: string): CephReleasesText {
  const src = parseYaml(text, file);
  return { data: validate(CephReleasesFile, src, FIX), lineOf: src.lineOf };
}
