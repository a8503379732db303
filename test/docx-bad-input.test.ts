import fs from 'node:fs';
import path from 'node:path';
import { HeadingLevel, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import {
  expectNoStackTrace,
  fixture,
  resultFor,
  runJson,
  stderrLines,
  type JsonResult,
} from './support/cli.js';
import { expectBadInputBesideGood, expectFatal, expectGood, expectOneLine, scratchFolders } from './support/fatal.js';
import { markdownToDocx } from '../scripts/markdown-to-docx.js';
import { compoundFile, ordinalInXml, readPart, replacePart, wordPlan, zipOf } from './support/docx-builders.js';

/*
 * docs/word.md "Files planlint refuses": each bad Word file gets one line on
 * stderr naming it and what to do, a fatal result, exit code 2, and the other
 * files are still linted.
 */

const completeText = fs.readFileSync(fixture('strategic-plan-complete.md'), 'utf8');
const validDocx = await wordPlan([
  new Paragraph({ text: 'Glenmuir Strategic Plan', heading: HeadingLevel.HEADING_1 }),
  new Paragraph('We will support carers.'),
]);

const scratch = scratchFolders();

interface BadCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** What the user types for the bad input, relative to the folder. */
  arg: string;
  problem: string | RegExp;
}

const NOT_A_ZIP = 'is not a Word .docx file (it is not a zip package): save it as .docx from Word';
const OLD_DOC = 'is an old Word .doc file: open it in Word and save it as .docx';
const PASSWORD = 'is password-protected: remove the password in Word (File › Info › Protect Document) and save it again';

// Office encrypts a .docx by wrapping it in a compound file; the stream contents do not matter to the check.
const encrypted = compoundFile({
  EncryptionInfo: Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
  EncryptedPackage: Buffer.alloc(4096, 0x5a),
});
const oldDoc = compoundFile({ WordDocument: Buffer.alloc(4096, 0x20), '1Table': Buffer.alloc(512, 0) });

// 1,000,000 spaces deflate to about a kilobyte: small on disk, past the cap when inflated.
const bomb = await replacePart(validDocx, 'word/document.xml', (xml) => xml.replace('<w:body>', `<!--${' '.repeat(1_000_000)}--><w:body>`));
const emptyParagraphsOnly = await wordPlan([new Paragraph(''), new Paragraph(''), new Paragraph({ children: [] })]);
const malformed = await replacePart(validDocx, 'word/document.xml', () => '<w:document><w:body><w:p>');

const cases: BadCase[] = [
  {
    name: 'a text file named .docx',
    files: { 'plan.docx': 'Glenmuir Strategic Plan\n\nWe will support carers.\n' },
    arg: 'plan.docx',
    problem: NOT_A_ZIP,
  },
  {
    name: 'a zip that is not a Word document',
    files: { 'plan.docx': await zipOf({ 'a.txt': 'not a plan' }) },
    arg: 'plan.docx',
    problem: 'is a zip archive but not a Word document (it has no word/document.xml): save it as .docx from Word',
  },
  { name: 'a password-protected .docx', files: { 'plan.docx': encrypted }, arg: 'plan.docx', problem: PASSWORD },
  { name: 'an old Word .doc', files: { 'plan.doc': oldDoc }, arg: 'plan.doc', problem: OLD_DOC },
  { name: 'an old Word .doc renamed to .docx', files: { 'plan.docx': oldDoc }, arg: 'plan.docx', problem: OLD_DOC },
  {
    name: 'a truncated .docx',
    files: { 'plan.docx': validDocx.subarray(0, Math.floor(validDocx.length / 2)) },
    arg: 'plan.docx',
    problem: /^is damaged or incomplete \(.+\): save it again from Word$/,
  },
  {
    name: 'a decompression bomb',
    // A cap of 20,000 bytes on the file allows 2 × 20,000 = 40,000 bytes inflated.
    files: { 'bomb/planlint.config.json': JSON.stringify({ maxFileSize: 20_000 }), 'bomb/plan.docx': bomb },
    arg: 'bomb/plan.docx',
    problem: 'inflates to more than 39.1 KB when unzipped (a decompression bomb or a damaged file): not read',
  },
  { name: 'a .docx with no text', files: { 'plan.docx': emptyParagraphsOnly }, arg: 'plan.docx', problem: 'has no text to lint' },
  {
    name: 'a .docx whose document.xml is not well-formed',
    files: { 'plan.docx': malformed },
    arg: 'plan.docx',
    problem: /^cannot be read as a Word document \(.+\): save it again from Word$/,
  },
];

