import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  NoBreakHyphen,
  Paragraph,
  SoftHyphen,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, test } from 'vitest';
import { rules } from '../rules/index.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintBuffer } from '../src/core/lint.js';
import type { Block, PlanDocument } from '../src/document/types.js';
import type { LintMessage, LintResult } from '../src/engine/results.js';
import { parseDocx } from '../src/parse/docx/index.js';
import { ordinalInXml, readPart, replacePart, wordPlan } from './support/docx-builders.js';

/*
 * docs/design.md "Document model": in a .docx, `line` is the paragraph's ordinal in
 * word/document.xml (body and table-cell paragraphs, empty ones included) and
 * `column` is 1 + the character offset within the paragraph.
 */

const parse = (docx: Buffer) => parseDocx(docx, 'plan.docx', { maxInflatedSize: 50_000_000 });

const onlyOutcomeReference: ResolvedConfig = {
  rules: { 'outcome-reference': { severity: 2, options: {} } },
  maxFileSize: Number.POSITIVE_INFINITY,
  configFiles: [],
};

const lint = (buffer: Buffer, filePath = 'plan.docx', config = onlyOutcomeReference): Promise<LintResult> =>
  lintBuffer(buffer, { filePath, config, rules });

/** Kind, text and line range of every block. */
const outline = (doc: PlanDocument) => doc.blocks.map((block) => [block.kind, block.text, block.loc.line, block.loc.endLine]);

function blockWith(doc: PlanDocument, text: string): Block {
  const found = doc.blocks.filter((block) => block.text === text);
  expect(found, `one block reading "${text}"`).toHaveLength(1);
  return found[0]!;
}

/** Line, column and quote of each finding: what a user is sent to. */
const places = (messages: readonly LintMessage[]) =>
  messages.map(({ ruleId, line, column, endLine, endColumn, quote }) => ({ ruleId, line, column, endLine, endColumn, quote }));

const p = (text: string) => new Paragraph(text);
const h = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
const cell = (...texts: string[]) => new TableCell({ children: texts.map(p) });

