import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { BIN, fixture, ROOT } from '../support/cli.js';
import { spawnServer, uriOf } from './support/client.js';

const PLAN = readFileSync(fixture('strategic-plan-gaps.md'), 'utf8');

/*
 * A client reads standard output as framed messages: one stray byte and the
 * session is lost. These servers run as processes, since the process's
 * output is what is under test; every byte of it goes through a strict reader.
 */

test('a rule that writes to stdout, logs and throws: the plan gets one diagnostic, the log gets the rest, stdout only protocol', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'planlint-lsp-stdout-'));
  // A broken config beside one of the plans: its problem is reported, and nothing of it reaches stdout.
  const broken = path.join(folder, 'broken');
  mkdirSync(broken);
  writeFileSync(path.join(broken, 'planlint.config.json'), '{ "rules": { "no-such-rule": "error" } }');
  const server = spawnServer([path.join(ROOT, 'test', 'lsp', 'support', 'throwing-server.js'), '--stdio'], { settings: () => ({}) });
  const { client, framing } = server;
  await client.initialize([folder]);

  const boom = uriOf(path.join(folder, 'boom.md'));
  await client.open(boom, `${PLAN}\nBOOM\n`);
  const { diagnostics } = await client.diagnosticsFor(boom);
  expect(diagnostics).toHaveLength(1);
  expect(diagnostics[0]).toMatchObject({
    range: { start: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: 'planlint',
    message: expect.stringMatching(/^internal error while linting boom\.md \(in rule misbehaves-on-boom\): the rule broke — please report this$/),
  });
  await client.until(() => client.logs.find((log) => log.includes('Error: the rule broke')), 'the stack in the log');
  expect(client.logs).toEqual(expect.arrayContaining(['a stray log', 'a stray info']));
  expect(server.stderr()).toContain('a stray write');

  const misconfigured = uriOf(path.join(broken, 'plan.md'));
  await client.open(misconfigured, PLAN);
  expect((await client.diagnosticsFor(misconfigured)).diagnostics).toMatchObject([
    { severity: DiagnosticSeverity.Error, message: 'broken/planlint.config.json: rules.no-such-rule is not a known rule' },
  ]);

  // Still serving: the plan without BOOM is linted as usual.
  const fine = uriOf(path.join(folder, 'fine.md'));
  await client.open(fine, PLAN);
  expect((await client.diagnosticsFor(fine)).diagnostics.map((diagnostic) => diagnostic.code)).toContain('outcome-coverage');

  await client.shutdown();
  expect(await server.exited).toBe(0);
  expect(framing.violations).toEqual([]);
});

test('planlint --lsp --stdio starts the same server, speaking only protocol', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'planlint-lsp-cli-'));
  const server = spawnServer([BIN, '--lsp', '--stdio']);
  const { client, framing } = server;
  const initialized = (await client.initialize([folder])) as { serverInfo: { name: string } };
  expect(initialized.serverInfo.name).toBe('planlint');
  const uri = uriOf(path.join(folder, 'plan.md'));
  await client.open(uri, PLAN);
  const { version, diagnostics } = await client.diagnosticsFor(uri);
  expect(version).toBe(1);
  expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('outcome-coverage');
  await client.shutdown();
  expect(await server.exited).toBe(0);
  expect(framing.violations).toEqual([]);
});
