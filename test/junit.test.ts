import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { formatResults, rulesMetaOf } from '../src/format/index.js';
import { FIXTURES, ROOT, removeDir, runCli, runJson, tempDir, type JsonResult } from './support/cli.js';
import { childrenNamed, parseXml, type XmlElement } from './support/xml.js';

/*
 * CI test reports read `--format junit`; every report here is parsed back by
 * a strict XML 1.0 parser, as those readers do, and checked element by element.
 */

const PLANS = fs
  .readdirSync(FIXTURES)
  .filter((name) => (name.endsWith('.md') || name.endsWith('.docx')) && name !== 'README.md')
  .sort()
  .map((name) => `fixtures/${name}`);

const RULE_IDS = rules.map((rule) => rule.meta.id);

/** Every sample plan is linted twice (JUnit, then JSON to compare with): far over the default hook time on a busy shared machine. */
const LINTS_ALL_PLANS_TWICE = 120_000;

let out: string;
beforeAll(() => {
  out = tempDir();
});
afterAll(() => {
  removeDir(out);
});

/** Runs planlint with `--format junit -o FILE` and parses the file. */
async function junitOf(args: readonly string[], cwd = ROOT): Promise<{ status: number | null; stdout: string; root: XmlElement }> {
  const file = path.join(out, `report-${Math.random().toString(36).slice(2)}.xml`);
  const run = await runCli(['--format', 'junit', '-o', file, ...args], { cwd });
  const xml = fs.readFileSync(file, 'utf8');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  return { status: run.status, stdout: run.stdout, root: parseXml(xml) };
}

const count = (element: XmlElement, name: string) => Number(element.attributes[name]);

describe('junit over the sample plans', () => {
  let root: XmlElement;
  let json: JsonResult[];
  let stdout: string;
  beforeAll(async () => {
    ({ root, stdout } = await junitOf(PLANS));
    json = (await runJson(PLANS)).results;
  }, LINTS_ALL_PLANS_TWICE);

  test('has one test suite per file, named by its path from the working folder', () => {
    expect(root.name).toBe('testsuites');
    expect(stdout).toBe('');
    const suites = childrenNamed(root, 'testsuite');
    expect(suites.map((suite) => suite.attributes['name'])).toEqual(json.map((result) => path.relative(ROOT, result.filePath)));
  });

  test('has a test case per rule in every suite, passing ones too, and a failure per warning or error', () => {
    for (const [index, suite] of childrenNamed(root, 'testsuite').entries()) {
      const result = json[index]!;
      const cases = childrenNamed(suite, 'testcase');
      expect(cases.map((testCase) => testCase.attributes['name'])).toEqual(RULE_IDS);
      for (const testCase of cases) {
        expect(testCase.attributes['classname']).toBe(suite.attributes['name']);
        const expected = result.messages.filter((message) => message.ruleId === testCase.attributes['name'] && message.level !== 'info');
        const failures = childrenNamed(testCase, 'failure');
        expect(failures.map((failure) => [failure.attributes['type'], failure.attributes['message']])).toEqual(
          expected.map((message) => [message.level, message.message]),
        );
        for (const [at, failure] of failures.entries()) {
          const message = expected[at]!;
          const place = message.quote === undefined ? `${message.line}:${message.column}` : `paragraph ${message.line}, column ${message.column}`;
          expect(failure.text.startsWith(`${place} ${message.message}`)).toBe(true);
          if (message.help) expect(failure.text).toContain(message.help);
        }
      }
      // The counts are of test cases, as JUnit's are.
      const failed = cases.filter((testCase) => childrenNamed(testCase, 'failure').length > 0).length;
      expect([count(suite, 'tests'), count(suite, 'failures'), count(suite, 'errors')]).toEqual([RULE_IDS.length, failed, 0]);
      expect(count(suite, 'skipped')).toBe(cases.filter((testCase) => childrenNamed(testCase, 'skipped').length > 0).length);
    }
    const suites = childrenNamed(root, 'testsuite');
    expect(count(root, 'tests')).toBe(RULE_IDS.length * suites.length);
    expect(count(root, 'failures')).toBe(suites.reduce((sum, suite) => sum + count(suite, 'failures'), 0));
    expect(count(root, 'failures')).toBeGreaterThan(10);
  });

  test('skips the rules that do not apply to the type a document was judged as, and says why', () => {
    const suite = childrenNamed(root, 'testsuite').find((candidate) => candidate.attributes['name'] === 'fixtures/integration-scheme.md')!;
    const skipped = childrenNamed(suite, 'testcase').filter((testCase) => childrenNamed(testCase, 'skipped').length > 0);
    expect(skipped.map((testCase) => [testCase.attributes['name'], childrenNamed(testCase, 'skipped')[0]!.attributes['message']])).toEqual([
      ['outcome-evidence', 'outcome-evidence does not apply to the document type integration-scheme'],
      ['principle-evidence', 'principle-evidence does not apply to the document type integration-scheme'],
    ]);
  });

  test('a Word failure gives the paragraph and its quote', () => {
    const suite = childrenNamed(root, 'testsuite').find((candidate) => candidate.attributes['name'] === 'fixtures/word-strategic-plan.docx')!;
    const failures = childrenNamed(suite, 'testcase').flatMap((testCase) => childrenNamed(testCase, 'failure'));
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure.text).toMatch(/^paragraph \d+, column \d+ .*\n"[^"\n]+"\n/u);
  });
});