test('the decompression bomb is small on disk: it is refused for what it inflates to, not its size', () => {
  expect(bomb.length).toBeLessThan(20_000);
});

describe.each(cases)('$name', ({ files, arg, problem }) => {
  test('a fatal result beside the good file’s normal result, exit 2, one line on stderr', async () => {
    await expectBadInputBesideGood(scratch(files), arg, problem);
  });
});

test('every bad Word file in one run: each reported on its own line, the good file still linted', async () => {
  // Each case in a folder of its own, so that their files (and the bomb's config) stay apart.
  const files: Record<string, string | Buffer> = {};
  cases.forEach((entry, index) => {
    for (const [name, content] of Object.entries(entry.files)) files[`case-${index}/${name}`] = content;
  });
  const dir = scratch(files);
  const args = cases.map((entry, index) => `case-${index}/${entry.arg}`);
  const run = await runJson(['good.md', ...args], { cwd: dir });
  expect(run.status).toBe(2);
  expect(run.results).toHaveLength(cases.length + 1);
  cases.forEach((entry, index) => expectFatal(resultFor(run.results, path.join(dir, args[index]!)), entry.problem));
  expectGood(resultFor(run.results, path.join(dir, 'good.md')));
  expect(stderrLines(run)).toHaveLength(cases.length);
  expectNoStackTrace(run.stderr);
});

describe('Word plans beside Markdown plans', () => {
  const withFinding = `${completeText.trimEnd()}\n\nThis also contributes to Outcome 10.\n`;

  test('a folder holding a .docx and a .md is linted as two plans, the .docx as Word', async () => {
    const docx = await markdownToDocx(withFinding);
    const dir = scratch({ 'plans/glenmuir.docx': docx, 'plans/glenmuir.md': withFinding });
    const run = await runJson(['plans'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.results.map((result) => result.filePath)).toEqual([path.join(dir, 'plans/glenmuir.docx'), path.join(dir, 'plans/glenmuir.md')]);

    const word = resultFor(run.results, path.join(dir, 'plans/glenmuir.docx'));
    const markdown = resultFor(run.results, path.join(dir, 'plans/glenmuir.md'));
    const ordinal = ordinalInXml(await readPart(docx, 'word/document.xml'), 'This also contributes to Outcome 10.');
    expect(word.messages.map(({ ruleId, line, column, quote }) => ({ ruleId, line, column, quote }))).toEqual([
      { ruleId: 'outcome-reference', line: ordinal, column: 26, quote: 'This also contributes to Outcome 10.' },
    ]);
    const mdLine = withFinding.trimEnd().split('\n').length;
    expect(markdown.messages.map(({ ruleId, line, column, quote }) => ({ ruleId, line, column, quote }))).toEqual([
      { ruleId: 'outcome-reference', line: mdLine, column: 26, quote: undefined },
    ]);
    const statuses = (result: JsonResult) => result.coverage?.outcomes.map((entry) => entry.status);
    expect(statuses(word)).toEqual(statuses(markdown));
  });

  test('a .docx on standard input, named plan.docx, is linted as Word', async () => {
    const docx = await markdownToDocx(withFinding);
    const dir = scratch({});
    const run = await runJson(['--stdin', '--stdin-filename', 'plan.docx'], { cwd: dir, input: docx });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.results).toHaveLength(1);
    const result = resultFor(run.results, path.join(dir, 'plan.docx'));
    expect(result.fatalErrorCount).toBe(0);
    expect(result.coverage).toMatchObject({ documentType: 'strategic-plan', documentTypeSource: 'front-matter' });
    const ordinal = ordinalInXml(await readPart(docx, 'word/document.xml'), 'This also contributes to Outcome 10.');
    expect(result.messages.map(({ ruleId, line, column, quote }) => ({ ruleId, line, column, quote }))).toEqual([
      { ruleId: 'outcome-reference', line: ordinal, column: 26, quote: 'This also contributes to Outcome 10.' },
    ]);
  });

  test('a bad .docx on standard input gets the same one-line refusal', async () => {
    const dir = scratch({});
    const run = await runJson(['--stdin', '--stdin-filename', 'plan.docx'], { cwd: dir, input: encrypted });
    expect(run.status).toBe(2);
    expectFatal(resultFor(run.results, path.join(dir, 'plan.docx')), PASSWORD);
    expectOneLine(run, 'plan.docx', PASSWORD);
  });
});
