import { expect } from 'vitest';
import { lintText, type LintTextOptions } from '../../src/core/lint.js';
import { LintSession } from '../../src/core/session.js';

/**
 * A session re-uses the parse of unchanged parts and the readings of
 * unchanged blocks; whatever it keeps, each lint must be exactly the lint a
 * fresh lintText gives of the same text, every field and every location.
 */
export function expectSameAsFresh(session: LintSession, text: string, options: LintTextOptions): void {
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

export type Edit = (text: string) => string;

/** The edits an author makes, each applied to the text the one before left. */
export const EDITS: [string, Edit][] = [
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

export function lintThroughEdits(text: string, options: LintTextOptions): void {
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
