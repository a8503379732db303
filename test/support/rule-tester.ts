import { describe, expect, test } from 'vitest';
import { markdownToDocx } from '../../scripts/markdown-to-docx.js';
import { lintBuffer, lintText } from '../../src/core/lint.js';
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
  /** The remedy filled from the rule's `help`; checked exactly when given. */
  help?: string;
  suggestions?: { messageId: string; text: string; line: number; column: number }[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

/**
 * ESLint's RuleTester for plans: each case lints a document with only the
 * rule under test turned on. An invalid case must state every finding's
 * message id, line and column, so a test cannot pass on a vague "some error".
 * Each case is also compiled to Word and must be judged alike.
 */
export function runRuleTests(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const optionsFor = (item: ValidCase, filePath: string) => {
    const setting: RuleSetting = { severity: 2, options: { ...rule.meta.defaultOptions, ...item.options } };
    return {
      filePath,
      rules: [rule],
      config: { rules: { [rule.meta.id]: setting }, maxFileSize: Number.POSITIVE_INFINITY, configFiles: [] },
      ...(item.documentType ? { documentType: item.documentType } : {}),
    };
  };
  const lint = (item: ValidCase): LintMessage[] => lintText(item.code, optionsFor(item, 'plan.md')).messages;

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
    // The same cases written in Word: the same findings, by message; only the places differ.
    describe('as Word documents', () => {
      const lintTwin = async (item: ValidCase) =>
        (await lintBuffer(await markdownToDocx(item.code), optionsFor(item, 'plan.docx'))).messages.map((message) => message.message);
      for (const [index, item] of cases.valid.entries()) {
        test(item.name ?? `valid #${index + 1}`, async () => {
          expect(await lintTwin(item)).toEqual([]);
        });
      }
      for (const [index, item] of cases.invalid.entries()) {
        test(item.name ?? `invalid #${index + 1}`, async () => {
          expect(await lintTwin(item)).toEqual(lint(item).map((message) => message.message));
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
  if (expected.help !== undefined) expect(actual.help).toBe(expected.help);
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
