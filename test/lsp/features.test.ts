import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, Hover, Range } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../../src/engine/docs-url.js';
import type { Timers } from '../../src/lsp/schedule.js';
import { fixture } from '../support/cli.js';
import { inProcessServer, uriOf, type TestClient } from './support/client.js';

const PLAN = readFileSync(fixture('strategic-plan-gaps.md'), 'utf8');

/** A clock the test moves, so a change is linted exactly when the test says. */
class ManualTimers implements Timers {
  readonly #pending = new Map<number, () => void>();
  #next = 0;

  setTimeout(run: () => void): unknown {
    this.#next += 1;
    this.#pending.set(this.#next, run);
    return this.#next;
  }

  clearTimeout(handle: unknown): void {
    this.#pending.delete(handle as number);
  }

  get waiting(): number {
    return this.#pending.size;
  }

  fire(): void {
    const due = [...this.#pending.values()];
    this.#pending.clear();
    for (const run of due) run();
  }
}

const timers = new ManualTimers();
let client: TestClient;
let folder: string;
const shown: unknown[] = [];
let capabilities: Record<string, unknown>;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'planlint-lspfeat-'));
  client = inProcessServer({ timers });
  client.connection.onRequest('window/showDocument', (params: unknown) => {
    shown.push(params);
    return { success: true };
  });
  // The capabilities VS Code declares for what these features use: showing documents, edits without versions.
  const answer = await client.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: 'plans' }],
    capabilities: {
      window: { showDocument: { support: true } },
      workspace: { workspaceFolders: true, workspaceEdit: { documentChanges: false } },
      textDocument: { publishDiagnostics: { versionSupport: true, dataSupport: true }, codeAction: { isPreferredSupport: true } },
    },
  });
  capabilities = answer.capabilities;
  await client.connection.sendNotification('initialized', {});
});

afterAll(() => client.connection.dispose());

let version = 0;

/** Opens the plan in a file of its own and waits for its findings. */
async function opened(name: string, text = PLAN): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(path.join(folder, name));
  const before = client.published.length;
  version += 1;
  await client.open(uri, text, version);
  return { uri, diagnostics: (await client.diagnosticsFor(uri, before)).diagnostics };
}

/** Lints the change just sent: once the server has put it off for the pause in typing, the pause is over. */
async function lintChange(uri: string): Promise<Diagnostic[]> {
  const before = client.published.length;
  while (timers.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  timers.fire();
  return (await client.diagnosticsFor(uri, before, (params) => params.version === version)).diagnostics;
}

/** Applies an action's edit as the editor does, sends the new text as a change and waits for its lint. */
async function applied(uri: string, text: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const edited = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), action.edit!.changes![uri]!);
  version += 1;
  await client.change(uri, version, [{ text: edited }]);
  return { text: edited, diagnostics: await lintChange(uri) };
}

const actionsFor = (uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]) =>
  client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });

test('the server offers code actions, hover, lenses, symbols and its commands', () => {
  expect(capabilities).toMatchObject({
    codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.planlint'] },
    hoverProvider: true,
    codeLensProvider: { resolveProvider: false },
    documentSymbolProvider: true,
    executeCommandProvider: { commands: expect.arrayContaining(['planlint.showDocumentation', 'planlint.reveal']) },
  });
});

test("a suggestion applied and re-linted: the finding is gone, the others stay", async () => {
  const { uri, diagnostics } = await opened('suggestion.md');
  const wording = diagnostics.find((diagnostic) => diagnostic.code === 'outcome-wording')!;
  const actions = await actionsFor(uri, wording.range, [wording]);
  const fix = actions.find((action) => action.title === 'Replace with the statutory wording of outcome 7')!;
  expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [wording] });
  const after = await applied(uri, PLAN, fix);
  expect(after.diagnostics.some((diagnostic) => diagnostic.code === 'outcome-wording')).toBe(false);
  expect(after.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(diagnostics.filter((d) => d !== wording).map((d) => d.message));
  await client.close(uri);
});

test('disable for this paragraph, applied and re-linted: the finding is gone and nothing else changes', async () => {
  const { uri, diagnostics } = await opened('disable.md');
  const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'outcome-reference')!;
  const actions = await actionsFor(uri, unknown.range, [unknown]);
  const disable = actions.find((action) => action.title === 'Disable outcome-reference for this paragraph')!;
  const after = await applied(uri, PLAN, disable);
  expect(after.text).toContain('<!-- planlint-disable-next-line outcome-reference -->\nThis contributes to National Outcome 4 and to Outcome 10.');
  expect(after.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(diagnostics.filter((d) => d !== unknown).map((d) => d.message));
  await client.close(uri);
});

test('fix all on request; none for text changed since its lint, when the client would not check the version', async () => {
  const { uri } = await opened('fix-all.md');
  const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const [fixAll] = await actionsFor(uri, whole, [], ['source.fixAll']);
  expect(fixAll?.kind).toBe('source.fixAll.planlint');
  version += 1;
  await client.change(uri, version, [{ range: whole, text: '\n' }]);
  expect(await actionsFor(uri, whole, [], ['source.fixAll'])).toEqual([]);
  await lintChange(uri);
  expect((await actionsFor(uri, whole, [], ['source.fixAll'])).map((action) => action.kind)).toEqual(['source.fixAll.planlint']);
  await client.close(uri);
});

test('hover on a finding; the coverage lens and symbol; the documentation and reveal commands', async () => {
  const { uri } = await opened('hover.md');
  const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 48, character: 3 } });
  const value = (hover?.contents as { value: string }).value;
  expect(value).toContain('**Outcome 6 (unpaid carers) is not addressed anywhere**');
  expect(value).toContain('*What would satisfy it:*');
  expect(value).toContain('- s29(2)(b): The strategic plan sets out how its arrangements');
  expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 0 } })).toBeNull();

  const [lens] = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  expect(lens?.command?.title).toBe('Outcomes 7/9 addressed, 5 evidenced · principles 10/13 · judged as: strategic plan (from its front matter)');
  const [symbol] = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  expect(symbol?.name).toBe('Outcomes 7/9 addressed, 5 evidenced · principles 10/13');

  await client.connection.sendRequest('workspace/executeCommand', { command: lens!.command!.command, arguments: lens!.command!.arguments });
  await client.connection.sendRequest('workspace/executeCommand', { command: 'planlint.showDocumentation', arguments: [ruleDocsUrl('outcome-coverage')] });
  expect(shown).toEqual([
    { uri, selection: { start: { line: 5, character: 0 }, end: { line: 5, character: 17 } }, takeFocus: true },
    { uri: ruleDocsUrl('outcome-coverage'), external: true },
  ]);
  await client.close(uri);
});