describe('junit for what is not a failure', () => {
  test('a file that cannot be linted is one test case with an error; the other files are still reported', async () => {
    const dir = tempDir({ 'broken.docx': 'PK\u0003\u0004 not really a zip', 'plan.md': '# Plan\n\nSee Outcome 10.\n' });
    try {
      const { root, status } = await junitOf(['broken.docx', 'plan.md'], dir);
      expect(status).toBe(2);
      const [broken, plan] = childrenNamed(root, 'testsuite');
      expect(broken!.attributes).toMatchObject({ name: 'broken.docx', tests: '1', failures: '0', errors: '1' });
      const [testCase] = childrenNamed(broken!, 'testcase');
      expect(testCase!.attributes['name']).toBe('lint');
      const [error] = childrenNamed(testCase!, 'error');
      expect(error!.attributes['type']).toBe('fatal');
      expect(error!.attributes['message']).not.toBe('');
      expect(plan!.attributes).toMatchObject({ name: 'plan.md', tests: String(RULE_IDS.length) });
      expect(count(root, 'errors')).toBe(1);
    } finally {
      removeDir(dir);
    }
  });

  test('an info finding is written to the test case output, and fails nothing', async () => {
    const { root } = await junitOf(['fixtures/document-structure/no-headings.md']);
    const testCase = childrenNamed(childrenNamed(root, 'testsuite')[0]!, 'testcase').find((candidate) => candidate.attributes['name'] === 'document-structure')!;
    expect(childrenNamed(testCase, 'failure')).toEqual([]);
    const [output] = childrenNamed(testCase, 'system-out');
    expect(output!.text).toMatch(/^info 1:1 The document has no headings/u);
  });
});

describe('junit escaping', () => {
  const context = { color: false, cwd: '/plans', rulesMeta: rulesMetaOf(rules) };

  function result(filePath: string, message: string): LintResult {
    const finding: LintMessage = {
      ruleId: 'outcome-reference',
      severity: 2,
      level: 'error',
      message,
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 5,
      sectionPath: ['A & B <draft>'],
    };
    return {
      filePath,
      messages: [finding],
      suppressedMessages: [],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
      fatalErrorCount: 0,
      coverage: null,
    };
  }

  test('markup, quotes, tabs, line breaks and carriage returns come back as they were', () => {
    const message = 'Outcome 10 <does> not "exist" & isn\'t\tcited\r\nhere]]>';
    const root = parseXml(formatResults([result('/plans/a "b" & <c>.md', message)], 'junit', context));
    const [suite] = childrenNamed(root, 'testsuite');
    expect(suite!.attributes['name']).toBe('a "b" & <c>.md');
    const failure = childrenNamed(childrenNamed(suite!, 'testcase').find((testCase) => testCase.attributes['name'] === 'outcome-reference')!, 'failure')[0]!;
    expect(failure.attributes['message']).toBe(message);
    expect(failure.text).toBe(`3:1 ${message}\nin A & B <draft>`);
  });

  test('characters XML 1.0 cannot hold are shown as escapes, and the report still parses', () => {
    const message = 'Outcome\u0000 10\u0001 \u000b\u001f\uffff \ud800 half, 😀 whole';
    const xml = formatResults([result('/plans/a\u001b.md', message)], 'junit', context);
    const root = parseXml(xml);
    const [suite] = childrenNamed(root, 'testsuite');
    expect(suite!.attributes['name']).toBe('a\\u001b.md');
    const failure = childrenNamed(childrenNamed(suite!, 'testcase').find((testCase) => testCase.attributes['name'] === 'outcome-reference')!, 'failure')[0]!;
    expect(failure.attributes['message']).toBe('Outcome\\u0000 10\\u0001 \\u000b\\u001f\\uffff \\ud800 half, 😀 whole');
  });
});