describe('paragraph ordinals', () => {
  const children = [
    h('Glenmuir Strategic Plan', HeadingLevel.HEADING_1),
    p(''),
    p('Opening words.'),
    p(''),
    p(''),
    new Table({
      rows: [
        new TableRow({ children: [cell('Action'), cell('Lead')] }),
        new TableRow({ children: [cell('Expand reablement'), cell('Head of Adult Services', 'March 2027')] }),
      ],
    }),
    p('This also contributes to Outcome 10.'),
  ];

  test('headings, paragraphs, empty paragraphs and table-cell paragraphs are counted in document order', async () => {
    const doc = await parse(await wordPlan(children));
    expect(outline(doc)).toEqual([
      ['heading', 'Glenmuir Strategic Plan', 1, 1],
      ['paragraph', 'Opening words.', 3, 3],
      ['table-cell', 'Action', 6, 6],
      ['table-cell', 'Lead', 7, 7],
      ['table-cell', 'Expand reablement', 8, 8],
      ['table-cell', 'Head of Adult Services\nMarch 2027', 9, 10],
      ['paragraph', 'This also contributes to Outcome 10.', 11, 11],
    ]);
    expect(doc.lineCount).toBe(11);
  });

  test('a cell with two paragraphs is one block whose segments sit on two lines', async () => {
    const doc = await parse(await wordPlan(children));
    const lead = blockWith(doc, 'Head of Adult Services\nMarch 2027');
    expect(lead.segments).toEqual([
      { textStart: 0, length: 22, start: { line: 9, column: 1 } },
      { textStart: 23, length: 10, start: { line: 10, column: 1 } },
    ]);
    expect(lead.loc).toEqual({ line: 9, column: 1, endLine: 10, endColumn: 11, sectionPath: ['Glenmuir Strategic Plan'] });
  });

  test('the ordinals agree with a count of <w:p> elements in word/document.xml', async () => {
    const docx = await wordPlan(children);
    const xml = await readPart(docx, 'word/document.xml');
    const doc = await parse(docx);
    for (const text of ['Glenmuir Strategic Plan', 'Opening words.', 'Expand reablement', 'March 2027', 'This also contributes to Outcome 10.']) {
      const block = doc.blocks.find((candidate) => candidate.text.split('\n').includes(text))!;
      const segment = block.segments.find(
        (candidate) => block.text.slice(candidate.textStart, candidate.textStart + candidate.length) === text,
      )!;
      expect(segment.start.line, text).toBe(ordinalInXml(xml, text));
    }
  });

  test('a finding is at its paragraph’s ordinal, column 1 + the offset in the paragraph, with the paragraph quoted', async () => {
    const result = await lint(await wordPlan(children));
    expect(places(result.messages)).toEqual([
      { ruleId: 'outcome-reference', line: 11, column: 26, endLine: 11, endColumn: 36, quote: 'This also contributes to Outcome 10.' },
    ]);
    expect(result.messages[0]!.sectionPath).toEqual(['Glenmuir Strategic Plan']);
  });

  test('a finding in the second paragraph of a cell is on that paragraph’s line and quotes it', async () => {
    const docx = await wordPlan([
      new Table({
        rows: [
          new TableRow({ children: [cell('Outcome'), cell('Contribution')] }),
          new TableRow({ children: [cell('Carers'), cell('Respite breaks.', 'Also Outcome 12.')] }),
        ],
      }),
    ]);
    const result = await lint(docx);
    expect(places(result.messages)).toEqual([
      { ruleId: 'outcome-reference', line: 5, column: 6, endLine: 5, endColumn: 16, quote: 'Also Outcome 12.' },
    ]);
  });

  test('a long paragraph is quoted by its first 60 characters', async () => {
    const text = 'Our plan for reablement, care at home and housing support also contributes to Outcome 10.';
    const result = await lint(await wordPlan([p(text)]));
    expect(result.messages.map((message) => message.quote)).toEqual([
      'Our plan for reablement, care at home and housing support al…',
    ]);
    expect(places(result.messages)[0]).toMatchObject({ line: 1, column: text.indexOf('Outcome 10') + 1 });
  });

  test('a paragraph holding a non-breaking hyphen, a soft hyphen or a symbol keeps its own ordinal', async () => {
    // Word writes these as elements, not text: Ctrl+Shift+- in "NI‑1", optional hyphens, ticks from Wingdings.
    const docx = await wordPlan([
      p('First.'),
      new Paragraph({ children: [new TextRun({ children: ['Core indicator NI', new NoBreakHyphen(), '1 and Outcome 10.'] })] }),
      new Paragraph({ children: [new TextRun({ children: ['Re', new SoftHyphen(), 'ablement, Outcome 11.'] })] }),
      new Paragraph({ children: [new TextRun('Done '), new SymbolRun({ char: 'F0FC', symbolfont: 'Wingdings' }), new TextRun(' Outcome 12.')] }),
      p('Last.'),
    ]);
    const doc = await parse(docx);
    expect(outline(doc)).toEqual([
      ['paragraph', 'First.', 1, 1],
      ['paragraph', 'Core indicator NI\u20111 and Outcome 10.', 2, 2],
      ['paragraph', 'Re\u00adablement, Outcome 11.', 3, 3],
      ['paragraph', 'Done \u2713 Outcome 12.', 4, 4],
      ['paragraph', 'Last.', 5, 5],
    ]);
    const result = await lint(docx);
    expect(places(result.messages)).toEqual([
      { ruleId: 'outcome-reference', line: 2, column: 25, endLine: 2, endColumn: 35, quote: 'Core indicator NI\u20111 and Outcome 10.' },
      { ruleId: 'outcome-reference', line: 3, column: 14, endLine: 3, endColumn: 24, quote: 'Re\u00adablement, Outcome 11.' },
      { ruleId: 'outcome-reference', line: 4, column: 8, endLine: 4, endColumn: 18, quote: 'Done \u2713 Outcome 12.' },
    ]);
  });
});

