import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { criteriaFromFile, DEFAULT_CRITERIA, type StabilityCriteria, StabilityFile } from '../core/stability/criteria-schema.js';
import { readYaml, validate } from '../files/yaml-file.js';

export const STABILITY_FILE = 'stability.yaml';

/** The workspace's stability criteria: stability.yaml, or every default when the file is absent or empty. */
export function loadStabilityCriteria(dir: string): StabilityCriteria {
  const file = join(dir, STABILITY_FILE);
  if (!existsSync(file)) return DEFAULT_CRITERIA;
  const src = readYaml(file, 'stability file');
  const value = src.value == null ? { ...src, value: {} } : src;
  return criteriaFromFile(validate(StabilityFile, value, 'correct the criteria (docs/stability.md describes every key)'));
}
