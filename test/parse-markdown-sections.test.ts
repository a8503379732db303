import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixturePlans } from './support/plans.js';
import { generatePlan } from '../bench/generate-plan.js';
import type { PlanDocument } from '../src/document/types.js';
import { markdownParser, MarkdownReader, parseMarkdown } from '../src/parse/markdown/index.js';
import { LineIndex } from '../src/parse/markdown/line-index.js';
import { sourceSections } from '../src/parse/markdown/sections.js';

/**
 * The oracle: the whole file in one parse, as planlint read Markdown before
 * it split long files into sections. Sections must give the same document.
 */
function wholeFile(text: string): PlanDocument {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const reader = new MarkdownReader(source, new LineIndex(source));
  reader.readSection({ base: 0, nodes: markdownParser()(source).children });
  return reader.document('plan.md');
}

/** Split at every heading that can be a split, however short the sections. */
const everySection = (text: string) => parseMarkdown(text, 'plan.md', 0);

/** Where the file is split when every heading may be a split: the first line of each section. */
function splitLines(text: string): number[] {
  const lines = new LineIndex(text);
  return [...sourceSections(text, lines, markdownParser(), 0)].map((section) => lines.point(section.base).line);
}

function expectSameAsWholeFile(text: string): PlanDocument {
  const document = everySection(text);
  expect(document).toStrictEqual(wholeFile(text));
  expect(parseMarkdown(text, 'plan.md')).toStrictEqual(document);
  return document;
}

const md = (...lines: string[]) => lines.join('\n');
const texts = (document: PlanDocument) => document.blocks.map((block) => block.text);

describe('every Markdown fixture parses the same section by section as whole', () => {
  const files = fixturePlans(['.md']);
  // Guards against a fixture folder gone missing, which would leave nothing to compare.
  test('the fixtures are there', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  test.each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expectSameAsWholeFile(text);
  });

  test('most fixtures are split, so the comparison is of sections', () => {
    const split = files.filter((file) => splitLines(readFileSync(file, 'utf8')).length > 1);
    expect(split.length).toBeGreaterThan(files.length * 0.8);
  });
});

test('a 50,000-word plan parses the same in sections of the default size as whole', () => {
  const text = generatePlan(50_000);
  const lines = new LineIndex(text);
  const sections = [...sourceSections(text, lines, markdownParser())];
  expect(sections.length).toBeGreaterThan(10);
  expect(parseMarkdown(text, 'plan.md')).toStrictEqual(wholeFile(text));
});

describe('labels defined in another section', () => {
  test('a reference resolves to a definition sections further on, in every form', () => {
    const text = md(
      '# One',
      '',
      'See [the strategy][strategy], [Strategy][] and [strategy] and ![the map][map].',
      '',
      '# Two',
      '',
      'Nothing here.',
      '',
      '# Three',
      '',
      '[strategy]: https://example.org/strategy',
      '[MAP]: map.png',
    );
    expect(splitLines(text)).toEqual([1, 5, 9]);
    const document = expectSameAsWholeFile(text);
    expect(texts(document)).toContain('See the strategy, Strategy and strategy and the map.');
  });

  test('a reference to a label defined nowhere stays as written', () => {
    const text = md('# One', '', 'See [the strategy][nowhere] and [^9].', '', '# Two', '', '[elsewhere]: https://example.org');
    const document = expectSameAsWholeFile(text);
    expect(texts(document)).toContain('See [the strategy][nowhere] and [^9].');
  });

  test('a definition before the reference, and one inside a quote and a list item further on', () => {
    const text = md(
      '# One',
      '',
      '[early]: https://example.org/early',
      '',
      '# Two',
      '',
      'An [early] link, a [quoted] one and a [listed] one.',
      '',
      '# Three',
      '',
      '> [quoted]: https://example.org/quoted',
      '',
      '- [listed]: https://example.org/listed',
    );
    const document = expectSameAsWholeFile(text);
    expect(texts(document)).toContain('An early link, a quoted one and a listed one.');
  });

  test('footnotes referred to in early sections and defined at the end', () => {
    const text = md(
      '# One',
      '',
      'Delayed discharges fell by a third.[^1]',
      '',
      '# Two',
      '',
      '- Carers were asked.[^carers]',
      '',
      '# Notes',
      '',
      '[^1]: Public Health Scotland, 2024.',
      '[^carers]: Survey of unpaid carers',
      '    with a second paragraph.',
    );
    expect(splitLines(text)).toEqual([1, 5, 9]);
    const document = expectSameAsWholeFile(text);
    expect(texts(document)).toEqual(
      expect.arrayContaining(['Delayed discharges fell by a third.', 'Carers were asked.', 'Public Health Scotland, 2024.']),
    );
  });
});

