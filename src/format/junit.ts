import { isAbsolute, relative, sep } from 'node:path';
import type { LintMessage, LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import type { FormatContext } from './index.js';
import { placeOf } from './place.js';

/*
 * JUnit XML, as CI test reports read it (Jenkins, GitLab, Azure Pipelines,
 * the test-report actions): a test suite per file, named by its path from the
 * working folder; in it a test case per rule, passing ones too, so a report
 * shows what was checked and not only what failed; a `<failure>` per
 * finding, its `type` the severity, its body the place and the remedy.
 *
 * - An info finding never fails a run (docs/design.md), and a failure in a
 *   test report is one: info findings go to the test case's `<system-out>`.
 * - A rule that does not apply to the type the document was judged as is
 *   `<skipped>`, with the reason.
 * - A file that could not be linted has one test case, `lint`, with an
 *   `<error>`: the test could not run, which is what a JUnit error means.
 * - A directive problem (an unknown rule in a disable comment) is a failure
 *   of a test case `directives`.
 * Suppressed findings are left out, as ESLint's junit format leaves them.
 */

const LINT_CASE = 'lint';
const DIRECTIVES_CASE = 'directives';

interface TestCase {
  name: string;
  failures: LintMessage[];
  infos: LintMessage[];
  errors: LintMessage[];
  skipped?: string;
}

export function formatJunit(results: readonly LintResult[], context: FormatContext): string {
  const suites = results.map((result) => ({
    name: displayPath(result.filePath, context.cwd),
    cases: testCases(result, context.rulesMeta),
  }));
  const totals = suites.reduce((sum, suite) => add(sum, counts(suite.cases)), { tests: 0, failures: 0, errors: 0, skipped: 0 });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="planlint"${countAttributes(totals)}>`,
    ...suites.flatMap((suite) => [
      `  <testsuite name="${attribute(suite.name)}"${countAttributes(counts(suite.cases))}>`,
      ...suite.cases.flatMap((testCase) => caseLines(testCase, suite.name)),
      '  </testsuite>',
    ]),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function testCases(result: LintResult, rulesMeta: Readonly<Record<string, RuleMeta>>): TestCase[] {
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) return [{ name: LINT_CASE, failures: [], infos: [], errors: fatal }];
  const cases = new Map<string, TestCase>();
  const caseFor = (name: string): TestCase => {
    let testCase = cases.get(name);
    if (!testCase) cases.set(name, (testCase = { name, failures: [], infos: [], errors: [] }));
    return testCase;
  };
  const documentType = result.coverage?.documentType;
  for (const meta of Object.values(rulesMeta)) {
    const testCase = caseFor(meta.id);
    if (documentType && meta.documentTypes && !meta.documentTypes.includes(documentType)) {
      testCase.skipped = `${meta.id} does not apply to the document type ${documentType}`;
    }
  }
  for (const message of result.messages) {
    const testCase = caseFor(message.ruleId ?? DIRECTIVES_CASE);
    (message.level === 'info' ? testCase.infos : testCase.failures).push(message);
  }
  return [...cases.values()];
}

function caseLines(testCase: TestCase, file: string): string[] {
  const open = `    <testcase name="${attribute(testCase.name)}" classname="${attribute(file)}" file="${attribute(file)}"`;
  const body = [
    ...testCase.errors.map((message) => `      <error type="fatal" message="${attribute(message.message)}">${text(message.message)}</error>`),
    ...testCase.failures.map(
      (message) => `      <failure type="${message.level}" message="${attribute(message.message)}">${text(details(message))}</failure>`,
    ),
    ...(testCase.skipped !== undefined ? [`      <skipped message="${attribute(testCase.skipped)}"/>`] : []),
    ...(testCase.infos.length > 0 ? [`      <system-out>${text(testCase.infos.map((message) => `info ${details(message)}`).join('\n\n'))}</system-out>`] : []),
  ];
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

/** What a reader needs to find and fix the finding: the place, a Word paragraph's words, the section, the remedy, the related places. */
function details(message: LintMessage): string {
  // Word shows no line numbers: a Word finding's line is the paragraph's ordinal; a PDF's place is its page and line (docs/design.md).
  const word = message.quote !== undefined && message.page === undefined;
  const place = (at: Parameters<typeof placeOf>[0]) => (word ? `paragraph ${at.line}, column ${at.column}` : placeOf(at));
  return [
    `${place(message)} ${message.message}`,
    ...(message.quote !== undefined ? [`"${message.quote}"`] : []),
    ...(message.sectionPath.length > 0 ? [`in ${message.sectionPath.join(' › ')}`] : []),
    ...(message.help ? [message.help] : []),
    ...(message.related ?? []).map((related) => `${place(related)} ${related.message}`),
  ].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** JUnit counts test cases, not findings: a rule with three findings is one failed test. */
function counts(cases: readonly TestCase[]): Counts {
  return {
    tests: cases.length,
    failures: cases.filter((testCase) => testCase.failures.length > 0).length,
    errors: cases.filter((testCase) => testCase.errors.length > 0).length,
    skipped: cases.filter((testCase) => testCase.skipped !== undefined).length,
  };
}

function add(a: Counts, b: Counts): Counts {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped };
}

function countAttributes({ tests, failures, errors, skipped }: Counts): string {
  return ` tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}"`;
}

/** The path from the working folder with `/` between its parts, as test reports show files; a file outside it keeps its full path. */
function displayPath(filePath: string, cwd: string): string {
  const path = relative(cwd, filePath);
  if (path === '' || isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) return filePath;
  return path.split(sep).join('/');
}

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference:
 * C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF
 * and halves of surrogate pairs. A plan's text or a file name may hold them
 * (Word keeps U+000B for a manual line break in some exports); they are
 * written as a visible escape, so the report stays well-formed and a reader
 * still sees that something was there.
 */
// With the u flag a surrogate pair is one character, so the surrogate range matches only a half on its own.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a raw tab or newline in an attribute into a space, and a carriage return anywhere into a newline.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function escapeUnrepresentable(value: string): string {
  return value.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function attribute(value: string): string {
  return escapeUnrepresentable(value).replace(/[&<>"'\t\n\r]/gu, (char) => ENTITIES[char]!);
}

function text(value: string): string {
  return escapeUnrepresentable(value).replace(/[&<>\r]/gu, (char) => ENTITIES[char]!);
}
