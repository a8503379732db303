import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { HeadingLevel, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { IN_THREAD_BELOW, main } from '../src/cli/main.js';
import { lintBuffer, lintText } from '../src/core/lint.js';
import { readPlanStream } from '../src/load/size.js';
import { fixture, resultFor, ROOT, runJson } from './support/cli.js';
import { expectBadInputBesideGood, expectFatal, expectGood, expectOneLine, scratchFolders } from './support/fatal.js';
import { replacePart, wordPlan } from './support/docx-builders.js';

/*
 * README "Limits": inputs past planlint's limits on size and shape, and
 * paths that are not files, each get one line naming the file and the limit,
 * a fatal result and exit code 2, and the good plan beside them is still linted.
 */

const scratch = scratchFolders();
const completeText = fs.readFileSync(fixture('strategic-plan-complete.md'), 'utf8');

interface LimitCase {
  name: string;
  text: string;
  problem: string;
}

const table = (columns: number) => `|${' a |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n|${' b |'.repeat(columns)}\n`;
const indentedList = (levels: number) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
const frontMatter = (bytes: number) => `---\ntitle: ${'x'.repeat(bytes - 'title: \n'.length)}\n---\n\n`;

const markdownCases: LimitCase[] = [
  { name: 'a block quote 10,000 levels deep', text: `${'>'.repeat(10_000)} x\n`, problem: 'nests block quotes 10,000 levels deep (line 1); planlint reads at most 100' },
  { name: '100,000 compact list levels', text: `${'- '.repeat(100_000)}x\n`, problem: 'nests lists 100,000 levels deep (line 1); planlint reads at most 100' },
  { name: 'a list nested 2,000 levels by indentation', text: indentedList(2000), problem: 'nests lists 2,000 levels deep (line 2,000); planlint reads at most 100' },
  { name: '50,000 nested emphasis markers', text: `${'*'.repeat(50_000)}x${'*'.repeat(50_000)}\n`, problem: 'nests emphasis 50,000 levels deep (line 1); planlint reads at most 100' },
  {
    name: 'emphasis nested across separate openers',
    text: `# Plan\n\n${'*a '.repeat(5000)}${'b* '.repeat(5000)}\n`,
    problem: 'nests emphasis 5,000 levels deep (line 3); planlint reads at most 100',
  },
  {
    name: 'markers that never pair, crowded into one paragraph',
    text: `${'*_'.repeat(5000)}x${'_*'.repeat(5000)}\n`,
    problem: 'has 20,000 emphasis markers in one paragraph (line 1); planlint reads at most 1,000',
  },
  { name: 'comments opened and never closed in running text', text: `Intro ${'x <!-- '.repeat(20_000)}\n`, problem: 'has 20,000 HTML comments in one paragraph (line 1); planlint reads at most 1,000' },
  { name: 'a table 5,000 columns wide', text: table(5000), problem: 'has a table 5,000 columns wide (line 2); planlint reads at most 63, as Word does' },
  { name: 'front matter of 100 KB', text: `${frontMatter(100 * 1024)}# Plan\n`, problem: 'has front matter of 100.0 KB; planlint reads at most 64.0 KB' },
];

describe.each(markdownCases)('$name', ({ text, problem }) => {
  test('one line naming the limit, exit 2, the good plan beside it still linted', async () => {
    await expectBadInputBesideGood(scratch({ 'shape.md': text }), 'shape.md', problem);
  });
});

describe('at the limits, a plan is linted as usual', () => {
  const plan = (extra: string) => `${completeText}\n\n${extra}\n`;
  test.each([
    ['a block quote 100 levels deep', plan(`${'>'.repeat(100)} We will support carers.`)],
    ['a list nested 100 levels by indentation', plan(indentedList(100))],
    ['100 compact list levels', plan(`${'- '.repeat(100)}x`)],
    ['emphasis nested 100 levels', plan(`${'*'.repeat(100)}x${'*'.repeat(100)}`)],
    ['a table 63 columns wide', plan(table(63))],
    ['front matter of 64 KB', `${frontMatter(64 * 1024)}${completeText}`],
    ['a thematic break of 200 dashes', plan('- '.repeat(200))],
    ['a code fence holding a deep quote', plan(`\`\`\`\n${'>'.repeat(500)} quoted\n\`\`\``)],
    ['an HTML comment opened and never closed', plan(`<!-- draft notes\n\n${'More text about the plan.\n\n'.repeat(2000)}`)],
    ['thousands of directives', plan('<!-- planlint-disable outcome-evidence -->\n\nText.\n\n'.repeat(3000))],
  ])('%s', (_name, text) => {
    const result = lintText(text, { filePath: 'plan.md' });
    expect(result.fatalErrorCount, result.messages[0]?.message).toBe(0);
    expect(result.coverage).not.toBeNull();
  });
});

describe('only regular files are read', () => {
  const NOT_REGULAR = 'is not a regular file (a device, pipe or socket): name the plan file itself';

  test('a FIFO named as a plan is refused without waiting for a writer', async () => {
    const dir = scratch({});
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    await expectBadInputBesideGood(dir, 'pipe.md', NOT_REGULAR);
  });

  test.each(['/dev/zero', '/dev/urandom'])('%s named as a plan is refused, not read for ever', async (device) => {
    const dir = scratch({});
    const run = await runJson(['good.md', device], { cwd: dir });
    expect(run.status).toBe(2);
    expectFatal(resultFor(run.results, device), NOT_REGULAR);
    expectGood(resultFor(run.results, path.join(dir, 'good.md')));
    expectOneLine(run, path.relative(dir, device), NOT_REGULAR);
  });
});

type Isolation = { lintWorker?: URL; inThreadBelow?: number };
const WORKER = pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'lint-worker.js'));