describe('headings and sections', () => {
  const docx = () =>
    wordPlan(
      [
        h('Glenmuir Strategic Plan', HeadingLevel.HEADING_1),
        p('About the plan.'),
        h('1 Introduction', HeadingLevel.HEADING_2),
        p('Why we plan.'),
        new Paragraph({ text: '4.2 Carers', style: 'PlanHeading' }),
        h('Young carers', HeadingLevel.HEADING_3),
        p('Young carers are supported at school.'),
        h('Appendix', HeadingLevel.HEADING_1),
        p('Glossary.'),
      ],
      {
        styles: {
          paragraphStyles: [
            { id: 'PlanHeading', name: 'Plan Heading', basedOn: 'Heading2', next: 'Normal', run: { bold: true, color: '1F4E79' } },
          ],
        },
      },
    );

  test('Heading 1-3 and a custom style based on Heading 2 build the section tree', async () => {
    const doc = await parse(await docx());
    // [heading, title, number, depth, parent, children, startLine, endLine]
    expect(doc.sections.map((section) => [
      section.heading,
      section.title,
      section.number,
      section.depth,
      section.parent,
      section.children,
      section.startLine,
      section.endLine,
    ])).toEqual([
      ['', '', undefined, 0, undefined, [1, 5], 1, 9],
      ['Glenmuir Strategic Plan', 'Glenmuir Strategic Plan', undefined, 1, 0, [2, 3], 1, 7],
      ['1 Introduction', 'Introduction', '1', 2, 1, [], 3, 4],
      ['4.2 Carers', 'Carers', '4.2', 2, 1, [4], 5, 7],
      ['Young carers', 'Young carers', undefined, 3, 3, [], 6, 7],
      ['Appendix', 'Appendix', undefined, 1, 0, [], 8, 9],
    ]);
    expect(doc.sections.map((section) => section.path)).toEqual([
      [],
      ['Glenmuir Strategic Plan'],
      ['Glenmuir Strategic Plan', 'Introduction'],
      ['Glenmuir Strategic Plan', 'Carers'],
      ['Glenmuir Strategic Plan', 'Carers', 'Young carers'],
      ['Appendix'],
    ]);
  });

  test('heading blocks carry their depth and every block its section path', async () => {
    const doc = await parse(await docx());
    expect(doc.blocks.map((block) => [block.kind, block.text, block.depth, block.loc.line, block.loc.sectionPath])).toEqual([
      ['heading', 'Glenmuir Strategic Plan', 1, 1, ['Glenmuir Strategic Plan']],
      ['paragraph', 'About the plan.', undefined, 2, ['Glenmuir Strategic Plan']],
      ['heading', '1 Introduction', 2, 3, ['Glenmuir Strategic Plan', 'Introduction']],
      ['paragraph', 'Why we plan.', undefined, 4, ['Glenmuir Strategic Plan', 'Introduction']],
      ['heading', '4.2 Carers', 2, 5, ['Glenmuir Strategic Plan', 'Carers']],
      ['heading', 'Young carers', 3, 6, ['Glenmuir Strategic Plan', 'Carers', 'Young carers']],
      ['paragraph', 'Young carers are supported at school.', undefined, 7, ['Glenmuir Strategic Plan', 'Carers', 'Young carers']],
      ['heading', 'Appendix', 1, 8, ['Appendix']],
      ['paragraph', 'Glossary.', undefined, 9, ['Appendix']],
    ]);
    // Without a Title property, the first level-1 heading is the title, as in Markdown.
    expect(doc.title).toBe('Glenmuir Strategic Plan');
    expect(doc.titleBlock).toBe(0);
  });

  test('a finding under a custom heading carries that heading in its section path', async () => {
    const result = await lint(
      await wordPlan(
        [
          h('Glenmuir Strategic Plan', HeadingLevel.HEADING_1),
          new Paragraph({ text: '4.2 Carers', style: 'PlanHeading' }),
          p('Carers are Outcome 16.'),
        ],
        { styles: { paragraphStyles: [{ id: 'PlanHeading', name: 'Plan Heading', basedOn: 'Heading2' }] } },
      ),
    );
    expect(result.messages.map((message) => [message.line, message.column, message.sectionPath])).toEqual([
      [3, 12, ['Glenmuir Strategic Plan', 'Carers']],
    ]);
  });
});

