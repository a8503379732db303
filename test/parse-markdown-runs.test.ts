import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixturePlans } from './support/plans.js';
import type { PlanDocument } from '../src/document/types.js';
import { markdownParser, MarkdownReader, parseMarkdown } from '../src/parse/markdown/index.js';
import { LineIndex } from '../src/parse/markdown/line-index.js';
import { LONGEST_RUN, MINIMUM_SECTION, sourceSections } from '../src/parse/markdown/sections.js';

/** The oracle: the whole file in one parse. A run cut into pieces must give the same document. */
function wholeFile(text: string): PlanDocument {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const reader = new MarkdownReader(source, new LineIndex(source));
  reader.readSection({ base: 0, nodes: markdownParser()(source).children });
  return reader.document('plan.md');
}

/** Cut wherever a cut can be made: at every heading, top-level block and top-level list item. */
const everyPiece = (text: string) => parseMarkdown(text, 'plan.md', 0, 0);

/** The first line of each part the file is read in, cutting wherever a cut can be made. */
function pieceLines(text: string, longest = 0): number[] {
  const lines = new LineIndex(text);
  return [...sourceSections(text, lines, markdownParser(), 0, longest)].map((section) => lines.point(section.base).line);
}

function expectSameAsWholeFile(text: string): PlanDocument {
  const document = everyPiece(text);
  expect(document).toStrictEqual(wholeFile(text));
  return document;
}

const md = (...lines: string[]) => lines.join('\n');
const items = (document: PlanDocument) =>
  document.blocks.filter((block) => block.kind === 'list-item').map(({ text, listId, listIndex, ordinal }) => ({ text, listId, listIndex, ordinal }));

describe('every Markdown fixture parses the same cut at every block and list item as whole', () => {
  const files = fixturePlans(['.md']);

  test.each(files)('%s', (file) => {
    expectSameAsWholeFile(readFileSync(file, 'utf8'));
  });

  // Guards against a fixture folder gone missing, which would leave nothing to compare.
  test('the fixtures are there', () => {
    expect(files.length).toBeGreaterThan(80);
  });
});

describe('a list cut between its items is one list', () => {
  test('bullets: one list id, items numbered on', () => {
    const text = md('Help you can get:', '', '- advice', '- a carer assessment', '- short breaks', '', 'After the list.');
    expect(pieceLines(text)).toEqual([1, 3, 4, 5, 7]);
    const document = expectSameAsWholeFile(text);
    expect(items(document)).toEqual([
      { text: 'advice', listId: 0, listIndex: 1, ordinal: undefined },
      { text: 'a carer assessment', listId: 0, listIndex: 2, ordinal: undefined },
      { text: 'short breaks', listId: 0, listIndex: 3, ordinal: undefined },
    ]);
  });

  test('an ordered list numbered from its first item, whatever the later items say', () => {
    const text = md('3. third', '1. fourth', '1. fifth');
    expect(pieceLines(text)).toEqual([1, 2, 3]);
    const document = expectSameAsWholeFile(text);
    expect(items(document).map((item) => [item.listIndex, item.ordinal])).toEqual([
      [1, 3],
      [2, 4],
      [3, 5],
    ]);
  });

  test('nested lists, loose items with paragraphs and code keep their ids in document order', () => {
    const text = md(
      '- one',
      '  - one a',
      '  - one b',
      '',
      '  more about one',
      '',
      '- two',
      '',
      '      code in two',
      '',
      '- three',
      '  1. three a',
      '- four',
    );
    const document = expectSameAsWholeFile(text);
    expect(pieceLines(text)).toEqual([1, 7, 11, 13]);
    expect(items(document).map((item) => [item.text, item.listId])).toEqual([
      ['one\nmore about one', 0],
      ['one a', 1],
      ['one b', 1],
      ['two', 0],
      ['three', 0],
      ['three a', 2],
      ['four', 0],
    ]);
  });

  test('a change of bullet starts another list, cut or not', () => {
    const text = md('- a', '- b', '* c', '* d', '1. e', '2) f');
    const document = expectSameAsWholeFile(text);
    expect(items(document).map((item) => item.listId)).toEqual([0, 0, 1, 1, 2, 3]);
  });

  test('a paragraph leading into a list and the list after a cut stay together', () => {
    const text = md('We heard from:', '- carers', '- staff', '', 'Then:', '', '- more');
    const document = expectSameAsWholeFile(text);
    expect(document.blocks.map((block) => [block.kind, block.listId])).toEqual([
      ['paragraph', undefined],
      ['list-item', 0],
      ['list-item', 0],
      ['paragraph', undefined],
      ['list-item', 1],
    ]);
  });
});

describe('lines that are not cut', () => {
  test('a line of three dashes, which would open front matter at the start of a part', () => {
    const text = md('Intro.', '', '---', '', 'title: not front matter', '', '---', '', 'End.');
    expect(pieceLines(text)).not.toContain(3);
    expect(pieceLines(text)).not.toContain(7);
    expect(expectSameAsWholeFile(text).blocks.map((block) => block.text)).toEqual(['Intro.', 'title: not front matter', 'End.']);
  });

  test.each([
    ['a fence', md('```', '', '- not an item', '', 'not a paragraph', '```', '', 'After.')],
    ['an HTML comment', md('<!--', '', '- not an item', '', 'not a paragraph', '-->', '', 'After.')],
    ['a list in a block quote', md('> quoted', '> - an item', '> - another', '', 'After.')],
    ['a lazy line and a setext heading', md('- item', 'lazy', '', 'Title', '=====', '', '| a | b |', '|---|---|', '| 1 | 2 |')],
  ])('%s', (_name, text) => {
    expectSameAsWholeFile(text);
  });
});

describe('a long run without headings', () => {
  test('is cut into pieces past the longest run, and reads as one list', () => {
    // Items of 32 characters: a list past the longest run, small enough to parse whole for comparison.
    const count = Math.ceil((1.5 * LONGEST_RUN) / 32);
    const text = Array.from({ length: count }, (_, index) => `- a carer support item ${String(index).padStart(6, '0')}\n`).join('');
    const lines = new LineIndex(text);
    const sections = [...sourceSections(text, lines, markdownParser())];
    expect(sections.length).toBeGreaterThan(LONGEST_RUN / MINIMUM_SECTION);
    expect(sections.slice(1).every((section) => section.continuesList)).toBe(true);
    const document = parseMarkdown(text, 'plan.md');
    expect(document).toStrictEqual(wholeFile(text));
    expect(new Set(document.blocks.map((block) => block.listId))).toEqual(new Set([0]));
    expect(document.blocks.at(-1)?.listIndex).toBe(count);
  });

  test('shorter than the longest run, is parsed whole', () => {
    const item = '- an item of some sixty-four characters, as a plan might have it\n';
    const text = item.repeat(Math.floor(LONGEST_RUN / item.length));
    expect(pieceLines(text, LONGEST_RUN)).toEqual([1]);
    expect(pieceLines(`${text}${item}`, LONGEST_RUN).length).toBeGreaterThan(1);
  });

});
