import path from 'node:path';
import type { z } from 'zod';
import { type ErrorLocation, type Problem, throwProblems, UpkeepError } from '../../core/errors.js';
import { quote } from '../../core/excerpt.js';
import { parseYaml } from '../../files/yaml-file.js';
import { CdxBom, SPEC_VERSIONS } from './schema.js';

const EXPECTS = 'Upkeep expects a CycloneDX JSON SBOM';
const EXPORT_HINT = 'export the SBOM as CycloneDX JSON (e.g. `syft <image> -o cyclonedx-json`, `trivy image --format cyclonedx`)';

/** A CycloneDX JSON SBOM checked against the schema; XML, SPDX and other shapes are refused by name. */
export function parseBom(raw: string, file: string): CdxBom {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('<')) {
    throw new UpkeepError('UPK_IMPORT_SHAPE', `${path.basename(file)} looks like an XML SBOM; only CycloneDX JSON is supported`, EXPORT_HINT, { file });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UpkeepError('UPK_JSON_SYNTAX', `not valid JSON: ${(e as Error).message}`, 'fix the JSON at that spot, or export the SBOM again', {
      file,
      ...jsonErrorPosition(e as Error, text),
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      `${path.basename(file)} holds a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object; ${EXPECTS}`,
      EXPORT_HINT,
      { file },
    );
  }
  if ('spdxVersion' in value) {
    throw new UpkeepError('UPK_IMPORT_SHAPE', `${path.basename(file)} is an SPDX document (it has spdxVersion, no bomFormat); ${EXPECTS}`, EXPORT_HINT, {
      file,
      path: 'spdxVersion',
    });
  }
  if ('SchemaVersion' in value && 'Trivy' in value) {
    throw new UpkeepError(
      'UPK_IMPORT_SHAPE',
      `${path.basename(file)} is a trivy JSON report (SchemaVersion, Trivy), not an SBOM; ${EXPECTS}`,
      'run trivy again with `--format cyclonedx` (e.g. `trivy image --format cyclonedx --output sbom.cdx.json IMAGE`, `trivy k8s --format cyclonedx` for a KBOM)',
      { file, path: 'SchemaVersion' },
    );
  }
  const result = CdxBom.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const lineOf = jsonLines(text, file);
  throwProblems(
    result.error.issues.map((issue): Problem => {
      const dotPath = dotted(issue.path);
      const line = lineOf(issue.path);
      return {
        code: 'UPK_IMPORT_SHAPE',
        message: shapeMessage(issue, dotPath),
        hint: EXPORT_HINT,
        location: { file, ...(line !== undefined ? { line } : {}), ...(dotPath ? { path: dotPath } : {}) },
      };
    }),
  );
  throw new Error('unreachable: a failed parse has issues');
}

function shapeMessage(issue: z.core.$ZodIssue, dotPath: string): string {
  const input = (issue as { input?: unknown }).input;
  if (dotPath === 'bomFormat') {
    return input === undefined ? `bomFormat is missing; ${EXPECTS} ("bomFormat": "CycloneDX")` : `bomFormat is ${quote(input)}, not "CycloneDX"; ${EXPECTS}`;
  }
  if (dotPath === 'specVersion') {
    const supported = `${SPEC_VERSIONS[0]}–${SPEC_VERSIONS[SPEC_VERSIONS.length - 1]}`;
    return input === undefined
      ? `specVersion is missing; ${EXPECTS} of spec ${supported}`
      : `specVersion ${quote(input)} is not supported; ${EXPECTS} of spec ${supported}`;
  }
  return `${dotPath ? `${dotPath}: ` : ''}${input === undefined && issue.code === 'invalid_type' ? `missing (expected ${issue.expected})` : issue.message}`;
}

/** Line of a path inside the JSON (JSON is YAML, so the YAML parser's positions serve); only on errors. */
function jsonLines(text: string, file: string): (path: readonly PropertyKey[]) => number | undefined {
  try {
    const src = parseYaml(text, file);
    return (p) => src.lineOf(p);
  } catch {
    return () => undefined;
  }
}

/** Node's JSON.parse names a character position (newer versions also line and column). */
function jsonErrorPosition(e: Error, text: string): Pick<ErrorLocation, 'line' | 'column'> {
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(e.message);
  if (!pos) return {};
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function dotted(p: readonly PropertyKey[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}