describe('numbered and bulleted lists', () => {
  const steps = {
    config: [
      {
        reference: 'steps',
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
          { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
        ],
      },
    ],
  };
  const item = (text: string, instance: number, level = 0) => new Paragraph({ text, numbering: { reference: 'steps', level, instance } });
  const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });

  /** Kind, text, list id, ordinal and line of each list item. */
  const items = (doc: PlanDocument) =>
    doc.blocks
      .filter((block) => block.kind === 'list-item')
      .map((block) => [block.text, block.listId, block.listIndex, block.ordinal, block.loc.line]);

  test('decimal numbering gives items numbered 1, 2, 3 in one list; another numbering instance is another list', async () => {
    const doc = await parse(
      await wordPlan(
        [
          p('Our priorities are:'),
          item('Prevention', 1),
          item('Reablement', 1),
          item('Carers', 1),
          p('In the second year:'),
          item('Housing', 2),
          item('Transport', 2),
        ],
        { numbering: steps },
      ),
    );
    expect(items(doc)).toEqual([
      ['Prevention', 0, 1, 1, 2],
      ['Reablement', 0, 2, 2, 3],
      ['Carers', 0, 3, 3, 4],
      ['Housing', 1, 1, 1, 6],
      ['Transport', 1, 2, 2, 7],
    ]);
  });

  test('bullets have no ordinal; a nested level is a list of its own and the outer list carries on after it', async () => {
    const doc = await parse(
      await wordPlan(
        [
          p('Principles:'),
          bullet('Dignity'),
          bullet('Respect', 1),
          bullet('Rights'),
          p('Steps:'),
          item('Assess', 3),
          item('Agree a plan', 3, 1),
          item('Review', 3),
          item('Record what changed', 3, 1),
        ],
        { numbering: steps },
      ),
    );
    expect(items(doc)).toEqual([
      ['Dignity', 0, 1, undefined, 2],
      ['Respect', 1, 1, undefined, 3],
      ['Rights', 0, 2, undefined, 4],
      ['Assess', 2, 1, 1, 6],
      ['Agree a plan', 3, 1, 1, 7],
      ['Review', 2, 2, 2, 8],
      // Word restarts a deeper level after an item above it: "a)" again.
      ['Record what changed', 4, 1, 1, 9],
    ]);
  });

  test('an item after an interrupting paragraph has the number Word shows for it', async () => {
    // Paragraphs of one numbering instance count on across other paragraphs: Word shows "2." for "Review".
    const doc = await parse(await wordPlan([item('Assess', 1), p('Then, once agreed:'), item('Review', 1)], { numbering: steps }));
    expect(items(doc)).toEqual([
      ['Assess', 0, 1, 1, 1],
      ['Review', 1, 1, 2, 3],
    ]);
  });
});

