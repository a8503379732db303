import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, fixture } from '../support/cli.js';
import { spawnServer, TestClient } from '../lsp/support/client.js';

/*
 * The .vsix as `npm run package:vscode` makes it (the bundles, then
 * `vsce package --no-dependencies`; the compiled sources come from the build
 * the tests run after), opened as VS Code opens it: what it holds, and its
 * language server run from a folder outside the repository, where no
 * node_modules can stand in for what the bundle forgot.
 */

const EXTENSION = join(ROOT, 'editors', 'vscode');
const ROOT_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let work: string;
let vsix: Buffer;
let zip: JSZip;
let installed: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'planlint-vsix-'));
  const bundle = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'bundle-vscode.js')], { cwd: ROOT, encoding: 'utf8' });
  expect(bundle.stderr).toBe('');
  expect(bundle.status).toBe(0);
  const out = join(work, `planlint-${ROOT_VERSION}.vsix`);
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const pack = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: EXTENSION, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  vsix = readFileSync(out);
  zip = await JSZip.loadAsync(vsix);
  // Unpacked as VS Code installs it: the archive's extension/ folder is the extension's folder.
  installed = join(work, 'installed');
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !name.startsWith('extension/')) continue;
    const target = join(installed, name.slice('extension/'.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the .vsix', () => {
  test('holds the two bundles, the manifest, README, LICENSE and the rule pages, and no node_modules', () => {
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort();
    expect(names).toContain('extension/dist/extension.js');
    expect(names).toContain('extension/dist/server.js');
    expect(names).toContain('extension/package.json');
    expect(names).toContain('extension/readme.md');
    expect(names).toContain('extension/LICENSE.txt');
    expect(names).toContain('extension/docs/rules/outcome-coverage.md');
    expect(names.filter((name) => name.includes('node_modules'))).toEqual([]);
    expect(names.filter((name) => /\.(?:ts|map)$/.test(name) || name.includes('/src/'))).toEqual([]);
    expect(vsix.length).toBeLessThan(2 * 1024 * 1024);
  });

  test("its manifest contributes planlint's settings and commands and activates on Markdown and Word", () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      main: string;
      engines: { vscode: string };
      activationEvents: string[];
      contributes: {
        configuration: { properties: Record<string, { default: unknown; enum?: string[] }> };
        commands: { command: string; title: string }[];
        menus: { commandPalette: { command: string; when: string }[] };
      };
    };
    expect(manifest).toMatchObject({ name: 'planlint', version: ROOT_VERSION, main: './dist/extension.js', engines: { vscode: '^1.91.0' } });
    expect(manifest.activationEvents.sort()).toEqual(['onLanguage:markdown', 'workspaceContains:**/*.docx']);
    const settings = manifest.contributes.configuration.properties;
    expect(Object.keys(settings).sort()).toEqual(['planlint.configFile', 'planlint.debounce', 'planlint.enable', 'planlint.run']);
    expect(settings['planlint.run']).toMatchObject({ default: 'onType', enum: ['onType', 'onSave'] });
    expect(settings['planlint.enable']!.default).toBe(true);
    expect(settings['planlint.configFile']!.default).toBe('');
    expect(settings['planlint.debounce']!.default).toBe(300);
    expect(manifest.contributes.commands).toEqual([
      { command: 'planlint.lintWordDocuments', title: 'planlint: Lint Word documents in workspace' },
      { command: 'planlint.showOutput', title: 'planlint: Show output' },
    ]);
    // The language client registers the server's commands once the server has started; the palette waits for it.
    expect(manifest.contributes.menus.commandPalette).toEqual([{ command: 'planlint.lintWordDocuments', when: 'planlint.serverRunning' }]);
  });

  test('the client bundle needs nothing at run time but the editor and Node', () => {
    const bundle = readFileSync(join(installed, 'dist', 'extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map(([, name]) => name!));
    expect(required).toContain('vscode');
    expect([...required].filter((name) => name !== 'vscode' && !isBuiltin(name))).toEqual([]);
  });

  test("the server bundle takes natural's stemmer and stop words alone, not its root with its database clients", () => {
    const bundle = readFileSync(join(installed, 'dist', 'server.js'), 'utf8');
    expect(bundle).not.toMatch(/["'](?:natural|mongoose|pg|redis|dotenv)["']/);
    // The root's exports: present only if natural's index.js were bundled.
    expect(bundle).not.toContain('BayesClassifier');
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map(([, name]) => name!));
    expect([...required].filter((name) => !isBuiltin(name))).toEqual([]);
  });
});

/*
 * Over stdio as any LSP client starts it, and over Node's IPC channel as the
 * extension's client does (TransportKind.ipc forks the module with --node-ipc).
 */
describe.each(['stdio', 'node-ipc'] as const)("the .vsix's language server, run outside the repository over %s", (transport) => {
  let server: ChildProcess;
  let client: TestClient;
  /** Over stdio, anything but a protocol message on stdout, as a strict client reads it. */
  let violations: () => string[];
  /** What the connection could not read, on either channel. */
  const faults: string[] = [];

  beforeAll(async () => {
    const module = join(installed, 'dist', 'server.js');
    if (transport === 'stdio') {
      const spawned = spawnServer([module, '--stdio'], { cwd: work });
      ({ client, child: server } = spawned);
      violations = () => spawned.framing.violations;
    } else {
      server = fork(module, ['--node-ipc'], { cwd: work, silent: true });
      client = new TestClient(createMessageConnection(new IPCMessageReader(server), new IPCMessageWriter(server)), {});
      violations = () => [];
    }
    client.connection.onError(([error]) => faults.push(String(error)));
    await client.initialize([work]);
  });

  afterAll(async () => {
    if (!client) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    await client.shutdown();
    await exited;
    client.connection.dispose();
  });

  test("publishes planlint's diagnostics on an opened plan, each linked to its rule's page in the extension", async () => {
    const uri = pathToFileURL(join(work, `strategic-plan-${transport}.md`)).href;
    await client.open(uri, readFileSync(fixture('strategic-plan-gaps.md'), 'utf8'));
    const { version, diagnostics } = await client.diagnosticsFor(uri, 0, (params) => params.diagnostics.length > 0);
    expect(version).toBe(1);
    expect(new Set(diagnostics.map((diagnostic) => diagnostic.source))).toEqual(new Set(['planlint']));
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('outcome-coverage');
    for (const { code, codeDescription } of diagnostics) {
      expect(codeDescription!.href).toBe(pathToFileURL(join(installed, 'docs', 'rules', `${String(code)}.md`)).href);
      expect(statSync(fileURLToPath(codeDescription!.href)).isFile()).toBe(true);
    }
    expect(violations()).toEqual([]);
    expect(faults).toEqual([]);
  });
});
