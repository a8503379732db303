import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/generate-plan.js';
import { everyRuleOn } from '../bench/config.js';
import { lintText, type LintTextOptions } from '../src/core/lint.js';
import { LintSession } from '../src/core/session.js';
import { Reused } from '../src/document/reuse.js';
import { type KeptParse, parseMarkdown } from '../src/parse/markdown/index.js';
import { fixturePlans } from './support/plans.js';

/**
 * A session re-uses the parse of unchanged parts and the readings of
 * unchanged blocks; whatever it keeps, each lint must be exactly the lint a
 * fresh lintText gives of the same text, every field and every location.
 */
function expectSameAsFresh(session: LintSession, text: string, options: LintTextOptions): void {
  expect(session.lintText(text, options)).toStrictEqual(lintText(text, options));
}

/** Lines of text and the index of the blank line nearest the middle after `from`: a paragraph boundary. */
function blankNearMiddle(lines: readonly string[], from = 0): number {
  const middle = Math.max(from, lines.length >> 1);
  for (let offset = 0; offset < lines.length; offset++) {
    for (const at of [middle + offset, middle - offset]) {
      if (at > from && at < lines.length && lines[at] === '' && lines[at - 1] !== '') return at;
    }
  }
  return lines.length;
}

/** Where the front matter ends (the line after its closing fence), or 0. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.indexOf('---', 1);
  return close === -1 ? 0 : close + 1;
}

const isProse = (line: string) => /^[A-Za-z][^|]*\s\S/.test(line);

type Edit = (text: string) => string;

/** The edits an author makes, each applied to the text the one before left. */
const EDITS: [string, Edit][] = [
  [
    'insert a word mid-paragraph',
    (text) => {
      const lines = text.split('\n');
      const start = frontMatterEnd(lines);
      const fromMiddle = (at: number) => Math.abs(at - lines.length / 2);
      const order = [...lines.keys()].filter((at) => at >= start).sort((a, b) => fromMiddle(a) - fromMiddle(b));
      const at = order.find((index) => isProse(lines[index]!));
      if (at === undefined) return `${text}\nAnother word.\n`;
      const line = lines[at]!;
      const space = line.indexOf(' ', line.length >> 1);
      lines[at] = space === -1 ? `${line} also` : `${line.slice(0, space)} also${line.slice(space)}`;
      return lines.join('\n');
    },
  ],
  [
    'delete a paragraph',
    (text) => {
      const lines = text.split('\n');
      const end = blankNearMiddle(lines, frontMatterEnd(lines));
      let start = end - 1;
      while (start > 0 && lines[start - 1] !== '') start--;
      lines.splice(start, end - start + 1);
      return lines.join('\n');
    },
  ],
  [
    'add a heading',
    (text) => {
      const lines = text.split('\n');
      lines.splice(blankNearMiddle(lines, frontMatterEnd(lines)), 0, '', '## Carers and young carers', '');
      return lines.join('\n');
    },
  ],
  [
    "change the front matter's document type",
    (text) => {
      if (/^documentType: .*$/m.test(text)) {
        return text.replace(/^documentType: .*$/m, (line) => (line.includes('integration-scheme') ? 'documentType: strategic-plan' : 'documentType: integration-scheme'));
      }
      return text.startsWith('---\n') ? text.replace('---\n', '---\ndocumentType: integration-scheme\n') : `---\ndocumentType: integration-scheme\n---\n\n${text}`;
    },
  ],
  [
    'add a planlint-disable comment',
    (text) => {
      const lines = text.split('\n');
      lines.splice(blankNearMiddle(lines, frontMatterEnd(lines)), 0, '', '<!-- planlint-disable outcome-evidence -- figures follow in the annual report -->');
      return lines.join('\n');
    },
  ],
  [
    'join two sections',
    (text) => {
      const lines = text.split('\n');
      const headings = [...lines.keys()].filter((at) => at >= frontMatterEnd(lines) && /^#{1,6} /.test(lines[at]!));
      const at = headings[headings.length >> 1];
      if (at === undefined) return text;
      lines.splice(at, 1);
      return lines.join('\n');
    },
  ],
];

function lintThroughEdits(text: string, options: LintTextOptions): void {
  const session = new LintSession();
  expectSameAsFresh(session, text, options);
  let edited = text;
  for (const [, edit] of EDITS) {
    edited = edit(edited);
    expectSameAsFresh(session, edited, options);
  }
  // Undo: back to the text first linted, whose readings were dropped along the way.
  expectSameAsFresh(session, text, options);
}

describe('a session lints each edit as a fresh lint does', () => {
  test.each(fixturePlans(['.md']))('%s', (file) => {
    lintThroughEdits(readFileSync(file, 'utf8'), { filePath: file });
  });

  test.each([5_000, 10_000])('a generated %i-word plan', (words) => {
    lintThroughEdits(generatePlan(words), { filePath: 'plan.md', config: everyRuleOn() });
  });

  test('each edit changes the text', () => {
    const text = generatePlan(5_000);
    for (const [name, edit] of EDITS) expect(edit(text), name).not.toBe(text);
  });

  test('a plan whose links and footnotes are defined in other sections', () => {
    const section = (n: number) => `## Section ${n}\n\n${'Carers are supported to look after their own health. '.repeat(90)}[see the strategy][s${n}] and a note[^n${n}].\n`;
    const definitions = (n: number) => `[s${n}]: https://example.org/${n}\n\n[^n${n}]: The note of section ${n}.\n`;
    const sections = Array.from({ length: 6 }, (_, n) => section(n));
    const text = `# Plan\n\n${sections.join('\n')}\n## References\n\n${Array.from({ length: 6 }, (_, n) => definitions(n)).join('\n')}`;
    const edits = [
      text,
      // The definitions kept from the last lint resolve the references of a section edited since.
      text.replace('## Section 1', '## Section one'),
      // A definition removed turns its references back into text, in sections the edit did not touch.
      text.replace('[s2]: https://example.org/2\n', ''),
      text.replace('[^n4]: The note of section 4.\n', ''),
      text,
    ];
    const options = { filePath: 'plan.md', config: everyRuleOn() };
    const session = new LintSession();
    // The findings may not show how a link reads, so the parse is compared as well.
    const kept = new Reused<string, KeptParse>();
    for (const edited of edits) {
      expectSameAsFresh(session, edited, options);
      expect(parseMarkdown(edited, 'plan.md', undefined, undefined, kept)).toStrictEqual(parseMarkdown(edited, 'plan.md'));
      kept.sweep();
    }
  });
});

/** A random edit: text inserted, or a run deleted, at a place given as a fraction of the text. */
const randomEdit = fc.oneof(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: fc.constantFrom(' carers', '\n\n## Our localities\n\n', '\n\n', '<!-- planlint-disable -->', '- ', '| a | b |\n|---|---|\n', 'NI-8 ', '[^1]', '\n[^1]: A note.\n', '`', '\n---\n'),
  }),
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 1, max: 400 }) }),
);

