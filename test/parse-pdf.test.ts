import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePdf } from '../src/parse/pdf/index.js';
import { joinOf, wordsOf } from '../src/parse/pdf/text.js';
import { pageOf } from '../src/document/locate.js';
import { formatResults, lintFile } from '../src/index.js';
import { fixture, runCli, runJson } from './support/cli.js';
import { expectBadInputBesideGood, scratchFolders } from './support/fatal.js';

/*
 * docs/design.md "Document model", PDF: the small PDFs of fixtures/pdf/unit/
 * (scripts/build-pdf-unit-fixtures.ts) place each piece of text by hand, so
 * the blocks, headings and places read back from them are known exactly.
 */

const unit = (name: string): string => fixture(`pdf/unit/${name}`);
const parse = (name: string) => parsePdf(fs.readFileSync(unit(name)), unit(name));

interface Shown {
  kind: string;
  text: string;
  line: number;
  column: number;
  depth?: number;
  cell?: [number, number];
}

async function blocksOf(name: string): Promise<Shown[]> {
  const document = await parse(name);
  return document.blocks.map((block) => ({
    kind: block.kind,
    text: block.text,
    line: block.loc.line,
    column: block.loc.column,
    ...(block.depth === undefined ? {} : { depth: block.depth }),
    ...(block.cell ? { cell: [block.cell.row, block.cell.column] as [number, number] } : {}),
  }));
}

describe('reading a PDF back into blocks', () => {
  test('two columns are read left column first, the title and heading across them first of all', async () => {
    expect(await blocksOf('two-columns.pdf')).toEqual([
      { kind: 'heading', text: 'Glenmuir Locality Plan', line: 1, column: 1, depth: 1 },
      { kind: 'heading', text: 'Our priorities', line: 2, column: 1, depth: 2 },
      {
        kind: 'paragraph',
        text: 'Unpaid carers in the north told us that\nshort breaks are hard to arrange and\nthat information is hard to find.',
        line: 3,
        column: 1,
      },
      { kind: 'paragraph', text: 'We will open a carers centre in\nKilmory by March 2026.', line: 6, column: 1 },
      {
        kind: 'paragraph',
        text: 'Older people in the south asked for\nmore care at home and for support to\nstay active in their communities.',
        line: 8,
        column: 1,
      },
      { kind: 'paragraph', text: 'We will extend reablement to every\nlocality by June 2026.', line: 11, column: 1 },
    ]);
  });

  test('running headers, footers and page numbers are left out; a sentence runs on over a page; words broken at a line end are joined', async () => {
    const document = await parse('running-header.pdf');
    expect(document.blocks.map((block) => [block.kind, block.text, block.loc.line, block.loc.column, block.loc.sectionPath])).toEqual([
      ['heading', '1. Introduction', 2, 1, ['Introduction']],
      [
        'paragraph',
        'This plan sets out how we will support the community to live well, with self-directed support for everyone who needs it, and how\nwe will work with NHS-Glenmuir and the council.',
        3,
        1,
        ['Introduction'],
      ],
      ['heading', '2.3 Carers', 10, 1, ['Introduction', 'Carers']],
      ['paragraph', 'We will support unpaid carers:', 11, 1, ['Introduction', 'Carers']],
      ['list-item', 'with short breaks in every locality;', 12, 3, ['Introduction', 'Carers']],
      ['list-item', 'with advice from the carers centre.', 13, 3, ['Introduction', 'Carers']],
      ['paragraph', 'We will report on progress every year.', 16, 1, ['Introduction', 'Carers']],
    ]);
    expect(document.blocks.some((block) => /Strategic Plan 2025|Page \d/.test(block.text))).toBe(false);
    // Each page's header and footer are lines of it all the same, as a reader counts them.
    expect(document.pages).toEqual([
      { page: 1, firstLine: 1, lineCount: 6 },
      { page: 2, firstLine: 7, lineCount: 8 },
      { page: 3, firstLine: 15, lineCount: 3 },
    ]);
    expect(document.lineCount).toBe(17);
    const list = document.blocks.filter((block) => block.kind === 'list-item');
    expect(list.map((block) => [block.listId, block.listIndex])).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  test('a word carried over a page keeps its place: each line of a block is a segment at its own line', async () => {
    const document = await parse('running-header.pdf');
    const paragraph = document.blocks[1]!;
    expect(paragraph.segments.map((segment) => segment.start.line)).toEqual([3, 4, 5, 8, 9]);
    expect(paragraph.loc).toMatchObject({ line: 3, column: 1, endLine: 9, endColumn: 26 });
    expect(pageOf(document.pages!, 8)).toEqual({ page: 2, pageLine: 2 });
  });

  test('a table of indicators is read row by row, each cell a block, the header first, wrapped cells whole', async () => {
    const document = await parse('table.pdf');
    expect((await blocksOf('table.pdf')).filter((block) => block.kind === 'table-cell')).toEqual([
      { kind: 'table-cell', text: 'Indicator', line: 3, column: 1, cell: [0, 0] },
      { kind: 'table-cell', text: 'Baseline', line: 3, column: 13, cell: [0, 1] },
      { kind: 'table-cell', text: 'Target', line: 3, column: 24, cell: [0, 2] },
      { kind: 'table-cell', text: 'NI-11 Premature mortality', line: 4, column: 1, cell: [1, 0] },
      { kind: 'table-cell', text: '442', line: 4, column: 29, cell: [1, 1] },
      { kind: 'table-cell', text: '400 by 2028', line: 4, column: 35, cell: [1, 2] },
      { kind: 'table-cell', text: 'NI-19 Delayed discharge bed days\nper 1,000 population', line: 5, column: 1, cell: [2, 0] },
      { kind: 'table-cell', text: '1,042', line: 5, column: 36, cell: [2, 1] },
      { kind: 'table-cell', text: '750 by March\n2027', line: 5, column: 44, cell: [2, 2] },
    ]);
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]).toMatchObject({ hasHeader: true, loc: { line: 3, endLine: 6 } });
    expect(document.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'The Chief Officer reports on these indicators every quarter.' });
  });
});

