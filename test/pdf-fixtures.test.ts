import { readdirSync, readFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintFile } from '../src/core/lint.js';
import type { PlanDocument } from '../src/document/types.js';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';
import { parsePdf } from '../src/parse/pdf/index.js';
import { expectNoStackTrace, resultFor, runJson, stderrLines } from './support/cli.js';
import { expectBadInputBesideGood, expectFatal, expectGood, scratchFolders } from './support/fatal.js';

/*
 * The PDFs that scripts/build-pdf-fixtures.ts exported through LibreOffice
 * (fixtures/pdf/README.md) against the Markdown they were made from: a plan
 * published as PDF must be judged as its source is, and each finding must
 * point at the page where a reader finds the passage.
 */

const SAMPLES = readdirSync('fixtures')
  .filter((name) => name.endsWith('.pdf'))
  .map((name) => name.replace(/\.pdf$/, ''));

/** What the PDF shows of the Markdown it was exported from: the rest of the pages' text only (pdf.js's own reading), without planlint's. */
async function pageTexts(file: string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await pdf.destroy();
  return texts;
}

/** Text compared without its spacing: pdf.js and the Markdown break and space lines differently. */
function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** A block's text as a reader sees it on one line. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function judgement(result: LintResult) {
  return {
    documentType: result.coverage?.documentType,
    outcomes: result.coverage?.outcomes.map((outcome) => `${outcome.id} ${outcome.status}`),
    principles: result.coverage?.principles.map((principle) => `${principle.id} ${principle.status}`),
    findings: result.messages.map((message) => `${message.ruleId} ${message.message}`).sort(),
  };
}

/**
 * Each PDF finding with the Markdown finding it answers: the same rule and
 * message, taken in document order. A finding with no answer is the
 * judgement test's to report.
 */
function pairs(pdf: readonly LintMessage[], markdown: readonly LintMessage[]): [LintMessage, LintMessage][] {
  const waiting = new Map<string, LintMessage[]>();
  for (const message of markdown) {
    const key = `${message.ruleId} ${message.message}`;
    waiting.set(key, [...(waiting.get(key) ?? []), message]);
  }
  return pdf.flatMap((message): [LintMessage, LintMessage][] => {
    const twin = waiting.get(`${message.ruleId} ${message.message}`)?.shift();
    return twin ? [[message, twin]] : [];
  });
}

