import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { copyPathFor } from '../src/cli/annotate.js';
import { fixture, runCli, runJson, tempDir } from './support/cli.js';
import { childrenNamed, parseXml } from './support/xml.js';

/** The authors of a package's comments, in order. */
async function authors(file: string): Promise<string[]> {
  const part = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/comments.xml')?.async('string');
  return part === undefined ? [] : childrenNamed(parseXml(part), 'w:comment').map((comment) => comment.attributes['w:author']!);
}

const planlintComments = async (file: string) => (await authors(file)).filter((author) => author === 'planlint').length;

const GAPS = fs.readFileSync(fixture('strategic-plan-gaps.docx'));
const WORD = fs.readFileSync(fixture('word-strategic-plan.docx'));

describe('--annotate-docx-suffix', () => {
  test('writes a copy beside each Word plan, keeps the JSON on stdout clean, and says on stderr where each copy went', async () => {
    const dir = tempDir({ 'gaps.docx': GAPS, 'plans/word.docx': WORD, 'notes.md': '# Notes\n\nNothing on outcomes.\n' });
    const run = await runJson(['--annotate-docx-suffix', '.planlint', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    const counts = Object.fromEntries(run.results.map((result) => [path.relative(dir, result.filePath), result.messages.length]));
    expect(Object.keys(counts)).toEqual(['gaps.docx', 'notes.md', path.join('plans', 'word.docx')]);
    expect(run.stderr).toBe(
      `planlint: wrote gaps.planlint.docx with ${counts['gaps.docx']} comments\n` +
        `planlint: wrote ${path.join('plans', 'word.planlint.docx')} with ${counts[path.join('plans', 'word.docx')]} comments\n`,
    );
    expect(await planlintComments(path.join(dir, 'gaps.planlint.docx'))).toBe(counts['gaps.docx']);
    expect(fs.existsSync(path.join(dir, 'notes.planlint.docx'))).toBe(false);
    // The plans themselves are as they were.
    expect(fs.readFileSync(path.join(dir, 'gaps.docx')).equals(GAPS)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // Again over the folder: the copies are not linted, and are written afresh, not annotated twice.
    const again = await runJson(['--annotate-docx-suffix', '.planlint', '.'], { cwd: dir });
    expect(again.results.map((result) => path.relative(dir, result.filePath))).toEqual(Object.keys(counts));
    expect(await planlintComments(path.join(dir, 'gaps.planlint.docx'))).toBe(counts['gaps.docx']);
    // The author's comment in the Word sample stays.
    expect(await authors(path.join(dir, 'plans', 'word.planlint.docx'))).toEqual([...(await authors(fixture('word-strategic-plan.docx'))), 'planlint', 'planlint']);
  });

  test('the copy is named by the suffix before the extension', () => {
    expect(copyPathFor('/plans/plan.docx', '.planlint')).toBe('/plans/plan.planlint.docx');
    expect(copyPathFor('/plans/PLAN.DOCX', '-reviewed')).toBe('/plans/PLAN-reviewed.DOCX');
    // A Word file under another name still gets a name Word opens.
    expect(copyPathFor('/plans/plan', '.planlint')).toBe('/plans/plan.planlint.docx');
  });

  test('a plan that cannot be read gets no copy, and the run says why as usual', async () => {
    const dir = tempDir({ 'good.docx': GAPS, 'broken.docx': GAPS.subarray(0, 2000) });
    const run = await runCli(['--annotate-docx-suffix', '.planlint', '.'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^planlint: broken\.docx: is damaged or incomplete .*\nplanlint: wrote good\.planlint\.docx with \d+ comments\n$/);
    expect(fs.existsSync(path.join(dir, 'broken.planlint.docx'))).toBe(false);
  });

  test('an earlier copy of planlint is replaced, with a note of how many comments went', async () => {
    const dir = tempDir({ 'gaps.docx': GAPS });
    await runCli(['--annotate-docx', 'first.docx', 'gaps.docx'], { cwd: dir });
    const run = await runCli(['--annotate-docx', 'second.docx', 'first.docx'], { cwd: dir });
    const count = await planlintComments(path.join(dir, 'first.docx'));
    expect(run.stderr).toBe(`planlint: wrote second.docx with ${count} comments, replacing ${count} from an earlier run\n`);
    expect(await planlintComments(path.join(dir, 'second.docx'))).toBe(count);
  });
});

describe('--annotate-docx OUT.docx', () => {
  test('writes the copy where asked, folders made, with the findings the run shows (--quiet: errors only)', async () => {
    const dir = tempDir({ 'gaps.docx': GAPS });
    const run = await runJson(['--quiet', '--annotate-docx', 'review/gaps-annotated.docx', 'gaps.docx'], { cwd: dir });
    const [result] = run.results;
    expect(result!.messages.every((message) => message.severity === 2)).toBe(true);
    expect(result!.messages.length).toBeGreaterThan(0);
    expect(run.stderr).toBe(`planlint: wrote ${path.join('review', 'gaps-annotated.docx')} with ${result!.messages.length} comments\n`);
    expect(await planlintComments(path.join(dir, 'review', 'gaps-annotated.docx'))).toBe(result!.messages.length);
  });

  test.each([
    [['--annotate-docx', 'gaps.docx', 'gaps.docx'], 'planlint: --annotate-docx gaps.docx is the plan itself: planlint never overwrites the file it lints'],
    [['--annotate-docx', './sub/../gaps.docx', 'gaps.docx'], 'planlint: --annotate-docx ./sub/../gaps.docx is the plan itself: planlint never overwrites the file it lints'],
    [['--annotate-docx', 'link.docx', 'gaps.docx'], 'planlint: --annotate-docx link.docx is the plan itself: planlint never overwrites the file it lints'],
    [['--annotate-docx', 'out.docx', 'gaps.docx', 'notes.md'], 'planlint: --annotate-docx writes one copy, but the run has 2 files: use --annotate-docx-suffix for several'],
    [['--annotate-docx', 'out.docx', 'notes.md'], 'planlint: --annotate-docx copies a Word plan with its findings as comments, and notes.md is not a Word file'],
    [['--annotate-docx', 'out.pdf', 'gaps.docx'], 'planlint: --annotate-docx writes a Word file: give it a name ending in .docx, not "out.pdf"'],
    [['--annotate-docx', 'out.docx', '--annotate-docx-suffix', '.x', 'gaps.docx'], 'planlint: --annotate-docx and --annotate-docx-suffix cannot be used together'],
    [['--annotate-docx', 'out.docx', '--stdin'], 'planlint: --annotate-docx copies a Word file from disk: it cannot be used with --stdin'],
    [['--annotate-docx-suffix', '', 'gaps.docx'], 'planlint: --annotate-docx-suffix takes what to add to a file\'s name, such as .planlint (plan.docx → plan.planlint.docx), not ""'],
    [['--annotate-docx-suffix', '../x', 'gaps.docx'], 'planlint: --annotate-docx-suffix takes what to add to a file\'s name, such as .planlint (plan.docx → plan.planlint.docx), not "../x"'],
  ])('%j is refused before anything is linted or written', async (args, message) => {
    const dir = tempDir({ 'gaps.docx': GAPS, 'notes.md': '# Notes\n' });
    fs.linkSync(path.join(dir, 'gaps.docx'), path.join(dir, 'link.docx'));
    const run = await runCli(args, { cwd: dir });
    expect(run).toEqual({ status: 2, stdout: '', stderr: `${message}\n` });
    expect(fs.readdirSync(dir).sort()).toEqual(['gaps.docx', 'link.docx', 'notes.md']);
    expect(fs.readFileSync(path.join(dir, 'gaps.docx')).equals(GAPS)).toBe(true);
  });

  test('a copy that cannot be written is one line and exit code 2; the report stands', async () => {
    const dir = tempDir({ 'gaps.docx': GAPS, blocked: 'a file where a folder would be' });
    const run = await runJson(['--annotate-docx', 'blocked/out.docx', 'gaps.docx'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.results[0]!.messages.length).toBeGreaterThan(0);
    expect(run.stderr).toBe(`planlint: cannot write the annotated copy to ${path.join('blocked', 'out.docx')}: part of its path is a file\n`);
  });
});