describe('joining a line to the next', () => {
  test.each([
    ['the commun-', 'ity', 'drop-hyphen'],
    ['with self-', 'directed support', ''],
    ['work with NHS-', 'Glenmuir', ''],
    ['after COVID-', '19', ''],
    ['the plan for 2025–', '2028', ''],
    ['soft\u00AD', 'hyphen', 'drop-hyphen'],
    ['carers –', 'and families', '\n'],
    ['a whole line', 'and the next', '\n'],
  ])('%j then %j: %j', (before, after, join) => {
    expect(joinOf(before, after)).toBe(join);
  });

  test("the document's own words decide first: a compound it writes with a hyphen keeps it, a word it writes whole is joined", () => {
    const words = wordsOf(['the views of service-users and their carers', 'a re-ablement service', 'community led support']);
    expect(joinOf('the dignity of service-', 'users;', words)).toBe('');
    expect(joinOf('the commun-', 'ity', words)).toBe('drop-hyphen');
    // Neither form written elsewhere: the rules above.
    expect(joinOf('a disab-', 'ility', words)).toBe('drop-hyphen');
    expect(joinOf('with self-', 'directed support', words)).toBe('');
  });

  test('a word broken with no hyphen in a narrow table cell is one word again where the plan writes it whole', () => {
    const words = wordsOf(['5. Reducing health inequalities', '5. Reducin', 'g health', 'Support for carers and support at home']);
    expect(joinOf('5. Reducin', 'g health', words, true)).toBe('');
    // Outside a cell a line ends at a word's end; and two words each written elsewhere stay two.
    expect(joinOf('5. Reducin', 'g health', words, false)).toBe('\n');
    expect(joinOf('support for', 'carers', wordsOf(['support forcarers', 'for carers, for carers and for carers']), true)).toBe('\n');
  });
});

