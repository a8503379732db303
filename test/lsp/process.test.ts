import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver/node';
import { lintFile } from '../../src/core/lint.js';
import { fixture } from '../support/cli.js';
import { SERVER_BIN, spawnServer, uriOf, type SpawnedServer } from './support/client.js';

/*
 * The built server in its own process, as an editor runs it: config files
 * and Word plans change on disk, outside any buffer, and the client's
 * watcher tells the server. One server for the whole file.
 */

const PLAN = readFileSync(fixture('strategic-plan-gaps.md'), 'utf8');

let workspace: string;
let other: string;
let server: SpawnedServer;
const settings: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'planlint-lsp-ws-'));
  other = mkdtempSync(path.join(tmpdir(), 'planlint-lsp-other-'));
  server = spawnServer([SERVER_BIN, '--stdio'], {
    watchFiles: true,
    // Settings per workspace folder: the second folder names a config file of its own.
    settings: (scopeUri) => settings[Object.keys(settings).find((folder) => scopeUri?.startsWith(uriOf(folder))) ?? ''] ?? {},
  });
  settings[other] = { configFile: 'configs/strict.json' };
  await server.client.initialize([workspace, other]);
});

afterAll(async () => {
  await server.client.shutdown();
  expect(await server.exited).toBe(0);
  expect(server.framing.violations).toEqual([]);
});

const codesWith = (diagnostics: { code?: string | number; severity?: number }[], code: string) =>
  diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.severity);

test('the server watches config files and Word files through the client', async () => {
  const { client } = server;
  const registration = await client.until(() => client.registrations.find((item) => item.method === 'workspace/didChangeWatchedFiles'));
  const globs = (registration.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((watcher) => watcher.globPattern);
  expect(globs).toEqual(['**/planlint.config.json', '**/.planlintrc.json', '**/package.json', '**/.planlintignore', '**/*.docx']);
});

test('a changed config re-lints the open plans under the new settings, read afresh each time', async () => {
  const { client } = server;
  const uri = uriOf(path.join(workspace, 'plan.md'));
  await client.open(uri, PLAN);
  const first = await client.diagnosticsFor(uri);
  expect(codesWith(first.diagnostics, 'outcome-coverage').length).toBeGreaterThan(0);
  expect(codesWith(first.diagnostics, 'outcome-coverage').every((severity) => severity !== DiagnosticSeverity.Information)).toBe(true);

  const config = path.join(workspace, 'planlint.config.json');
  const changed = async (rules: Record<string, unknown> | string, type: FileChangeType) => {
    writeFileSync(config, typeof rules === 'string' ? rules : JSON.stringify({ rules }));
    const before = client.published.length;
    await client.filesChanged([{ uri: uriOf(config), type }]);
    return (await client.diagnosticsFor(uri, before)).diagnostics;
  };
  const asInfo = await changed({ 'outcome-coverage': 'info' }, FileChangeType.Created);
  expect(codesWith(asInfo, 'outcome-coverage')).toEqual(codesWith(first.diagnostics, 'outcome-coverage').map(() => DiagnosticSeverity.Information));
  // The same file again: the config layer's cache must not keep the first reading.
  const off = await changed({ 'outcome-coverage': 'off' }, FileChangeType.Changed);
  expect(codesWith(off, 'outcome-coverage')).toEqual([]);
  expect(off.length).toBeGreaterThan(0);

  // A broken config: one diagnostic naming the file and the problem, and the status says so.
  const broken = await changed({ 'no-such-rule': 'error' }, FileChangeType.Changed);
  expect(broken).toEqual([
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: 'planlint',
      message: 'planlint.config.json: rules.no-such-rule is not a known rule',
    },
  ]);
  expect(client.statuses.filter((status) => status.state === 'error').at(-1)).toEqual({
    state: 'error',
    message: 'planlint.config.json: rules.no-such-rule is not a known rule',
    uri,
  });
  const unparsable = await changed('{ "rules": ', FileChangeType.Changed);
  expect(unparsable).toHaveLength(1);
  expect(unparsable[0]!.message).toMatch(/^planlint\.config\.json: /);

  rmSync(config);
  const before = client.published.length;
  await client.filesChanged([{ uri: uriOf(config), type: FileChangeType.Deleted }]);
  expect((await client.diagnosticsFor(uri, before)).diagnostics).toEqual(first.diagnostics);
  await client.until(() => (client.statuses.at(-1)?.state === 'ok' ? true : undefined), 'the status to be ok again');
  expect(client.statuses.at(-1)?.uri).toBe(uri);
  await client.close(uri);
});

test('each workspace folder has its own config: configFile is read from the document’s folder', async () => {
  const { client } = server;
  mkdirSync(path.join(other, 'configs'), { recursive: true });
  writeFileSync(path.join(other, 'configs', 'strict.json'), JSON.stringify({ rules: { 'outcome-coverage': 'info' } }));
  const inOther = uriOf(path.join(other, 'plan.md'));
  const inWorkspace = uriOf(path.join(workspace, 'second.md'));
  await client.open(inOther, PLAN);
  await client.open(inWorkspace, PLAN);
  const strict = await client.diagnosticsFor(inOther);
  const plain = await client.diagnosticsFor(inWorkspace);
  expect(codesWith(strict.diagnostics, 'outcome-coverage').every((severity) => severity === DiagnosticSeverity.Information)).toBe(true);
  expect(codesWith(plain.diagnostics, 'outcome-coverage').some((severity) => severity !== DiagnosticSeverity.Information)).toBe(true);
  await client.close(inOther);
  await client.close(inWorkspace);
});

test('the Word command lints the .docx files of every folder, by paragraph, and re-lints one that changes on disk', async () => {
  const { client } = server;
  const words = path.join(workspace, 'word');
  mkdirSync(words);
  const plan = path.join(words, 'plan.docx');
  copyFileSync(fixture('strategic-plan-gaps.docx'), plan);
  // Ignored as the command line ignores it.
  copyFileSync(fixture('plan-review.docx'), path.join(words, 'draft.docx'));
  writeFileSync(path.join(workspace, '.planlintignore'), 'word/draft.docx\n');
  const uri = uriOf(plan);
  const before = client.published.length;
  const summary = await client.connection.sendRequest('workspace/executeCommand', { command: 'planlint.lintWordDocuments', arguments: [] });
  expect(summary).toEqual({ files: 1, problems: expect.any(Number) });
  const published = await client.diagnosticsFor(uri, before);
  const expected = (await lintFile(plan, { cwd: workspace })).messages;
  expect(published.diagnostics.map(({ code, range, source }) => [source, code, range.start.line + 1, range.start.character + 1])).toEqual(
    expected.map((message) => ['planlint', message.ruleId, message.line, message.column]),
  );
  // The ignored draft is not linted.
  expect(client.published.slice(before).filter((params) => params.uri.endsWith('.docx')).map((params) => params.uri)).toEqual([uri]);

  copyFileSync(fixture('plan-review.docx'), plan);
  const afterChange = client.published.length;
  await client.filesChanged([{ uri, type: FileChangeType.Changed }]);
  const relinted = await client.diagnosticsFor(uri, afterChange);
  const review = (await lintFile(plan, { cwd: workspace })).messages;
  expect(relinted.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(review.map((message) => message.message));

  rmSync(plan);
  const afterDelete = client.published.length;
  await client.filesChanged([{ uri, type: FileChangeType.Deleted }]);
  expect(await client.diagnosticsFor(uri, afterDelete)).toEqual({ uri, diagnostics: [] });
});
