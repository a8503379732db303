import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/generate-plan.js';
import { everyRuleOn } from '../bench/config.js';
import { LintSession } from '../src/core/session.js';
import { Reused } from '../src/document/reuse.js';
import { type KeptParse, parseMarkdown } from '../src/parse/markdown/index.js';
import { EDITS, expectSameAsFresh, lintThroughEdits } from './support/edits.js';

/*
 * The shipped samples here; every fixture plan, a longer plan and random
 * edit sequences in test/heavy/session-corpus.test.ts.
 */
const SAMPLES = ['fixtures/strategic-plan-complete.md', 'fixtures/strategic-plan-gaps.md', 'fixtures/integration-scheme.md', 'fixtures/plan-review.md'];

describe('a session lints each edit as a fresh lint does', () => {
  test.each(SAMPLES)('%s', (file) => {
    lintThroughEdits(readFileSync(file, 'utf8'), { filePath: file });
  });

  test('a generated 5,000-word plan', () => {
    lintThroughEdits(generatePlan(5_000), { filePath: 'plan.md', config: everyRuleOn() });
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
