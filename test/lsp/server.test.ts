import { mkdtempSync, readFileSync } from 'node:fs';
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
import { inProcessServer, uriOf, type Diagnostic, type TestClient } from './support/client.js';

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
/** Settings by document name; every other document gets a debounce only. */
const settings: Record<string, Record<string, unknown>> = {};
const settingsFor = (scopeUri: string | undefined) => settings[path.basename(scopeUri ?? '')] ?? { debounce: 300 };

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'planlint-lsp-'));
  client = inProcessServer({ rules: [...builtInRules, throwing], timers }, { settings: settingsFor });
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
  const start = (diagnostic: Diagnostic) => diagnostic.range.start;
  expect(diagnostics.map((diagnostic) => [diagnostic.code, start(diagnostic).line + 1, start(diagnostic).character + 1, diagnostic.message])).toEqual(
    expected.map((message) => [message.ruleId, message.line, message.column, message.message]),
  );
  // Where the concept is addressed, or a duty's other findings: places in the same document.
  expect(diagnostics.map((diagnostic) => diagnostic.relatedInformation ?? [])).toEqual(
    expected.map((message) =>
      (message.related ?? []).map((related) => ({
        location: {
          uri,
          range: {
            start: { line: related.line - 1, character: related.column - 1 },
            end: { line: related.endLine - 1, character: related.endColumn - 1 },
          },
        },
        message: related.message,
      })),
    ),
  );
  expect(diagnostics.filter((diagnostic) => diagnostic.relatedInformation).length).toBeGreaterThan(0);
  // What a quick fix needs: the statutory wording for outcome-wording comes with the diagnostic.
  const wording = expected.findIndex((message) => message.suggestions?.length);
  const { help, suggestions } = expected[wording]!;
  expect(diagnostics[wording]!.data).toEqual({ ruleId: 'outcome-wording', help, suggestions });
  const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
  expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(expected.map((message) => severities[message.level]));
  await client.close(uri);
});

test('a burst of changes is linted once, after the pause, for the newest version', async () => {
  const uri = uriOf(path.join(folder, 'burst.md'));
  await client.open(uri, PLAN, 1);
  await client.diagnosticsFor(uri);
  const before = client.published.length;
  const scheduled = timers.scheduled;
  const lines = PLAN.split('\n');
  for (let version = 2; version <= 6; version += 1) {
    // Each edit removes one more line of the section on unpaid carers' neighbours: a different text each time.
    await client.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, text: lines.slice(0, 60 - version).join('\n') }]);
  }
  await client.until(() => (timers.scheduled - scheduled === 5 ? true : undefined), 'five debounced changes');
  expect(timers.pending.size).toBe(1);
  expect(client.published.length).toBe(before);
  timers.fire();
  const { version, diagnostics } = await client.diagnosticsFor(uri, before);
  expect(version).toBe(6);
  const expected = lintText(lines.slice(0, 54).join('\n'), { cwd: folder, filePath: path.join(folder, 'burst.md') }).messages;
  expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(expected.map((message) => message.message));
  expect(client.published.slice(before).filter((params) => params.uri === uri)).toHaveLength(1);
  await client.close(uri);
});

test('a lint started for a version that has since changed is dropped, not published', async () => {
  const uri = uriOf(path.join(folder, 'stale.md'));
  let release!: () => void;
  // The lint of version 1 waits on the client's settings; version 2 arrives meanwhile.
  client.configurationGate = new Promise((resolve) => (release = resolve));
  const before = client.published.length;
  await client.open(uri, PLAN, 1);
  await client.change(uri, 2, [{ text: `${PLAN}\nOutcome 6 is addressed here.\n` }]);
  release();
  client.configurationGate = undefined;
  await client.until(() => (timers.pending.size > 0 ? true : undefined), 'the change to be scheduled');
  timers.fire();
  const published = await client.diagnosticsFor(uri, before);
  expect(published.version).toBe(2);
  expect(client.published.slice(before).filter((params) => params.uri === uri).map((params) => params.version)).toEqual([2]);
  await client.close(uri);
});