describe('tables', () => {
  const children = [
    h('Actions', HeadingLevel.HEADING_1),
    new Table({
      rows: [
        new TableRow({ children: [cell('Action'), cell('Lead'), cell('Timescale')] }),
        new TableRow({
          children: [
            new TableCell({ children: [p('Joint reablement service')], columnSpan: 2 }),
            new TableCell({ children: [p('March 2027')], rowSpan: 2 }),
          ],
        }),
        new TableRow({ children: [cell('Falls pathway'), cell('AHP Lead')] }),
      ],
    }),
    p('After the table.'),
  ];

  test('cells carry row, grid column and header; spans fill every grid place they cover', async () => {
    const doc = await parse(await wordPlan(children));
    const cells = doc.blocks.filter((block) => block.kind === 'table-cell');
    expect(cells.map((block) => [block.text, block.cell, block.loc.line])).toEqual([
      ['Action', { tableId: 0, row: 0, column: 0, header: true }, 2],
      ['Lead', { tableId: 0, row: 0, column: 1, header: true }, 3],
      ['Timescale', { tableId: 0, row: 0, column: 2, header: true }, 4],
      ['Joint reablement service', { tableId: 0, row: 1, column: 0, header: false }, 5],
      ['March 2027', { tableId: 0, row: 1, column: 2, header: false }, 6],
      ['Falls pathway', { tableId: 0, row: 2, column: 0, header: false }, 7],
      ['AHP Lead', { tableId: 0, row: 2, column: 1, header: false }, 8],
    ]);
    const id = (text: string) => blockWith(doc, text).id;
    expect(doc.tables).toEqual([
      {
        id: 0,
        sectionIndex: 1,
        loc: { line: 2, column: 1, endLine: 8, endColumn: 9, sectionPath: ['Actions'] },
        rows: [
          [id('Action'), id('Lead'), id('Timescale')],
          [id('Joint reablement service'), id('Joint reablement service'), id('March 2027')],
          [id('Falls pathway'), id('AHP Lead'), id('March 2027')],
        ],
        hasHeader: true,
      },
    ]);
  });

  test('the empty paragraph of a merged continuation cell does not shift later ordinals', async () => {
    const docx = await wordPlan(children);
    const xml = await readPart(docx, 'word/document.xml');
    // Word writes the covered cell of a vertical merge with an empty paragraph of its own: ordinal 9.
    expect(xml).toContain('<w:vMerge w:val="continue"/></w:tcPr><w:p/>');
    expect(ordinalInXml(xml, 'After the table.')).toBe(10);
    const doc = await parse(docx);
    expect(blockWith(doc, 'After the table.').loc).toMatchObject({ line: 10, endLine: 10 });
    expect(doc.lineCount).toBe(10);
  });

  test('a finding after a merged table is on its true paragraph', async () => {
    const result = await lint(await wordPlan([...children.slice(0, 2), p('See Outcome 10.')]));
    expect(places(result.messages)).toEqual([
      { ruleId: 'outcome-reference', line: 10, column: 5, endLine: 10, endColumn: 15, quote: 'See Outcome 10.' },
    ]);
  });
});

