import { describe, expect, test } from 'vitest';
import { lintText } from '../src/core/lint.js';
import { rules } from '../rules/index.js';
import type { RuleSetting } from '../src/engine/types.js';

const on = (severity: 1 | 2 = 2): RuleSetting => ({ severity, options: { within: 'section', minimum: 'commitment' } });
const config = {
  rules: { 'outcome-evidence': on(), 'outcome-reference': on() },
  maxFileSize: Number.POSITIVE_INFINITY,
  configFiles: [],
};

function lint(code: string, reportUnused = false) {
  return lintText(code, { filePath: 'plan.md', rules, config, reportUnusedDisableDirectives: reportUnused });
}

const summary = (messages: { line: number; ruleId: string | null; message: string }[]) =>
  messages.map((message) => `${message.line} ${message.ruleId ?? message.message}`);

describe('inline directives', () => {
  test('disable and enable bound a region, for the named rule only', () => {
    const result = lint(
      [
        '# Plan',
        '',
        '<!-- planlint-disable outcome-reference -- figures from the old framework -->',
        '',
        'See Outcome 10 and Outcome 11.',
        '',
        '<!-- planlint-enable outcome-reference -->',
        '',
        'See Outcome 12.',
        '',
      ].join('\n'),
    );
    expect(summary(result.messages)).toEqual(['9 outcome-reference']);
    expect(summary(result.suppressedMessages)).toEqual(['5 outcome-reference', '5 outcome-reference']);
  });

  test('disable without rule ids silences every rule until enabled', () => {
    const result = lint('# Plan\n\n<!-- planlint-disable -->\n\nWe value unpaid carers. Outcome 10.\n');
    expect(result.messages).toEqual([]);
    expect(summary(result.suppressedMessages)).toEqual(['5 outcome-evidence', '5 outcome-reference']);
  });

  test('a suppressed finding carries the reason its directive gives, empty when it gives none', () => {
    const reasoned = lint('# Plan\n\n<!-- planlint-disable outcome-reference -- figures from the old framework -->\n\nSee Outcome 10.\n');
    expect(reasoned.suppressedMessages.map((message) => message.suppressions)).toEqual([
      [{ kind: 'directive', justification: 'figures from the old framework' }],
    ]);
    const bare = lint('# Plan\n\n<!-- planlint-disable-next-line outcome-reference -->\nSee Outcome 10.\n');
    expect(bare.suppressedMessages.map((message) => message.suppressions)).toEqual([[{ kind: 'directive', justification: '' }]]);
  });

  test('disable-next-line covers the whole next paragraph, however it wraps', () => {
    const result = lint(
      '# Plan\n\n<!-- planlint-disable-next-line outcome-reference -->\nA long paragraph that wraps\nonto Outcome 10 on its second line.\n\nAnd Outcome 11 here.\n',
    );
    expect(summary(result.messages)).toEqual(['7 outcome-reference']);
  });

  test('an unknown rule id in a directive is reported where the directive stands', () => {
    const result = lint('# Plan\n\n<!-- planlint-disable outcome-evidnce -->\n\nText.\n');
    expect(result.messages).toMatchObject([
      { ruleId: null, severity: 2, line: 3, column: 1, message: 'Unknown rule "outcome-evidnce" in planlint-disable directive' },
    ]);
  });

  test('an unused directive is reported only when asked', () => {
    const code = '# Plan\n\n<!-- planlint-disable-next-line outcome-reference -->\nNothing wrong here.\n';
    expect(lint(code).messages).toEqual([]);
    expect(lint(code, true).messages).toMatchObject([
      {
        ruleId: null,
        line: 3,
        message: 'Unused planlint-disable-next-line directive (no problems were reported from "outcome-reference")',
      },
    ]);
  });

  test('ordinary HTML comments are not directives', () => {
    const result = lint('# Plan\n\n<!-- reviewed by the SPG, March -->\n\nOutcome 10.\n');
    expect(summary(result.messages)).toEqual(['5 outcome-reference']);
  });

  describe('a directive directly under a heading covers the findings reported on the heading', () => {
    const section = (comment: string, between = '') =>
      lint(['# Plan', '', '## Outcome 6: Unpaid carers', comment, between, 'We value unpaid carers and their work.', ''].join('\n'));

    test('the finding sits on the heading that names the outcome', () => {
      expect(summary(section('').messages)).toEqual(['3 outcome-evidence']);
    });

    test.each(['<!-- planlint-disable outcome-evidence -->', '<!-- planlint-disable-next-line outcome-evidence -->'])('%s', (comment) => {
      const result = section(comment);
      expect(result.messages).toEqual([]);
      expect(summary(result.suppressedMessages)).toEqual(['3 outcome-evidence']);
    });

    test('not when text stands between the heading and the comment', () => {
      const result = section('\nIntroduction.\n', '<!-- planlint-disable outcome-evidence -->\n');
      expect(summary(result.messages)).toEqual(['3 outcome-evidence']);
    });
  });
});
