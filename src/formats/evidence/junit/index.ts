/**
 * JUnit XML (tempest through subunit2junitxml, SCS compliance tests, any CI) read as a stream with
 * saxes: no DOM, test cases handed to the store a few thousand at a time. A DOCTYPE is refused
 * before anything is stored: saxes never expands entities, and a file that declares them (an XML
 * bomb, an external entity) is not a test report.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { EvidenceBatch } from '../../../core/stability/records.js';
import type { TestCaseResult, TestOutcome } from '../../../core/stability/types.js';
import { evidenceError } from '../problem.js';
import { textChunks } from '../read.js';
import type { EvidenceInput, EvidenceParser } from '../types.js';

/** Test cases per batch: large enough that a batch costs one statement, small enough to stay a few MB. */
export const BATCH = 5000;

const OUTCOME_OF: Readonly<Record<string, TestOutcome>> = { failure: 'failed', error: 'error', skipped: 'skipped' };

function seconds(raw: string | undefined, file: string, line: number): number | null {
  if (raw === undefined) return null;
  // Number() ignores surrounding spaces and reads '' as 0: an empty time is no time
  let value = Number(raw);
  if (Number.isNaN(value)) {
    if (raw.trim() === '') return null;
    value = Number(raw.replaceAll(',', '')); // 1,234.5 (some CI tools)
  } else if (value === 0 && raw.trim() === '') return null;
  if (!Number.isFinite(value) || value < 0)
    throw evidenceError(file, `a test case's time is ${JSON.stringify(raw)}, not a duration in seconds`, 'time="…" holds the seconds a test took', line);
  return value;
}

/** `3:14: unclosed tag: testsuite` (saxes) → line 3 and the message. */
function saxesProblem(e: Error, file: string) {
  const m = /^(?:.*?:)?(\d+):(\d+): (.*)$/s.exec(e.message);
  const line = m ? Number(m[1]) : undefined;
  const what = m ? (m[3] as string) : e.message;
  return evidenceError(
    file,
    `not well-formed XML: ${what}`,
    /unclosed|end of|root element/i.test(what)
      ? 'the file ends too early: was the test run or the copy cut off? Export the report again'
      : 'check that the file is the JUnit XML report itself (e.g. `subunit2junitxml < results.subunit > results.xml`)',
    line,
  );
}

async function* parse(input: EvidenceInput): AsyncGenerator<EvidenceBatch> {
  const { path } = input;
  const parser = new SaxesParser({ xmlns: false, position: true });
  let rows: TestCaseResult[] = [];
  let count = 0;
  const suites: string[] = [];
  let current: { suite: string; name: string; outcome: TestOutcome; seconds: number | null } | null = null;
  let depth = 0;
  parser.on('doctype', () => {
    throw evidenceError(
      path,
      'the XML declares a DOCTYPE: upkeep reads no DTDs and expands no entities',
      'a JUnit report needs none; an entity declaration is how an "XML bomb" or an external-entity attack starts. Export the report without a DOCTYPE',
      parser.line,
    );
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const { name, attributes } = tag;
    if (depth++ === 0 && name !== 'testsuites' && name !== 'testsuite')
      throw evidenceError(
        path,
        `the root element is <${name}>, not <testsuites> or <testsuite>`,
        'give a JUnit XML report (tempest: subunit2junitxml; pytest: --junitxml; most CI tools write one)',
        parser.line,
      );
    if (name === 'testsuite') suites.push(attributes.name ?? '');
    else if (name === 'testcase') {
      const suite = attributes.classname || suites[suites.length - 1] || '';
      current = { suite, name: attributes.name ?? '', outcome: 'passed', seconds: seconds(attributes.time, path, parser.line) };
    } else if (current) {
      const outcome = OUTCOME_OF[name];
      // a failure or an error outweighs a skip written beside it
      if (outcome && (current.outcome === 'passed' || current.outcome === 'skipped')) current.outcome = outcome;
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--;
    if (tag.name === 'testcase' && current) {
      rows.push(current);
      current = null;
    } else if (tag.name === 'testsuite') suites.pop();
  });
  try {
    for await (const chunk of textChunks(path, 'JUnit XML', input.onProgress)) {
      parser.write(chunk);
      // a 1 MiB chunk holds up to ~20,000 short test cases: handed on BATCH at a time
      while (rows.length >= BATCH) {
        const batch = rows.length === BATCH ? rows : rows.slice(0, BATCH);
        rows = rows.length === BATCH ? [] : rows.slice(BATCH);
        count += batch.length;
        yield { records: 'tests', rows: batch };
      }
    }
    parser.close();
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('UPK_')) throw e;
    throw saxesProblem(e as Error, path);
  }
  count += rows.length;
  if (count === 0) throw evidenceError(path, 'the report holds no <testcase>', 'give the report of a run that ran tests');
  if (rows.length) yield { records: 'tests', rows };
}

export const junit: EvidenceParser = {
  kind: 'junit',
  streams: true,
  parse,
};