describe('tracked changes', () => {
  const revision = { author: 'Planning Officer', date: '2025-01-15T10:00:00Z' };

  test('inserted text is in the block, deleted text is not, and columns follow the text as it reads', async () => {
    const docx = await wordPlan([
      p('Carers'),
      new Paragraph({
        children: [
          new TextRun('This supports '),
          new DeletedTextRun({ text: 'Outcome 10', id: 1, ...revision }),
          new InsertedTextRun({ text: 'Outcome 12', id: 2, ...revision }),
          new TextRun(' and '),
          new InsertedTextRun({ text: 'respite ', id: 3, ...revision }),
          new TextRun('breaks.'),
        ],
      }),
    ]);
    const doc = await parse(docx);
    expect(outline(doc)).toEqual([
      // A Word file without heading styles: its short first line reads as the title.
      ['heading', 'Carers', 1, 1],
      ['paragraph', 'This supports Outcome 12 and respite breaks.', 2, 2],
    ]);
    const result = await lint(docx);
    expect(places(result.messages)).toEqual([
      { ruleId: 'outcome-reference', line: 2, column: 15, endLine: 2, endColumn: 25, quote: 'This supports Outcome 12 and respite breaks.' },
    ]);
  });

  test('text moved away is not in the block, and the paragraph keeps its ordinal', async () => {
    // The docx package cannot write a tracked move, so the run is wrapped in <w:moveFrom> afterwards.
    const docx = await replacePart(
      await wordPlan([p('Carers'), p('Respite breaks MOVED and short breaks.'), p('Last, Outcome 10.')]),
      'word/document.xml',
      (xml) =>
        xml.replace(
          '<w:t xml:space="preserve">Respite breaks MOVED and short breaks.</w:t>',
          '<w:t xml:space="preserve">Respite breaks </w:t></w:r>' +
            '<w:moveFrom w:id="7" w:author="Planning Officer" w:date="2025-01-15T10:00:00Z"><w:r><w:t>for Outcome 11 </w:t></w:r></w:moveFrom>' +
            '<w:r><w:t xml:space="preserve">and short breaks.</w:t>',
        ),
    );
    const doc = await parse(docx);
    expect(outline(doc)).toEqual([
      ['heading', 'Carers', 1, 1],
      ['paragraph', 'Respite breaks and short breaks.', 2, 2],
      ['paragraph', 'Last, Outcome 10.', 3, 3],
    ]);
    expect(places((await lint(docx)).messages)).toEqual([
      { ruleId: 'outcome-reference', line: 3, column: 7, endLine: 3, endColumn: 17, quote: 'Last, Outcome 10.' },
    ]);
  });

  test('a paragraph whose mark was deleted reads on into the next, and a finding there is on its own paragraph', async () => {
    const docx = await wordPlan([
      p('Carers'),
      new Paragraph({ children: [new TextRun('We will expand respite. ')], run: { deletion: { id: 4, ...revision } } }),
      p('This also contributes to Outcome 10.'),
      p('Last.'),
    ]);
    const doc = await parse(docx);
    expect(doc.blocks.map((block) => [block.text, block.loc.line, block.loc.endLine])).toEqual([
      ['Carers', 1, 1],
      ['We will expand respite. This also contributes to Outcome 10.', 2, 3],
      ['Last.', 4, 4],
    ]);
    // "Outcome 10" stands in the third <w:p> of document.xml, at offset 25.
    expect(places((await lint(docx)).messages)).toMatchObject([{ ruleId: 'outcome-reference', line: 3, column: 26, endLine: 3, endColumn: 36 }]);
  });
});

describe('headers, footers and footnotes', () => {
  test('headers and footers are not plan content and do not count as paragraphs', async () => {
    const docx = await wordPlan([p('Body text.'), p('More body text.')], {
      section: {
        headers: { default: new Header({ children: [p('Draft — Outcome 10 review copy')] }) },
        footers: { default: new Footer({ children: [p('Outcome 11 footer')] }) },
      },
    });
    const doc = await parse(docx);
    expect(outline(doc)).toEqual([
      ['paragraph', 'Body text.', 1, 1],
      ['paragraph', 'More body text.', 2, 2],
    ]);
    expect((await lint(docx)).messages).toEqual([]);
  });

  test('footnote text is a block at the citing paragraph’s line', async () => {
    const docx = await wordPlan(
      [
        h('Evidence', HeadingLevel.HEADING_1),
        new Paragraph({ children: [new TextRun('Our figures are published annually.'), new FootnoteReferenceRun(1)] }),
        p('Next paragraph.'),
      ],
      { footnotes: { 1: { children: [p('Source: Scottish Government survey on Outcome 10.')] } } },
    );
    const doc = await parse(docx);
    expect(doc.blocks.map((block) => [block.kind, block.text, block.loc.line, block.loc.endLine, block.loc.sectionPath])).toEqual([
      ['heading', 'Evidence', 1, 1, ['Evidence']],
      ['paragraph', 'Our figures are published annually.', 2, 2, ['Evidence']],
      ['paragraph', 'Source: Scottish Government survey on Outcome 10.', 2, 2, ['Evidence']],
      ['paragraph', 'Next paragraph.', 3, 3, ['Evidence']],
    ]);
    const result = await lint(docx);
    expect(result.messages.map(({ line, endLine, quote, sectionPath }) => ({ line, endLine, quote, sectionPath }))).toEqual([
      { line: 2, endLine: 2, quote: 'Our figures are published annually.', sectionPath: ['Evidence'] },
    ]);
  });
});

