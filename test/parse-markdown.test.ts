import { describe, expect, test } from 'vitest';
import { locateSpan } from '../src/document/locate.js';
import type { Block, PlanDocument } from '../src/document/types.js';
import { splitHeadingNumber } from '../src/parse/heading-number.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const md = (...lines: string[]) => lines.join('\n');
const parse = (text: string) => parseMarkdown(text, 'plan.md');

/** Kind, text and range of every block, for compact exact assertions. */
const outline = (doc: PlanDocument) =>
  doc.blocks.map((b) => [b.kind, b.text, b.loc.line, b.loc.column, b.loc.endLine, b.loc.endColumn]);

/** 1-based line/column of the only occurrence of `word` in `source`. */
function sourcePoint(source: string, word: string) {
  const at = source.indexOf(word);
  expect(at, `${word} in source`).toBeGreaterThanOrEqual(0);
  expect(source.indexOf(word, at + 1), `${word} is unique`).toBe(-1);
  const before = source.slice(0, at).split(/\r\n|\n/);
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** Where locateSpan puts `word`, found in the text of the block holding it. */
function located(doc: PlanDocument, word: string) {
  const block = doc.blocks.find((b) => b.text.includes(word)) as Block;
  expect(block, `a block holding ${word}`).toBeDefined();
  const start = block.text.indexOf(word);
  const { line, column, endLine, endColumn } = locateSpan(block, start, start + word.length);
  return { line, column, endLine, endColumn };
}

function expectLocated(source: string, word: string) {
  const at = sourcePoint(source, word);
  expect(located(parse(source), word), word).toEqual({
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column + word.length,
  });
}

describe('sections', () => {
  const source = md(
    'Before any heading.',
    '',
    '# Strategic Plan 2025-2028',
    '',
    '## 1. Introduction',
    '',
    'Opening words.',
    '',
    '### 1.1 Background',
    '',
    'History.',
    '',
    '## Section 2: Carers',
    '',
    '### 2.1. Young carers',
    '',
    '# Appendix',
    'Last line.',
  );
  const doc = parse(source);

  test('builds the tree with numbers stripped from titles', () => {
    expect(
      doc.sections.map((s) => ({
        index: s.index,
        title: s.title,
        heading: s.heading,
        number: s.number,
        depth: s.depth,
        parent: s.parent,
        children: s.children,
        path: s.path,
        lines: [s.startLine, s.endLine],
      })),
    ).toEqual([
      { index: 0, title: '', heading: '', number: undefined, depth: 0, parent: undefined, children: [1, 6], path: [], lines: [1, 18] },
      {
        index: 1,
        title: 'Strategic Plan 2025-2028',
        heading: 'Strategic Plan 2025-2028',
        number: undefined,
        depth: 1,
        parent: 0,
        children: [2, 4],
        path: ['Strategic Plan 2025-2028'],
        lines: [3, 16],
      },
      {
        index: 2,
        title: 'Introduction',
        heading: '1. Introduction',
        number: '1',
        depth: 2,
        parent: 1,
        children: [3],
        path: ['Strategic Plan 2025-2028', 'Introduction'],
        lines: [5, 12],
      },
      {
        index: 3,
        title: 'Background',
        heading: '1.1 Background',
        number: '1.1',
        depth: 3,
        parent: 2,
        children: [],
        path: ['Strategic Plan 2025-2028', 'Introduction', 'Background'],
        lines: [9, 12],
      },
      {
        index: 4,
        title: 'Carers',
        heading: 'Section 2: Carers',
        number: '2',
        depth: 2,
        parent: 1,
        children: [5],
        path: ['Strategic Plan 2025-2028', 'Carers'],
        lines: [13, 16],
      },
      {
        index: 5,
        title: 'Young carers',
        heading: '2.1. Young carers',
        number: '2.1',
        depth: 3,
        parent: 4,
        children: [],
        path: ['Strategic Plan 2025-2028', 'Carers', 'Young carers'],
        lines: [15, 16],
      },
      { index: 6, title: 'Appendix', heading: 'Appendix', number: undefined, depth: 1, parent: 0, children: [], path: ['Appendix'], lines: [17, 18] },
    ]);
  });

  test('a heading belongs to the section it opens; other blocks to the innermost section', () => {
    expect(doc.sections.map((s) => s.blockIds)).toEqual([[0], [1], [2, 3], [4, 5], [6], [7], [8, 9]]);
    expect(doc.sections.map((s) => s.headingBlock)).toEqual([undefined, 1, 2, 4, 6, 7, 8]);
    expect(doc.blocks.map((b) => [b.text, b.sectionIndex, b.loc.sectionPath])).toEqual([
      ['Before any heading.', 0, []],
      ['Strategic Plan 2025-2028', 1, ['Strategic Plan 2025-2028']],
      ['1. Introduction', 2, ['Strategic Plan 2025-2028', 'Introduction']],
      ['Opening words.', 2, ['Strategic Plan 2025-2028', 'Introduction']],
      ['1.1 Background', 3, ['Strategic Plan 2025-2028', 'Introduction', 'Background']],
      ['History.', 3, ['Strategic Plan 2025-2028', 'Introduction', 'Background']],
      ['Section 2: Carers', 4, ['Strategic Plan 2025-2028', 'Carers']],
      ['2.1. Young carers', 5, ['Strategic Plan 2025-2028', 'Carers', 'Young carers']],
      ['Appendix', 6, ['Appendix']],
      ['Last line.', 6, ['Appendix']],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.depth)).toEqual([1, 2, 3, 2, 3, 1]);
  });

  test('a skipped level nests under the nearest shallower heading', () => {
    const skipped = parse(md('## Two', '#### Four', '### Three', '# One'));
    expect(skipped.sections.map((s) => [s.title, s.parent, s.startLine, s.endLine])).toEqual([
      ['', undefined, 1, 4],
      ['Two', 0, 1, 3],
      ['Four', 1, 2, 2],
      ['Three', 1, 3, 3],
      ['One', 0, 4, 4],
    ]);
  });

  test.each([
    ['4.2 Carers', '4.2', 'Carers'],
    ['4.2. Carers', '4.2', 'Carers'],
    ['Section 4: Carers', '4', 'Carers'],
    ['4) Carers', '4', 'Carers'],
    ['Chapter 3 – Our priorities', '3', 'Our priorities'],
    ['Part 2 - Delivery', '2', 'Delivery'],
    ['2025 and beyond', undefined, '2025 and beyond'],
    ['Carers', undefined, 'Carers'],
    ['4.2', undefined, '4.2'],
  ])('heading %s', (heading, number, title) => {
    expect(splitHeadingNumber(heading)).toEqual(number === undefined ? { title } : { number, title });
  });
});

describe('blocks', () => {
  test('kinds, text and exact ranges; code, html, rules and front matter make no blocks', () => {
    const source = md(
      '---',
      'title: Plan',
      '---',
      '# Our *plan*',
      '',
      'Text with **strong**, `code`, [a link](https://example.org) and ![a chart](c.png).',
      'Second line.',
      '',
      '```',
      'code block',
      '```',
      '',
      '<div>html</div>',
      '',
      '---',
      '',
      '> Quoted words',
      '> over two lines.',
      '',
      'Hard  ',
      'break and\\',
      'another.',
    );
    expect(outline(parse(source))).toEqual([
      ['heading', 'Our plan', 4, 1, 4, 13],
      ['paragraph', 'Text with strong, code, a link and a chart.\nSecond line.', 6, 1, 7, 13],
      ['paragraph', 'Quoted words\nover two lines.', 17, 3, 18, 18],
      ['paragraph', 'Hard\nbreak and\nanother.', 20, 1, 22, 9],
    ]);
  });

  test('escapes and character references are decoded', () => {
    const doc = parse('Health \\& care &amp; support &copy; 2025');
    expect(doc.blocks[0]?.text).toBe('Health & care & support © 2025');
  });
});

describe('lists', () => {
  const source = md(
    '- first',
    '  continued',
    '  - nested one',
    '  - nested two',
    '- second',
    '',
    '  second paragraph',
    '',
    'Between.',
    '',
    '3. three',
    '4. four',
    '',
    '- [ ] a task',
    '-',
  );
  const doc = parse(source);
  const items = doc.blocks.filter((b) => b.kind === 'list-item');

  test('one block per item; nested lists are lists of their own', () => {
    expect(items.map((b) => [b.text, b.listId, b.listIndex, b.ordinal, b.loc.line, b.loc.column])).toEqual([
      ['first\ncontinued', 0, 1, undefined, 1, 1],
      ['nested one', 1, 1, undefined, 3, 3],
      ['nested two', 1, 2, undefined, 4, 3],
      ['second\nsecond paragraph', 0, 2, undefined, 5, 1],
      ['three', 2, 1, 3, 11, 1],
      ['four', 2, 2, 4, 12, 1],
      ['a task', 3, 1, undefined, 14, 1],
      ['', 3, 2, undefined, 15, 1],
    ]);
  });

  test('item blocks keep document order with the paragraphs around them', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'list-item',
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'list-item',
    ]);
    expect(doc.blocks.map((b) => b.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('the item range spans its nested list', () => {
    const first = items[0] as Block;
    expect([first.loc.line, first.loc.endLine, first.loc.endColumn]).toEqual([1, 4, 15]);
  });
});

describe('tables', () => {
  const source = md(
    '# Budget',
    '',
    '| Service | 2025/26 |',
    '| ------- | ------: |',
    '| Care at **home** | £1.2m |',
    '| Respite \\| short breaks |  |',
    '',
    'After.',
  );
  const doc = parse(source);

  test('cells carry row, column and header', () => {
    const cells = doc.blocks.filter((b) => b.kind === 'table-cell');
    expect(cells.map((b) => [b.text, b.cell, b.loc.line, b.loc.column, b.loc.endColumn])).toEqual([
      ['Service', { tableId: 0, row: 0, column: 0, header: true }, 3, 1, 11],
      ['2025/26', { tableId: 0, row: 0, column: 1, header: true }, 3, 11, 22],
      ['Care at home', { tableId: 0, row: 1, column: 0, header: false }, 5, 1, 20],
      ['£1.2m', { tableId: 0, row: 1, column: 1, header: false }, 5, 20, 29],
      ['Respite | short breaks', { tableId: 0, row: 2, column: 0, header: false }, 6, 1, 27],
      ['', { tableId: 0, row: 2, column: 1, header: false }, 6, 27, 31],
    ]);
  });

  test('the table keeps its rows of cell ids', () => {
    expect(doc.tables).toEqual([
      {
        id: 0,
        sectionIndex: 1,
        loc: { line: 3, column: 1, endLine: 6, endColumn: 31, sectionPath: ['Budget'] },
        rows: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        hasHeader: true,
      },
    ]);
    expect(doc.blocks[7]).toMatchObject({ kind: 'paragraph', text: 'After.' });
  });

  test('<br> in a cell is a line break', () => {
    const doc = parse(md('| a |', '| - |', '| one<br>two |'));
    expect(doc.blocks[1]?.text).toBe('one\ntwo');
  });
});

describe('front matter and title', () => {
  test('front matter is parsed and gives the title', () => {
    const doc = parse(md('---', 'title: Moray Strategic Plan', 'documentType: integration-scheme', 'years: [2025, 2028]', '---', '', '# Heading'));
    expect(doc.frontMatter).toEqual({ title: 'Moray Strategic Plan', documentType: 'integration-scheme', years: [2025, 2028] });
    expect(doc.title).toBe('Moray Strategic Plan');
    expect(doc.titleBlock).toBeUndefined();
    expect(doc.blocks[0]?.loc.line).toBe(7);
  });

  test('without a front matter title, the first level-1 heading gives it', () => {
    const doc = parse(md('---', 'documentType: strategic-plan', '---', '## 0. Foreword', '# 1. Our Plan', '# Other'));
    expect(doc.frontMatter).toEqual({ documentType: 'strategic-plan' });
    expect(doc.title).toBe('Our Plan');
    expect(doc.titleBlock).toBe(1);
  });

  test('without a level-1 heading, the first heading gives it', () => {
    const doc = parse(md('Intro.', '', '## Foreword', '### Detail'));
    expect([doc.title, doc.titleBlock, doc.frontMatter]).toEqual(['Foreword', 1, {}]);
  });

  test('no heading, no title', () => {
    const doc = parse('Just text.');
    expect(doc.title).toBeUndefined();
    expect(doc.titleBlock).toBeUndefined();
  });

  test('invalid YAML names the reason and the file line', () => {
    expect(() => parse(md('---', 'title: Plan', 'title: Again', '---', 'Text.'))).toThrow(
      'front matter is not valid YAML: Map keys must be unique (line 3)',
    );
    expect(() => parse(md('---', 'title: "Plan', '---'))).toThrow(/^front matter is not valid YAML: .+ \(line \d+\)$/);
  });

  test('front matter that is not a mapping is rejected', () => {
    expect(() => parse(md('---', '- a', '- b', '---'))).toThrow(
      'front matter is not valid YAML: expected a mapping of keys to values (line 2)',
    );
  });

  test('empty front matter is an empty mapping', () => {
    expect(parse(md('---', '---', 'Text.')).frontMatter).toEqual({});
  });
});

describe('comments', () => {
  test('every HTML comment, with its own range', () => {
    const source = md(
      '<!-- planlint-disable outcome-evidence -- reason --> <!-- second -->',
      '',
      'Text <!-- planlint-disable-next-line principle-coverage --> more.',
      '',
      '> Quote',
      '> <!-- spans',
      '> two lines -->',
      '',
      '```',
      '<!-- in code, not a comment -->',
      '```',
    );
    const doc = parse(source);
    expect(doc.comments.map((c) => [c.text, c.loc.line, c.loc.column, c.loc.endLine, c.loc.endColumn])).toEqual([
      ['planlint-disable outcome-evidence -- reason', 1, 1, 1, 53],
      ['second', 1, 54, 1, 69],
      ['planlint-disable-next-line principle-coverage', 3, 6, 3, 60],
      ['spans\ntwo lines', 6, 3, 7, 16],
    ]);
    expect(doc.blocks[0]?.text).toBe('Text  more.');
  });

  test('comments know their section', () => {
    const doc = parse(md('# Carers', '<!-- note -->'));
    expect(doc.comments[0]?.loc.sectionPath).toEqual(['Carers']);
  });
});

describe('locateSpan finds words where they are written', () => {
  test.each([
    ['a plain paragraph', md('# Plan', '', 'We will support unpaid carers.'), 'unpaid'],
    ['after bold', md('Our **first** priority is prevention.'), 'prevention'],
    ['inside bold', md('Our **first priority** is prevention.'), 'priority'],
    ['the second line of a wrapped paragraph', md('Partners will work', 'together with communities.'), 'communities'],
    ['a nested list item continuation line', md('- Outer item', '  - Inner item', '    carries on here', '- Next'), 'carries'],
    ['a table cell', md('| Outcome | Measure |', '| --- | --- |', '| 4 | Emergency admissions |'), 'admissions'],
    ['a blockquote', md('> Quoted from the', '> Ministerial strategy.'), 'Ministerial'],
    ['a nested blockquote in a list', md('- item', '', '  > > deep quote', '  > > continues here'), 'continues'],
    ['after a link', md('See [the guidance](https://www.gov.scot/guidance) published in 2024.'), 'published'],
    ['inside a link', md('See [the statutory guidance](https://www.gov.scot/guidance).'), 'statutory'],
    ['after an escape', md('Costs rose by 5\\* in real terms.'), 'terms'],
    ['after a character reference', md('Health &amp; Social Care Partnership'), 'Partnership'],
    ['after a character reference on a second line', md('Intro line', 'Health &amp; Social Care Partnership'), 'Social'],
    ['after inline code', md('Set `enabled` in the configuration file.'), 'configuration'],
    ['inside inline code', md('Use ``a `planlint` run`` daily.'), 'planlint'],
    ['after an image', md('See ![a bar chart](chart.png) below the heading.'), 'below'],
    ['a heading', md('## 4.2 Carers and families'), 'families'],
    ['after a hard break', md('First line  ', '   second line'), 'second'],
    ['a CRLF paragraph', ['Line one', 'line **two** words', '> quoted text'].join('\r\n'), 'words'],
    ['a CRLF blockquote', ['Line one', '', '> quoted', '> text here'].join('\r\n'), 'here'],
    ['after a BOM', '\uFEFFStart of the file', 'file'],
  ])('%s', (_name, source, word) => {
    expectLocated(source.replace(/^\uFEFF/, ''), word);
    expect(located(parse(source), word)).toEqual(located(parse(source.replace(/^\uFEFF/, '')), word));
  });

  test('a join between list item paragraphs maps to the next paragraph', () => {
    const doc = parse(md('- one', '', '  two'));
    const block = doc.blocks[0] as Block;
    expect(block.text).toBe('one\ntwo');
    expect(locateSpan(block, 3, 4)).toMatchObject({ line: 3, column: 3 });
  });
});

describe('line endings', () => {
  const lf = md('---', 'title: Plan', '---', '# 1. Intro', '', 'Some text', 'wrapped here.', '', '- item', '  more', '', '| a | b |', '|---|---|', '| c | d |', '<!-- c -->', '');
  const crlf = lf.replace(/\n/g, '\r\n');

  test('CRLF gives the same document as LF', () => {
    const a = parse(lf);
    const b = parse(crlf);
    expect(b.blocks.some((block) => block.text.includes('\r'))).toBe(false);
    expect(b).toEqual(a);
    expect(b.lineCount).toBe(15);
  });

  test('a BOM is not a column', () => {
    expect(parse(`\uFEFF${lf}`)).toEqual(parse(lf));
  });

  test('line count ignores a final line ending', () => {
    expect([parse('').lineCount, parse('a').lineCount, parse('a\n').lineCount, parse('a\n\nb').lineCount]).toEqual([0, 1, 1, 3]);
  });
});

describe('a large plan', () => {
  test('50,000 words parse', () => {
    const words = ['carers', 'prevention', 'integration', 'outcomes', 'community', 'support', 'services', 'partnership'];
    const parts: string[] = ['---', 'title: Large Plan', '---', ''];
    let count = 0;
    const sentence = (n: number) => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(words[(count + i * 7) % words.length] as string);
      count += n;
      return out.join(' ');
    };
    for (let section = 1; count < 50_000; section++) {
      parts.push(`## ${section}. Section ${section}`, '');
      for (let p = 0; p < 6; p++) parts.push(`${sentence(30)} **${sentence(2)}**`, `${sentence(20)}.`, '');
      parts.push(`- ${sentence(10)}`, `  - ${sentence(8)}`, `1. ${sentence(10)}`, '');
      parts.push('| Measure | Value |', '| --- | --- |', `| ${sentence(4)} | ${sentence(3)} |`, '');
    }
    const source = parts.join('\n');
    const doc = parse(source);
    expect(doc.title).toBe('Large Plan');
    const parsedWords = doc.blocks.reduce((n, b) => n + (b.text.match(/[a-z]+/g)?.length ?? 0), 0);
    expect(parsedWords).toBeGreaterThan(50_000);
    const last = doc.blocks[doc.blocks.length - 1] as Block;
    const word = last.text.split(' ')[0] as string;
    expect(locateSpan(last, 0, word.length)).toMatchObject({ line: last.loc.line, column: last.loc.column + 2 });
  });
});
