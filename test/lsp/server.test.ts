import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { rules as builtInRules } from '../../rules/index.js';
import { lintText } from '../../src/core/lint.js';
import { ruleDocsUrl } from '../../src/engine/docs-url.js';
import type { Rule } from '../../src/engine/types.js';
import type { Timers } from '../../src/lsp/schedule.js';
import { fixture } from '../support/cli.js';
import { inProcessServer, uriOf, type TestClient } from './support/client.js';

const PLAN = readFileSync(fixture('strategic-plan-gaps.md'), 'utf8');

/** A clock the test moves: the debounce's timers wait until the test fires them. */
class ManualTimers implements Timers {
  readonly pending = new Map<number, () => void>();
  scheduled = 0;
  #next = 0;

  setTimeout(run: () => void): unknown {
    this.scheduled += 1;
    this.#next += 1;
    this.pending.set(this.#next, run);
    return this.#next;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  fire(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const run of due) run();
  }
}

/** Throws on a plan that says BOOM: planlint's own fault, inside a rule. */
const throwing: Rule = {
  meta: {
    id: 'throws-on-boom',
    type: 'problem',
    docs: { description: 'throws', url: 'https://example.org/throws-on-boom' },
    severity: 'error',
    messages: { boom: 'never reported' },
  },
  create: (context) => ({
    end() {
      if (context.document.blocks.some((block) => block.text.includes('BOOM'))) throw new Error('the rule broke');
    },
  }),
};

let folder: string;
let client: TestClient;
const timers = new ManualTimers();
const settings: Record<string, unknown> = { debounce: 300 };

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'planlint-lsp-'));
  client = inProcessServer({ rules: [...builtInRules, throwing], timers }, { settings: () => settings });
  await client.initialize([folder]);
});

afterAll(() => {
  client.connection.dispose();
});

test('an opened plan gets its findings at once, each with source, rule, docs link, severity and the version', async () => {
  const uri = uriOf(path.join(folder, 'open.md'));
  const before = client.published.length;
  await client.open(uri, PLAN, 7);
  const { version, diagnostics } = await client.diagnosticsFor(uri, before);
  expect(version).toBe(7);
  const missing = diagnostics.find((diagnostic) => diagnostic.message === 'Outcome 6 (unpaid carers) is not addressed anywhere');
  expect(missing).toMatchObject({
    source: 'planlint',
    code: 'outcome-coverage',
    codeDescription: { href: ruleDocsUrl('outcome-coverage') },
    range: { start: { line: 48, character: 0 } },
    data: { ruleId: 'outcome-coverage' },
  });
  // Exactly what the command line finds, in the same order, with LSP's 0-based places.
  const expected = lintText(PLAN, { cwd: folder, filePath: path.join(folder, 'open.md') }).messages;
  expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1, diagnostic.range.start.character + 1, diagnostic.message])).toEqual(
    expected.map((message) => [message.ruleId, message.line, message.column, message.message]),
  );
  const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
  expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(expected.map((message) => severities[message.level]));
  await client.close(uri);
});