/** The prose a Markdown finding points at: its line from its column, without the markup a PDF does not show. */
function markdownSnippet(lines: readonly string[], message: LintMessage): string {
  const text = (lines[message.line - 1] ?? '').slice(message.column - 1);
  return squeeze(text.replace(/^\s*(?:#+|[-*+]|\d+\.|>)\s+/, '').replace(/[*_`|]/g, '')).slice(0, 24);
}

/** The line on which the front matter closes, 0 without any: a whole-document finding's Markdown place is the title there. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  return lines.indexOf('---', 1) + 1;
}

describe.each(SAMPLES)('fixtures/%s.pdf', (name) => {
  const markdownFile = `fixtures/${name}.md`;
  const pdfFile = `fixtures/${name}.pdf`;
  const results = Promise.all([lintFile(markdownFile), lintFile(pdfFile)]);

  test('is judged as its Markdown original: document type, the 9 outcomes, the 13 principles, the findings', async () => {
    const [markdown, pdf] = await results;
    expect(pdf.fatalErrorCount).toBe(0);
    expect(judgement(pdf)).toEqual(judgement(markdown));
  });

  test('its type is detected from what the PDF shows', async () => {
    const [markdown, pdf] = await results;
    // LibreOffice exports the Word title into the PDF's properties, but not the documentType custom property: a PDF declares no type.
    expect(pdf.coverage?.documentTypeSource).toBe('detected');
    expect(pdf.coverage?.documentType).toBe(markdown.coverage?.documentType);
  });

  test('each finding stands on its page: its line is there, and so is the Markdown passage it answers', async () => {
    const [markdown, pdf] = await results;
    const pages = await pageTexts(pdfFile);
    const lines = readFileSync(markdownFile, 'utf8').split('\n');
    const paired = pairs(pdf.messages, markdown.messages);
    expect(paired).toHaveLength(Math.min(pdf.messages.length, markdown.messages.length));
    for (const [message, twin] of paired) {
      const where = `${message.ruleId} ${message.message} (p.${String(message.page)}:${String(message.pageLine)})`;
      expect(message.page, where).toBeGreaterThanOrEqual(1);
      expect(pages[message.page! - 1], where).toContain(squeeze((message.quote ?? '∅').replace(/…$/, '')));
      const snippet = markdownSnippet(lines, twin);
      const onPages = pages.flatMap((text, index) => (text.includes(snippet) ? [index + 1] : []));
      if (onPages.length === 0) {
        // Only a finding about the whole document stands on the front matter's title, which a PDF shows only
        // in its properties: it goes on the first page.
        expect(twin.line, where).toBeLessThanOrEqual(frontMatterEnd(lines));
        expect(message.page, where).toBe(1);
      } else {
        expect(onPages, where).toContain(message.page);
      }
    }
  });
});

/*
 * The scheme's paragraphs follow one another with no space between them (as
 * the Word export sets them), so where a paragraph's last line is full and
 * the next does not open with a clause number, nothing on the page shows the
 * boundary, and where a short line ends a sentence inside a paragraph, it
 * reads as a paragraph's end. Those blocks are named; every other one must
 * come out whole.
 */
describe('fixtures/pdf/two-column.pdf: the integration scheme set in two columns', () => {
  const markdownFile = 'fixtures/integration-scheme.md';
  const pdfFile = 'fixtures/pdf/two-column.pdf';

  test('every paragraph, heading, list item and table cell of the original comes out whole but where no boundary shows, none interleaved with the other column', async () => {
    const markdown = parseMarkdown(readFileSync(markdownFile, 'utf8'), markdownFile);
    const pdf = await parsePdf(readFileSync(pdfFile), pdfFile);
    const read = new Set(pdf.blocks.map((block) => `${block.kind} ${flat(block.text)}`));
    const missing = markdown.blocks.map((block) => `${block.kind} ${flat(block.text)}`).filter((block) => !read.has(block));
    expect(missing.map((block) => block.slice(0, 35))).toEqual([
      // The parties' paragraphs: "…; and" / "Lochaird Council, established…" / "together referred to…", full lines and no space.
      'paragraph Lochaird Health Board, es',
      'paragraph Lochaird Council, establi',
      'paragraph together referred to as "',
      // A short line ending "Ombudsman." and "…Functions etc.)" at a line's end: read as the paragraph's end.
      'paragraph 14.2 Complaints about ser',
      'paragraph Functions conferred by th',
    ]);
  });

  test('a sentence that runs from the foot of one column to the head of the next is one block', async () => {
    const pdf = await parsePdf(readFileSync(pdfFile), pdfFile);
    // Where the foot of the left column leaves a sentence open, as pdf.js places the text;
    // page 1 breaks "… is to | improve the wellbeing …".
    const open = (await columnBreaks(pdfFile)).filter(([foot]) => !/[.:;]$/.test(foot));
    expect(open.length).toBeGreaterThan(0);
    for (const [foot, head] of open) {
      const block = pdf.blocks.find((candidate) => squeeze(candidate.text).includes(squeeze(foot)));
      expect(block, `no block holds "${foot}"`).toBeDefined();
      expect(squeeze(block!.text)).toContain(squeeze(`${foot} ${head}`));
    }
  });

  test('is judged as the scheme in one column', async () => {
    const [markdown, pdf] = await Promise.all([lintFile(markdownFile), lintFile(pdfFile)]);
    expect(judgement(pdf)).toEqual(judgement(markdown));
  });
});

/** For each page with text in both columns, the last line of the left column and the first of the right. */
async function columnBreaks(file: string): Promise<[string, string][]> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const breaks: [string, string][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const middle = page.view[2]! / 2;
    const lines = new Map<string, { x: number; y: number; text: string }>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      const key = `${x! < middle ? 'L' : 'R'}${Math.round(y!)}`;
      const line = lines.get(key) ?? { x: x!, y: y!, text: '' };
      line.text += item.str;
      lines.set(key, line);
    }
    const column = (left: boolean) => [...lines.values()].filter((line) => line.x < middle === left).sort((a, b) => b.y - a.y);
    const foot = column(true).at(-1);
    const head = column(false)[0];
    if (foot && head) breaks.push([foot.text.trim(), head.text.trim()]);
  }
  await pdf.destroy();
  return breaks;
}

describe('fixtures/pdf/running-heads.pdf: the plan with gaps under a running header and a numbered footer', () => {
  const pdfFile = 'fixtures/pdf/running-heads.pdf';
  const HEADER = 'Kilbrannan IJB | Consultation draft: the Outcome 2 chapter on living at home follows';
  const FOOTER = 'Outcome 10 (digital inclusion) is proposed for the next plan';

  test('the header, the footer and the page numbers are on every page, and in no block', async () => {
    const pages = await pageTexts(pdfFile);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, index) => {
      expect(text).toContain(squeeze(HEADER));
      expect(text).toContain(squeeze(`${FOOTER} | Page ${index + 1} of ${pages.length}`));
    });
    const document = await parsePdf(readFileSync(pdfFile), pdfFile);
    const text = squeeze(document.blocks.map((block) => block.text).join('\n'));
    expect(text).not.toContain(squeeze('Consultation draft'));
    expect(text).not.toContain(squeeze('digital inclusion'));
    expect(text).not.toMatch(/Page\d+of\d+/);
  });

  test('is judged as the plan with gaps: outcome 2 stays missing and outcome 10 is reported once, where the plan cites it', async () => {
    const [markdown, pdf] = await Promise.all([lintFile('fixtures/strategic-plan-gaps.md'), lintFile(pdfFile)]);
    expect(judgement(pdf)).toEqual(judgement(markdown));
    expect(pdf.messages.filter((message) => message.ruleId === 'outcome-reference').map((message) => message.quote)).toEqual([
      'This contributes to National Outcome 4 and to Outcome 10.',
    ]);
  });
});

