import { describe, expect, test } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { headingLine, isFurniture } from '../src/parse/inferred-headings.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';

const outline = (markdown: string) =>
  parseMarkdown(markdown, 'page.md')
    .sections.slice(1)
    .map((section) => `${'  '.repeat(section.depth - 1)}${section.heading}`);

describe('headings a reader sees in text without any', () => {
  test.each(['2.1 Our priorities', '1. PURPOSE', '3 Supporting unpaid carers', 'Supporting Unpaid Carers', 'WHAT YOU TOLD US'])('%s is a heading', (line) => {
    expect(headingLine(line)).toBeDefined();
  });

  test.each([
    'Help you can get from the Drumvaig Carers Centre:',
    'We will open two hubs.',
    'Home > Adult social care > Carers',
    'Related pages',
    '12 people came to the event',
    '1 April 2025',
    'Altnacreich IJB Strategic Plan 2025–2028                 Page 3 of 42',
  ])('%s is not', (line) => {
    expect(headingLine(line)).toBeUndefined();
  });

  test.each(['Annual Performance Report 2024/25                     3', 'Page 4 of 36', '1 Introduction ................ 3', 'Contents'])('%s is page furniture', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  test('a first-line title, numbered lines nesting by their numbers, and no furniture', () => {
    const text = [
      'Altnacreich Integration Joint Board',
      'Strategic Plan 2025–2028',
      '',
      'Altnacreich IJB Strategic Plan 2025–2028            Page 2 of 42',
      '',
      '1 Introduction',
      'This plan replaces the plan for 2022–2025.',
      '',
      '3 Our priorities',
      '3.1 Living well at home',
      'Most people want to live at home for as long as they can.',
      '',
    ].join('\n');
    expect(outline(text)).toEqual(['Altnacreich Integration Joint Board', '  1 Introduction', '  3 Our priorities', '    3.1 Living well at home']);
    const document = parseMarkdown(text, 'plan.md');
    expect(document.title).toBe('Altnacreich Integration Joint Board');
    expect(document.blocks.some((block) => block.text.includes('Page 2 of 42'))).toBe(false);
    const paragraph = document.blocks.find((block) => block.text.startsWith('Most people'))!;
    expect(paragraph.loc).toMatchObject({ line: 11, column: 1, sectionPath: ['Altnacreich Integration Joint Board', 'Our priorities', 'Living well at home'] });
  });

  test('a file with headings of its own is not re-structured', () => {
    expect(outline('# Plan\n\n2.1 Our priorities\nWe will act.\n\nSupporting Unpaid Carers\nWe will help.\n')).toEqual(['Plan']);
  });
});

describe('evidence in text without structure', () => {
  const status = (markdown: string, id: number) => analyse(parseMarkdown(markdown, 'page.md')).outcomes.find((item) => item.id === id)!.status;

  const PAGE = [
    'Our Strategic Plan',
    '',
    'Supporting unpaid carers. Carers are central to care in Inverculloch, and we value what unpaid carers do.',
    '',
    'Living well at home. We will open a reablement service for people leaving hospital by March 2026.',
    '',
  ].join('\n');

  test('a paragraph is not backed by a date in the paragraph beside it', () => {
    expect(status(PAGE, 6)).toBe('mentioned');
  });

  test('a paragraph is backed by evidence of its own', () => {
    expect(status(PAGE, 2)).toBe('evidenced');
  });

  test('a list is backed by the paragraph that introduces it, and the reverse', () => {
    const page = ['Our Strategic Plan', '', 'We will support unpaid carers by March 2026 through:', '', '- short breaks', '- a carers centre', ''].join('\n');
    expect(status(page, 6)).toBe('evidenced');
  });

  test('a table row is backed by the rows either side, and not by rows further away', () => {
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const table = [
      'Our Strategic Plan',
      '',
      row(['Priority', 'Note']),
      row(['---', '---']),
      row(['Short breaks for unpaid carers', 'Lead: Carers Centre']),
      row(['Help for carers', 'Ongoing']),
      row(['A', 'B']),
      row(['C', 'D']),
      row(['Staff wellbeing and workforce development', 'Ongoing']),
      '',
    ].join('\n');
    expect(status(table, 6)).toBe('evidenced');
    expect(status(table, 8)).toBe('mentioned');
  });
});