describe('standard input has the size cap files have', () => {
  // Unnamed input is reported as <stdin> relative to the process's own folder, so the cap comes by --config.
  const config = () => path.join(scratch({ 'planlint.config.json': JSON.stringify({ maxFileSize: 1000 }) }), 'planlint.config.json');

  /** The command line's own reading of stdin, given an endless stream, as `planlint --stdin < /dev/zero` gives it. */
  async function runOnEndlessStdin(configFile: string, isolation: Isolation): Promise<{ status: number; stderr: string; stdout: string }> {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const sink = (chunks: Buffer[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      });
    const status = await main(['--stdin', '--config', configFile, '--format', 'json'], {
      stdout: sink(out),
      stderr: sink(err),
      readStdin: (maxFileSize) => readPlanStream(fs.createReadStream('/dev/zero'), maxFileSize),
      cwd: process.cwd(),
      env: {},
      ...isolation,
    });
    return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
  }

  // In this thread as the Node API reads it, and as the bin reads it: beside the lint worker, which stdin over the cap never reaches.
  const ISOLATIONS: [string, Isolation][] = [
    ['in this thread', {}],
    ['beside the lint worker', { lintWorker: WORKER, inThreadBelow: IN_THREAD_BELOW }],
  ];

  test.each(ISOLATIONS)('an endless stream is read only up to the cap, then refused in one line (%s)', async (_where, isolation) => {
    const run = await runOnEndlessStdin(config(), isolation);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('planlint: <stdin>: is more than 1000 bytes, over the 1000 bytes limit (raise "maxFileSize" in the config to lint it)\n');
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  test.each(ISOLATIONS)('piped input over the cap is refused in one line (%s)', async (_where, isolation) => {
    const run = await runJson(['--stdin', '--config', config()], { input: 'x'.repeat(2000), ...isolation });
    expect(run.status).toBe(2);
    const problem = 'is more than 1000 bytes, over the 1000 bytes limit (raise "maxFileSize" in the config to lint it)';
    expectFatal(run.results[0]!, problem);
    expectOneLine(run, '<stdin>', problem);
  });

  test('a buffer handed to the Node API whole is held to the cap too', async () => {
    const result = await lintBuffer(Buffer.from('x'.repeat(2000)), { filePath: 'plan.md', configFile: config() });
    expectFatal(result, 'is 2.0 KB, over the 1000 bytes limit (raise "maxFileSize" in the config to lint it)');
  });
});

const validDocx = await wordPlan([
  new Paragraph({ text: 'Glenmuir Strategic Plan', heading: HeadingLevel.HEADING_1 }),
  new Paragraph('We will support carers.'),
]);

describe('Word files: numbers checked before use, inflation capped in total', () => {
  const withBody = (xml: string) => replacePart(validDocx, 'word/document.xml', (document) => document.replace('<w:body>', `<w:body>${xml}`));
  const cell = (properties: string, text: string) => `<w:tc><w:tcPr>${properties}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const tableOf = (...rows: string[][]) => `<w:tbl>${rows.map((row) => `<w:tr>${row.join('')}</w:tr>`).join('')}</w:tbl>`;
  const numbered = (level: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>`;
  const word = (attribute: string, value: string, range: string) =>
    `has ${attribute}="${value}" in word/document.xml, where Word writes ${range}: save it again from Word`;

  test.each([
    ['a first cell spanning "abc" columns', tableOf([cell('<w:gridSpan w:val="abc"/>', 'A'), cell('', 'B')]), word('w:gridSpan', 'abc', 'a whole number from 1 to 63')],
    ['a cell spanning a billion columns', tableOf([cell('<w:gridSpan w:val="1000000000"/>', 'A')]), word('w:gridSpan', '1000000000', 'a whole number from 1 to 63')],
    ['a cell spanning 64 columns', tableOf([cell('<w:gridSpan w:val="64"/>', 'A')]), word('w:gridSpan', '64', 'a whole number from 1 to 63')],
    ['a vertical merge that is neither restart nor continue', tableOf([cell('<w:vMerge w:val="sideways"/>', 'A')], [cell('<w:vMerge/>', 'B')]), word('w:vMerge', 'sideways', 'restart or continue')],
    ['a list level past Word\'s nine', numbered('99'), word('w:ilvl', '99', 'a whole number from 0 to 8')],
    ['a list level that is not a number', numbered('1e3'), word('w:ilvl', '1e3', 'a whole number from 0 to 8')],
  ])('%s', async (_name, xml, problem) => {
    await expectBadInputBesideGood(scratch({ 'plan.docx': await withBody(xml) }), 'plan.docx', problem);
  });

  test('spans and merges in range are read as the table they lay out', async () => {
    const docx = await withBody(tableOf([cell('<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>', 'Outcome'), cell('', 'Measure')], [cell('<w:gridSpan w:val="2"/><w:vMerge/>', ''), cell('', 'NI-8')]));
    const dir = scratch({ 'plan.docx': docx });
    const run = await runJson(['plan.docx'], { cwd: dir });
    expect(resultFor(run.results, path.join(dir, 'plan.docx')).fatalErrorCount).toBe(0);
  });

  // A cap of 50,000 bytes on the file allows 100,000 bytes inflated in all and 50,000 of XML.
  const capped = { 'planlint.config.json': JSON.stringify({ maxFileSize: 50_000 }) };

  test('XML that inflates past the size cap is refused before mammoth reads it', async () => {
    const paragraphs = '<w:p><w:r><w:t>We will support unpaid carers with short breaks in every locality.</w:t></w:r></w:p>'.repeat(400);
    const docx = await withBody(paragraphs);
    expect(docx.length).toBeLessThan(50_000);
    await expectBadInputBesideGood(
      scratch({ ...capped, 'plan.docx': docx }),
      'plan.docx',
      'holds more than 48.8 KB of text and markup when unzipped, over the limit (raise "maxFileSize" in the config to lint it)',
    );
  });

  test('all parts together may inflate to twice the size cap, though none alone comes near it', async () => {
    const zip = await JSZip.loadAsync(validDocx);
    for (const image of ['image1', 'image2', 'image3']) zip.file(`word/media/${image}.png`, Buffer.alloc(30_000));
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expectBadInputBesideGood(
      scratch({ ...capped, 'plan.docx': docx }),
      'plan.docx',
      'inflates to more than 97.7 KB when unzipped (a decompression bomb or a damaged file): not read',
    );
  });

  test('images stored as they are, within the caps, are no reason to refuse a plan', async () => {
    const zip = await JSZip.loadAsync(validDocx);
    zip.file('word/media/image1.png', randomBytes(30_000));
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const dir = scratch({ ...capped, 'plan.docx': docx });
    const run = await runJson(['plan.docx'], { cwd: dir });
    expect(resultFor(run.results, path.join(dir, 'plan.docx')).fatalErrorCount).toBe(0);
  });

  test('a part whose declared size is over the cap is refused from the zip directory, before anything is inflated', async () => {
    const docx = Buffer.from(validDocx);
    const name = Buffer.from('word/document.xml');
    // Central directory entries: signature PK\1\2, uncompressed size at +24, name length at +28, name at +46.
    for (let at = docx.indexOf('PK\x01\x02'); at !== -1; at = docx.indexOf('PK\x01\x02', at + 4)) {
      if (docx.subarray(at + 46, at + 46 + docx.readUInt16LE(at + 28)).equals(name)) docx.writeUInt32LE(0x7fff_ffff, at + 24);
    }
    await expectBadInputBesideGood(
      scratch({ 'plan.docx': docx }),
      'plan.docx',
      'inflates to more than 40.0 MB when unzipped (a decompression bomb or a damaged file): not read',
    );
  });
});