describe('headings that are not split points', () => {
  test.each([
    ['a backtick fence', '```', '```'],
    ['a tilde fence', '~~~', '~~~'],
    ['a longer fence closed by a longer line', '````', '`````'],
    ['a script block', '<script>', '</script>'],
    ['an HTML comment', '<!-- planlint-disable outcome-coverage -- drafting', '-->'],
    ['a pre block', '<pre>', '</pre>'],
  ])('# inside %s', (_name, open, close) => {
    const text = md('# One', '', open, 'first', '', '# inside', '', 'more', close, '', '# Two', '', 'After.');
    const document = expectSameAsWholeFile(text);
    const split = splitLines(text);
    expect(split).not.toContain(6);
    expect(split).toContain(11);
    expect(texts(document)).not.toContain('inside');
  });

  test('an unclosed fence runs to the end of the file', () => {
    const text = md('# One', '', '```', '', '# inside', '', '# still inside');
    expect(splitLines(text)).toEqual([1]);
    expectSameAsWholeFile(text);
  });

  test('a fence inside a list item ends with the item; a fence after it holds the next heading', () => {
    const text = md('# One', '', '- item', '', '  ```', '  code', '', '# Two', '', '```', '', '# inside', '', '```', '', '# Three', '');
    // The cheap guess takes the indented fence for one at the margin, so it misses `# Two`; the parser
    // rejects `# inside`, and nothing is split where a parse of the whole file would not have a heading.
    expect(splitLines(text)).not.toContain(12);
    const document = expectSameAsWholeFile(text);
    expect(document.sections.map((section) => section.title)).toEqual(['', 'One', 'Two', 'Three']);
  });

  test('indented code', () => {
    const text = md('# One', '', '    code', '', '    # inside', '', '# Two', '');
    expect(splitLines(text)).toEqual([1, 7]);
    expectSameAsWholeFile(text);
  });

  test('an HTML block holds a heading with no blank line before it', () => {
    const text = md('# One', '', '<div>', '# inside', '</div>', '', '# Two', '');
    expect(splitLines(text)).toEqual([1, 7]);
    expect(texts(expectSameAsWholeFile(text))).not.toContain('inside');
  });

  test('an HTML block of the kind a blank line ends does not hold the heading after it', () => {
    const text = md('# One', '', '<div>', '<!-- a comment -->', '', '# Two', '', 'Text.');
    expect(splitLines(text)).toEqual([1, 6]);
    expectSameAsWholeFile(text);
  });

  test('front matter with comment lines', () => {
    const text = md('---', 'title: Plan', '', '# a YAML comment', 'documentType: strategic-plan', '---', '', '# One', '', 'Text.');
    expect(splitLines(text)).toEqual([1, 8]);
    const document = expectSameAsWholeFile(text);
    expect(document.frontMatter).toEqual({ title: 'Plan', documentType: 'strategic-plan' });
  });

  test('a first line of dashes with no closing fence is no front matter', () => {
    const text = md('---', '', '# One', '', 'Text.', '', '# Two', '');
    expect(splitLines(text)).toEqual([1, 3, 7]);
    expectSameAsWholeFile(text);
  });
});

describe('the rest of the file as it stood', () => {
  test('setext headings and a heading straight after a paragraph', () => {
    const text = md('Title', '=====', '', 'Intro.', '', 'Part', '----', 'Text.', '# Next', '', 'More text.', '', '# Last', '');
    expectSameAsWholeFile(text);
  });

  test('CRLF and CR line endings', () => {
    const lines = ['# One', '', 'First [ref].', '', '> quoted', '', '# Two', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', '[ref]: x'];
    expectSameAsWholeFile(lines.join('\r\n'));
    expectSameAsWholeFile(lines.join('\r'));
    expect(splitLines(lines.join('\r\n'))).toEqual([1, 7]);
  });

  test('a byte order mark', () => {
    const document = expectSameAsWholeFile(`\uFEFF${md('# One', '', 'Text.', '', '# Two', '', 'More.')}`);
    expect(document.blocks[0]?.loc.column).toBe(1);
  });

  test('no headings, an empty file, and a last heading with no line ending', () => {
    expectSameAsWholeFile(md('Just a paragraph.', '', '- and a list'));
    expectSameAsWholeFile('');
    expectSameAsWholeFile(md('# One', '', 'Text.', '', '# Two'));
  });

  test('lists, tables and directives numbered across sections', () => {
    const text = md(
      '<!-- planlint-disable outcome-coverage -->',
      '',
      '# One',
      '',
      '1. first',
      '2. second',
      '',
      '# Two',
      '',
      '- a <!-- planlint-disable-next-line outcome-evidence -->',
      '- b',
      '',
      '| Outcome | Action |',
      '|---|---|',
      '| 1 | Walk |',
      '',
      '## Two point one',
      '',
      '| x |',
      '|---|',
      '| y |',
    );
    const document = expectSameAsWholeFile(text);
    expect(document.comments.length).toBe(2);
    expect(document.tables.length).toBe(2);
    expect(new Set(document.blocks.map((block) => block.listId).filter((id) => id !== undefined))).toEqual(new Set([0, 1]));
  });
});