test('closing a document clears its diagnostics', async () => {
  const uri = uriOf(path.join(folder, 'close.md'));
  await client.open(uri, PLAN, 1);
  await client.diagnosticsFor(uri);
  const before = client.published.length;
  await client.close(uri);
  expect(await client.diagnosticsFor(uri, before)).toEqual({ uri, diagnostics: [] });
});

test('a rule that throws gives one diagnostic at the top and a logged error, and the server lints on', async () => {
  const uri = uriOf(path.join(folder, 'boom.md'));
  const before = client.published.length;
  const logs = client.logs.length;
  await client.open(uri, `${PLAN}\nBOOM\n`, 1);
  const { diagnostics } = await client.diagnosticsFor(uri, before);
  expect(diagnostics).toEqual([
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'planlint',
      message: expect.stringMatching(/^internal error while linting .*boom\.md \(in rule throws-on-boom\): the rule broke — please report this$/),
    },
  ]);
  await client.until(() => client.logs.slice(logs).find((log) => log.includes('Error: the rule broke')), 'the stack in the log');
  expect(client.statuses.some((status) => status.state === 'error' && status.uri === uri)).toBe(true);
  const after = client.published.length;
  await client.save(uri);
  await client.change(uri, 2, [{ text: PLAN }]);
  await client.until(() => (timers.pending.size > 0 ? true : undefined), 'the change to be scheduled');
  timers.fire();
  const fixed = await client.diagnosticsFor(uri, after, (params) => params.version === 2);
  expect(fixed.diagnostics.map((diagnostic) => diagnostic.code)).toContain('outcome-coverage');
  await client.close(uri);
});

test('an untitled document is linted with the recommended settings', async () => {
  const uri = 'untitled:Untitled-1';
  const before = client.published.length;
  await client.open(uri, PLAN, 1);
  const { diagnostics } = await client.diagnosticsFor(uri, before);
  expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(lintText(PLAN, { cwd: folder, filePath: path.join(folder, 'x.md') }).messages.map((message) => message.ruleId));
  await client.close(uri);
});

test('a file that is not Markdown is left alone', async () => {
  const uri = uriOf(path.join(folder, 'notes.txt'));
  const before = client.published.length;
  await client.open(uri, PLAN, 1, 'plaintext');
  const other = uriOf(path.join(folder, 'after.md'));
  await client.open(other, PLAN, 1);
  await client.diagnosticsFor(other, before);
  expect(client.published.slice(before).filter((params) => params.uri === uri)).toEqual([]);
  await client.close(uri);
  await client.close(other);
});

test('run onSave lints on open and save, not as the author types', async () => {
  const uri = uriOf(path.join(folder, 'on-save.md'));
  settings['on-save.md'] = { run: 'onSave' };
  const before = client.published.length;
  await client.open(uri, PLAN, 1);
  await client.diagnosticsFor(uri, before);
  const scheduled = timers.scheduled;
  await client.change(uri, 2, [{ text: `${PLAN}\nMore text.\n` }]);
  await client.save(uri);
  const saved = await client.diagnosticsFor(uri, before, (params) => params.version === 2);
  expect(saved.diagnostics.length).toBeGreaterThan(0);
  expect(timers.scheduled).toBe(scheduled);
  expect(client.published.slice(before).filter((params) => params.uri === uri).map((params) => params.version)).toEqual([1, 2]);
  await client.close(uri);
});

test('enable false publishes nothing but an empty set, and a settings change turns it back on', async () => {
  const uri = uriOf(path.join(folder, 'off.md'));
  settings['off.md'] = { enable: false };
  const before = client.published.length;
  await client.open(uri, PLAN, 1);
  expect(await client.diagnosticsFor(uri, before)).toEqual({ uri, diagnostics: [] });
  settings['off.md'] = { enable: true };
  const after = client.published.length;
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const { version, diagnostics } = await client.diagnosticsFor(uri, after);
  expect(version).toBe(1);
  expect(diagnostics.length).toBeGreaterThan(0);
  await client.close(uri);
});