function applyEdit(text: string, edit: { at: number; insert: string } | { at: number; remove: number }): string {
  const at = Math.floor(edit.at * text.length);
  return 'insert' in edit ? text.slice(0, at) + edit.insert + text.slice(at) : text.slice(0, at) + text.slice(at + edit.remove);
}

test('random edit sequences give what a fresh lint gives', () => {
  const plans = [readFileSync('fixtures/strategic-plan-complete.md', 'utf8'), readFileSync('fixtures/integration-scheme.md', 'utf8'), generatePlan(3_000)];
  const options = { filePath: 'plan.md', config: everyRuleOn() };
  fc.assert(
    fc.property(fc.constantFrom(...plans), fc.array(randomEdit, { minLength: 1, maxLength: 6 }), (plan, edits) => {
      const session = new LintSession();
      let text = plan;
      expectSameAsFresh(session, text, options);
      for (const edit of edits) {
        text = applyEdit(text, edit);
        expectSameAsFresh(session, text, options);
      }
    }),
    { seed: 20_250_612, numRuns: 15 },
  );
});

test('a session keeps only what its last lint used', () => {
  const kept = new Reused<string, number>();
  kept.get('a', () => 1);
  kept.get('b', () => 2);
  kept.sweep();
  expect(kept.get('a', () => 10)).toBe(1);
  kept.sweep();
  // "b" went unused in the lint before: it was dropped, and is computed again.
  expect(kept.get('b', () => 20)).toBe(20);
  expect(kept.size).toBe(2);
  kept.sweep();
  kept.sweep();
  expect(kept.size).toBe(0);
});