describe('fixtures/pdf/indicators-table.pdf: a performance report whose evidence is a table of indicators', () => {
  const markdownFile = 'fixtures/pdf/indicators-table.md';
  const pdfFile = 'fixtures/pdf/indicators-table.pdf';
  const HEADER = ['Indicator', 'Baseline (2022/23)', 'Target (2025/26)', 'Latest (2024/25)'];

  function cells(document: PlanDocument): string[][] {
    const rows: string[][] = [];
    for (const block of document.blocks) {
      if (block.kind !== 'table-cell' || !block.cell) continue;
      (rows[block.cell.row] ??= [])[block.cell.column] = flat(block.text);
    }
    return rows;
  }

  test('is read as one table, row by row, each cell a block with the text of the original cell', async () => {
    const markdown = parseMarkdown(readFileSync(markdownFile, 'utf8'), markdownFile);
    const pdf = await parsePdf(readFileSync(pdfFile), pdfFile);
    expect(pdf.tables).toHaveLength(1);
    expect(cells(pdf)[0]).toEqual(HEADER);
    expect(cells(pdf)).toEqual(cells(markdown));
    expect(pdf.blocks.filter((block) => block.cell?.header).map((block) => flat(block.text))).toEqual(HEADER);
  });

  test('finds the evidence in the table: outcomes 2, 6, 7 and 8 evidenced there, as in the Markdown', async () => {
    const [markdown, pdf] = await Promise.all([lintFile(markdownFile), lintFile(pdfFile)]);
    expect(judgement(pdf)).toEqual(judgement(markdown));
    const document = await parsePdf(readFileSync(pdfFile), pdfFile);
    const cellLines = new Set(
      document.blocks.filter((block) => block.kind === 'table-cell').flatMap((block) => Array.from({ length: block.loc.endLine - block.loc.line + 1 }, (_, offset) => block.loc.line + offset)),
    );
    for (const id of [2, 6, 7, 8]) {
      const outcome = pdf.coverage!.outcomes.find((entry) => entry.id === id)!;
      expect(outcome.status, `outcome ${id}`).toBe('evidenced');
      expect(outcome.locations.some((location) => cellLines.has(location.line)), `outcome ${id} in a cell`).toBe(true);
    }
  });
});

/*
 * The PDFs planlint refuses (fixtures/pdf/README.md): one line each on
 * stderr naming the file and the problem, exit 2, and the other files of
 * the run still linted.
 */
const BAD_PDFS: { file: string; problem: string | RegExp }[] = [
  { file: 'encrypted.pdf', problem: 'is encrypted: it needs a password to open; save a copy without one, or lint the source document' },
  { file: 'scan.pdf', problem: 'has no text layer: it is a scan; run OCR or lint the source document' },
  // The detail in brackets is pdf.js's own word for what it found.
  { file: 'damaged.pdf', problem: /^cannot be read as a PDF \(.+\): it may be damaged; export it again, or lint the source document$/ },
  // The cap is the parser's to choose; the page count is the bomb's own.
  { file: 'page-bomb.pdf', problem: /^has 1,048,576 pages, more than the [\d,]+ planlint reads: split it, or lint the source document$/ },
];

const scratch = scratchFolders();
const badPdf = (file: string) => readFileSync(path.join('fixtures', 'pdf', 'bad', file));

describe.each(BAD_PDFS)('fixtures/pdf/bad/$file', ({ file, problem }) => {
  test('a fatal result beside the good file’s normal result, exit 2, one line on stderr', async () => {
    await expectBadInputBesideGood(scratch({ [file]: badPdf(file) }), file, problem);
  });
});

test('every refused PDF in one run beside the shipped PDFs: each reported on its own line, every plan still linted', async () => {
  const plans = Object.fromEntries(SAMPLES.map((name) => [`${name}.pdf`, readFileSync(`fixtures/${name}.pdf`)]));
  const dir = scratch({ ...plans, ...Object.fromEntries(BAD_PDFS.map(({ file }) => [`bad/${file}`, badPdf(file)])) });
  const args = ['good.md', ...Object.keys(plans), ...BAD_PDFS.map(({ file }) => `bad/${file}`)];
  const run = await runJson(args, { cwd: dir });
  expect(run.status).toBe(2);
  expect(run.results).toHaveLength(args.length);
  for (const { file, problem } of BAD_PDFS) expectFatal(resultFor(run.results, path.join(dir, 'bad', file)), problem);
  for (const name of ['good.md', ...Object.keys(plans)]) expect(resultFor(run.results, path.join(dir, name)).fatalErrorCount, name).toBe(0);
  expectGood(resultFor(run.results, path.join(dir, 'good.md')));
  const named = stderrLines(run).map((line) => line.slice(0, line.indexOf(': ', 'planlint: '.length)));
  expect(named.sort()).toEqual(BAD_PDFS.map(({ file }) => `planlint: bad/${file}`).sort());
  expectNoStackTrace(run.stderr);
});