describe('findings in a PDF', () => {
  test('carry their page and their line on the page, in JSON beside line and column, with a quote', async () => {
    const result = await lintFile(unit('running-header.pdf'));
    const carers = result.messages.find((message) => message.message.startsWith('Outcome 6'));
    expect(carers).toMatchObject({ line: 11, page: 2, pageLine: 5, quote: 'We will support unpaid carers:', sectionPath: ['Introduction', 'Carers'] });
    for (const message of [...result.messages, ...result.suppressedMessages]) {
      expect(message.page).toBeGreaterThan(0);
      expect(message.pageLine).toBeGreaterThan(0);
    }
    const run = await runJson([unit('running-header.pdf')]);
    expect(run.results[0]!.messages.find((message) => message.line === 11)).toMatchObject({ page: 2, pageLine: 5 });
  });

  test('stylish shows p.PAGE:LINE, the section path and the quote', async () => {
    const run = await runCli([unit('running-header.pdf')]);
    expect(run.stdout).toContain('  p.2:5  warning  Outcome 6 (unpaid carers) is addressed without evidence');
    expect(run.stdout).toContain('[Introduction › Carers · "We will support unpaid carers:"]');
    expect(run.stdout).not.toMatch(/¶/);
  });

  test('every format shows the page where it shows a place', async () => {
    const results = [await lintFile(unit('running-header.pdf'), { explain: true })];
    const options = { cwd: fixture('pdf/unit'), color: false };
    const carers = 'Outcome 6 (unpaid carers) is addressed without evidence';
    interface SarifResult {
      message: { text: string };
      properties: Record<string, unknown>;
      locations: { physicalLocation: { region: Record<string, unknown> } }[];
    }
    const sarif = JSON.parse(formatResults(results, 'sarif', options)) as { runs: { results: SarifResult[] }[] };
    const found = sarif.runs[0]!.results.find((result) => result.message.text === carers)!;
    expect(found.properties).toMatchObject({ page: 2, pageLine: 5 });
    expect(found.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 11, snippet: { text: 'We will support unpaid carers:' } });
    expect(found.locations[0]!.physicalLocation.region['properties']).toBeUndefined();
    expect(formatResults(results, 'junit', options)).toContain(`p.2:5 ${carers}`);
    expect(formatResults(results, 'github', options)).toContain("page 2, line 5 of the page (the line number counts the PDF's lines)");
    expect(formatResults(results, 'html', options)).toContain('<span class="at">p.2:5</span>');
    expect(formatResults(results, 'explain', options)).toMatch(/ {6}p\.2:5 +warning {2}Outcome 6/);
  });

  test('a Markdown finding has no page', async () => {
    const run = await runJson([fixture('strategic-plan-gaps.md')]);
    expect(run.results[0]!.messages.every((message) => message.page === undefined && message.pageLine === undefined)).toBe(true);
  });
});

describe('PDFs planlint cannot lint', () => {
  const scratch = scratchFolders();
  const copy = (name: string): string => scratch({ [name]: fs.readFileSync(unit(name)) });

  test.each([
    ['encrypted.pdf', 'is encrypted: it needs a password to open; save a copy without one, or lint the source document'],
    ['scan.pdf', 'has no text layer: it is a scan; run OCR or lint the source document'],
    ['damaged.pdf', 'cannot be read as a PDF (Invalid PDF structure): it may be damaged; export it again, or lint the source document'],
  ])('%s: one line, exit 2, the other files linted', async (name, problem) => {
    await expectBadInputBesideGood(copy(name), name, problem);
  });

  test('a file named .pdf that is not one says so', async () => {
    const problem = 'is not a PDF file (it has no %PDF- header): export it again as PDF, or lint the source document';
    await expectBadInputBesideGood(scratch({ 'plan.pdf': Buffer.from([0, 1, 2, 3]) }), 'plan.pdf', problem);
  });
});
