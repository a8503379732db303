import { describe, expect, test } from 'vitest';
import rule from '../../rules/document-structure.js';
import { lintFile, lintText } from '../../src/core/lint.js';
import { runRuleTests } from '../support/rule-tester.js';

const STYLES = 'Word: Heading 1, 2 and 3; Markdown: `#`, `##`, `###`';

runRuleTests(rule, {
  valid: [
    { name: 'Markdown ATX headings', code: '# Glenmuir Strategic Plan\n\n## Carers\n\nWe will open a carers’ hub by March 2026.\n' },
    { name: 'a setext heading is a heading of its own', code: 'Glenmuir Strategic Plan\n=======================\n\nWe will open a carers’ hub by March 2026.\n' },
    {
      name: 'one heading is enough: the author marked the structure, even if little of it',
      code: 'Some text before any heading.\n\n## Carers\n\nWe will open a carers’ hub by March 2026.\n',
    },
  ],
  invalid: [
    {
      name: 'plain paragraphs only: no headings at all, on the first block',
      code: 'Carers can ask for a support plan at any time.\n\nWe will open a carers’ hub by March 2026.\n',
      errors: [
        {
          messageId: 'none',
          line: 1,
          column: 1,
          message: 'The document has no headings, so evidence is looked for only near each passage',
          help: `Give the document headings with heading styles (${STYLES}), so findings point at sections and evidence is judged per section.`,
        },
      ],
    },
    {
      name: 'a first-line title alone gives no sections',
      code: 'Glenmuir Carers Update\n\nCarers can ask for a support plan at any time.\n\nWe will open a carers’ hub by March 2026.\n',
      errors: [{ messageId: 'none', line: 1, column: 1 }],
    },
    {
      name: 'numbered and title-case paragraphs read as headings: counted, the title not among them, reported on the title',
      code: [
        'Glenmuir Strategic Plan 2025–2028',
        '',
        '1 Introduction',
        '',
        'This plan sets out how we will support people at home.',
        '',
        '2 Our priorities',
        '',
        '2.1 Living well at home',
        '',
        'We will extend reablement by March 2027.',
        '',
        'Supporting Unpaid Carers',
        '',
        'We will open a carers’ hub by March 2026.',
        '',
      ].join('\n'),
      errors: [
        {
          messageId: 'inferred',
          line: 1,
          column: 1,
          message: 'The document has no headings; planlint inferred 4 headings from numbered and title-like lines',
          help: `Mark the headings with heading styles (${STYLES}), so findings point at the sections you meant and evidence is judged per section.`,
        },
      ],
    },
    {
      name: 'one inferred heading is one heading',
      code: 'Glenmuir Carers Update\n\nCarers can ask for a support plan at any time.\n\nShort Breaks\n\nBreaks are arranged through the Carers Centre.\n',
      errors: [{ messageId: 'inferred', line: 1, column: 1, message: 'The document has no headings; planlint inferred 1 heading from numbered and title-like lines' }],
    },
    {
      name: 'a title in front matter is not a heading: reported on the first block',
      code: '---\ntitle: Glenmuir Carers Update\n---\n\nCarers can ask for a support plan at any time.\n\nWe will open a carers’ hub by March 2026.\n',
      errors: [{ messageId: 'none', line: 5, column: 1 }],
    },
  ],
});

interface Expected {
  file: string;
  finding?: { line: number; column: number; messageId: 'none' | 'inferred'; message: string };
}

const NONE = 'The document has no headings, so evidence is looked for only near each passage';
const inferred = (count: number) => `The document has no headings; planlint inferred ${count} ${count === 1 ? 'heading' : 'headings'} from numbered and title-like lines`;

/** Each fixture read by hand: whether its source marks headings, and which lines a reader takes for headings below the title. */
const FIXTURES: Expected[] = [
  { file: 'fixtures/document-structure/no-headings.md', finding: { line: 1, column: 1, messageId: 'none', message: NONE } },
  // "1 Introduction", "2 Our priorities", "2.1 …", "2.2 …" and "Keeping People Safe" under a two-line title.
  { file: 'fixtures/document-structure/inferred-headings.md', finding: { line: 1, column: 1, messageId: 'inferred', message: inferred(5) } },
  { file: 'fixtures/document-structure/headings.md' },
  { file: 'fixtures/document-structure/front-matter-title.md', finding: { line: 5, column: 1, messageId: 'none', message: NONE } },
  // Bold, larger Normal paragraphs: "Supporting Unpaid Carers" and "Short Breaks" under the title.
  { file: 'fixtures/document-structure/no-heading-styles.docx', finding: { line: 1, column: 1, messageId: 'inferred', message: inferred(2) } },
  { file: 'fixtures/word-strategic-plan.docx' },
  { file: 'fixtures/strategic-plan-gaps.md' },
  // The real-shapes set: web pages have a title line and no more, PDF extracts numbered sections.
  { file: 'fixtures/corpus/real-shapes/01-web-page-carers.md', finding: { line: 1, column: 1, messageId: 'none', message: NONE } },
  { file: 'fixtures/corpus/real-shapes/02-web-page-about-partnership.md', finding: { line: 1, column: 1, messageId: 'none', message: NONE } },
  { file: 'fixtures/corpus/real-shapes/03-pdf-strategic-plan-extract.md', finding: { line: 1, column: 1, messageId: 'inferred', message: inferred(7) } },
  { file: 'fixtures/corpus/real-shapes/05-board-paper-plan-review.md' },
  { file: 'fixtures/corpus/real-shapes/12-web-page-health-improvement.md', finding: { line: 1, column: 1, messageId: 'none', message: NONE } },
];

describe('document-structure on the fixtures, at its recommended severity', () => {
  test.each(FIXTURES.map((expected) => [expected.file, expected] as const))('%s', async (file, expected) => {
    const result = await lintFile(file);
    const found = result.messages
      .filter((message) => message.ruleId === 'document-structure')
      .map(({ line, column, messageId, message, severity, level }) => ({ line, column, messageId, message, severity, level }));
    expect(found).toEqual(expected.finding ? [{ ...expected.finding, severity: 0, level: 'info' }] : []);
    expect(result.infoCount).toBe(found.length);
  });
});

test('a comment above the first line silences it, as its page says', () => {
  const page = '<!-- planlint-disable-next-line document-structure -- copied from the web page -->\nSupport for unpaid carers\n\nCarers can ask for a plan.\n';
  const result = lintText(page, { filePath: 'page.md' });
  expect(result.messages.filter((message) => message.ruleId === 'document-structure' || message.ruleId === null)).toEqual([]);
  expect(result.suppressedMessages.map((message) => [message.ruleId, message.line])).toEqual([['document-structure', 2]]);
});