describe('Word comments as directives', () => {
  const commented = (id: number, text: string) => [
    new CommentRangeStart(id),
    new TextRun(text),
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)] }),
  ];

  test('a planlint-disable comment silences its rule on the paragraph it is anchored on, and no further', async () => {
    const docx = await wordPlan(
      [
        h('Carers', HeadingLevel.HEADING_1),
        new Paragraph({ children: commented(0, 'This also contributes to Outcome 10.') }),
        p('And to Outcome 11.'),
        new Paragraph({ children: commented(1, 'See Outcome 12.') }),
      ],
      {
        comments: {
          children: [
            { id: 0, author: 'Reviewer', children: [p('planlint-disable outcome-reference -- quoted')] },
            { id: 1, author: 'Reviewer', children: [p('Please check this figure.')] },
          ],
        },
      },
    );
    const doc = await parse(docx);
    expect(doc.comments).toEqual([
      {
        text: 'planlint-disable outcome-reference -- quoted',
        loc: { line: 2, column: 1, endLine: 2, endColumn: 1, sectionPath: ['Carers'] },
        anchor: { startLine: 2, endLine: 2 },
      },
      {
        text: 'Please check this figure.',
        loc: { line: 4, column: 1, endLine: 4, endColumn: 1, sectionPath: ['Carers'] },
        anchor: { startLine: 4, endLine: 4 },
      },
    ]);

    const result = await lint(docx);
    expect(places(result.suppressedMessages)).toEqual([
      { ruleId: 'outcome-reference', line: 2, column: 26, endLine: 2, endColumn: 36, quote: 'This also contributes to Outcome 10.' },
    ]);
    // The ordinary comment on "Outcome 12" does nothing.
    expect(places(result.messages)).toEqual([
      { ruleId: 'outcome-reference', line: 3, column: 8, endLine: 3, endColumn: 18, quote: 'And to Outcome 11.' },
      { ruleId: 'outcome-reference', line: 4, column: 5, endLine: 4, endColumn: 15, quote: 'See Outcome 12.' },
    ]);
    expect(result.errorCount).toBe(2);
  });

  test('a comment anchored across two paragraphs covers both', async () => {
    const docx = await wordPlan(
      [
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('First, Outcome 10.')] }),
        new Paragraph({ children: [new TextRun('Then Outcome 11.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
        p('Outside, Outcome 12.'),
      ],
      { comments: { children: [{ id: 0, author: 'Reviewer', children: [p('planlint-disable -- historic numbering')] }] } },
    );
    const result = await lint(docx);
    expect(result.suppressedMessages.map((message) => message.line)).toEqual([1, 2]);
    expect(result.messages.map((message) => message.line)).toEqual([3]);
  });
});

describe('document properties', () => {
  test('the core Title and a custom documentType property act as front matter', async () => {
    const docx = await wordPlan([h('Introduction', HeadingLevel.HEADING_1), p('This review looks back over three years.')], {
      title: 'Inverbrae Review of the Strategic Plan 2022–2025',
      customProperties: [{ name: 'documentType', value: 'plan-review' }],
    });
    const doc = await parse(docx);
    expect(doc.title).toBe('Inverbrae Review of the Strategic Plan 2022–2025');
    expect(doc.frontMatter).toEqual({ title: 'Inverbrae Review of the Strategic Plan 2022–2025', documentType: 'plan-review' });

    const result = await lint(docx);
    expect(result.coverage).toMatchObject({ documentType: 'plan-review', documentTypeSource: 'front-matter' });
  });

  test('an unknown documentType property is refused as front matter is', async () => {
    const docx = await wordPlan([p('Plan text.')], { customProperties: [{ name: 'documentType', value: 'strategy' }] });
    const result = await lint(docx);
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0]!.message).toBe(
      'front matter documentType "strategy" is not one of: strategic-plan, integration-scheme, plan-review, performance-report',
    );
  });
});
