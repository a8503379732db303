import { describe, expect, test } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import type { DocumentType } from '../../src/document/types.js';
import type { LintMessage } from '../../src/engine/results.js';
import type { Rule, RuleSetting } from '../../src/engine/types.js';

export interface ValidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
  documentType?: DocumentType;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The whole rendered message; checked exactly when given. */
  message?: string;
  suggestions?: { messageId: string; text: string; line: number; column: number }[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

/**
 * ESLint's RuleTester for plans: each case lints a document with only the
 * rule under test turned on. An invalid case must state every finding's
 * message id, line and column, so a test cannot pass on a vague "some error".
 */
export function runRuleTests(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const lint = (item: ValidCase): LintMessage[] => {
    const setting: RuleSetting = { severity: 2, options: { ...rule.meta.defaultOptions, ...item.options } };
    const result = lintText(item.code, {
      filePath: 'plan.md',
      rules: [rule],
      config: { rules: { [rule.meta.id]: setting }, maxFileSize: Number.POSITIVE_INFINITY, configFiles: [] },
      ...(item.documentType ? { documentType: item.documentType } : {}),
    });
    return result.messages;
  };

  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const [index, item] of cases.valid.entries()) {
        test(item.name ?? `valid #${index + 1}`, () => {
          expect(lint(item).map(summary)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const [index, item] of cases.invalid.entries()) {
        test(item.name ?? `invalid #${index + 1}`, () => {
          if (item.errors.length === 0) throw new Error('an invalid case must list its errors');
          const messages = lint(item);
          expect(messages.map(summary)).toEqual(item.errors.map((error) => `${error.line}:${error.column} ${error.messageId}`));
          item.errors.forEach((error, at) => checkError(messages[at]!, error));
        });
      }
    });
  });
}

function summary(message: LintMessage): string {
  return `${message.line}:${message.column} ${message.messageId ?? message.message}`;
}

function checkError(actual: LintMessage, expected: ExpectedError): void {
  if (expected.message !== undefined) expect(actual.message).toBe(expected.message);
  if (expected.endLine !== undefined) expect(actual.endLine).toBe(expected.endLine);
  if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
  if (expected.suggestions) {
    expect(
      (actual.suggestions ?? []).map((suggestion) => ({
        messageId: suggestion.messageId,
        text: suggestion.fix.text,
        line: suggestion.fix.loc.line,
        column: suggestion.fix.loc.column,
      })),
    ).toEqual(expected.suggestions);
  }
}
