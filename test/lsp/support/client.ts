import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Diagnostic, FileEvent, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { startServer, type ServerOptions } from '../../../src/lsp/server.js';
import type { StatusParams } from '../../../src/lsp/status.js';
import { ROOT } from '../../support/cli.js';

/** The built server, as the `planlint-lsp` bin installs it. */
export const SERVER_BIN = path.join(ROOT, 'dist', 'src', 'lsp', 'bin.js');

export type SettingsFor = (scopeUri: string | undefined) => unknown;

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/**
 * Reads a server's standard output as a client must: `Content-Length`
 * framed JSON-RPC messages and nothing else. Every byte that is not part of
 * a well-formed message is recorded as a violation; the well-formed frames
 * pass on to the client.
 */
export class StrictFraming {
  readonly violations: string[] = [];
  readonly frames = new PassThrough();
  #buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const end = this.#buffer.indexOf('\r\n\r\n');
      if (end === -1) {
        // A header longer than any real one is not a header.
        if (this.#buffer.length > 256) this.#fail(`not a header: ${JSON.stringify(this.#buffer.subarray(0, 80).toString())}`);
        return;
      }
      const headers = this.#buffer.subarray(0, end).toString('ascii').split('\r\n');
      const length = headers.length === 1 ? /^Content-Length: (\d+)$/.exec(headers[0]!)?.[1] : undefined;
      if (length === undefined) return this.#fail(`not a header: ${JSON.stringify(this.#buffer.subarray(0, 80).toString())}`);
      const total = end + 4 + Number(length);
      if (this.#buffer.length < total) return;
      const body = this.#buffer.subarray(end + 4, total);
      try {
        const message = JSON.parse(body.toString('utf8')) as { jsonrpc?: unknown };
        if (message.jsonrpc !== '2.0') this.violations.push(`not JSON-RPC 2.0: ${body.toString('utf8').slice(0, 80)}`);
      } catch {
        this.violations.push(`not JSON: ${body.toString('utf8').slice(0, 80)}`);
      }
      this.frames.write(this.#buffer.subarray(0, total));
      this.#buffer = this.#buffer.subarray(total);
    }
  }

  #fail(violation: string): void {
    this.violations.push(violation);
    // Nothing after a broken frame can be trusted: a real client would have lost the stream.
    this.#buffer = Buffer.alloc(0);
  }
}

export interface ClientOptions {
  /** Answers `workspace/configuration`; without it the client says it has no configuration support. */
  settings?: SettingsFor;
  /** Tells the server the client watches files for it (dynamic registration). */
  watchFiles?: boolean;
}

/** A language client driving a planlint server, recording what it publishes. */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly statuses: StatusParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  #waiters: (() => void)[] = [];
  /** Set to hold back the answers to `workspace/configuration` until the test lets them go. */
  configurationGate: Promise<void> | undefined;

  constructor(
    readonly connection: MessageConnection,
    private readonly options: ClientOptions,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.#wake();
    });
    connection.onNotification('planlint/status', (params: StatusParams) => {
      this.statuses.push(params);
      this.#wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.#wake();
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.#wake();
      return null;
    });
    connection.onRequest('workspace/configuration', async (params: { items: { scopeUri?: string; section?: string }[] }) => {
      await this.configurationGate;
      return params.items.map((item) => options.settings?.(item.scopeUri) ?? null);
    });
    connection.listen();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves once `found` returns something for what has been received, or what the server has done. */
  async until<T>(found: () => T | undefined, what = 'the server'): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      // Woken by the next message, or after a moment for what the server does without a word (a scheduled lint).
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next diagnostics published for `uri` after the first `after` of them (all publications count). */
  diagnosticsFor(
    uri: string,
    after = 0,
    match: (params: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.published.slice(after).find((params) => params.uri === uri && match(params)), `diagnostics for ${uri}`);
  }

  async initialize(folders: string[]): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) })),
      capabilities: {
        workspace: {
          configuration: this.options.settings !== undefined,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: this.options.watchFiles ?? false },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text, as an incremental change of the whole range. */
  change(uri: string, version: number, changes: { range?: { start: Position; end: Position }; text: string }[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
  }
}

interface Position {
  line: number;
  character: number;
}

export interface SpawnedServer {
  client: TestClient;
  child: ChildProcess;
  framing: StrictFraming;
  stderr: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** The built server in a process of its own, its standard output read strictly. */
export function spawnServer(args: string[], options: ClientOptions & { cwd?: string } = {}): SpawnedServer {
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const framing = new StrictFraming();
  child.stdout.on('data', (chunk: Buffer) => framing.push(chunk));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(framing.frames), new StreamMessageWriter(child.stdin));
  return { client: new TestClient(connection, options), child, framing, stderr: () => stderr, exited };
}

/** The server in this process over in-memory streams, for what a spawned one cannot be made to do (a rule that throws). */
export function inProcessServer(serverOptions: ServerOptions, options: ClientOptions = {}): TestClient {
  const up = new PassThrough();
  const down = new PassThrough();
  // Reader and writer objects rather than streams: given streams, the library ends the process when they close.
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection, serverOptions);
  return new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)), options);
}

export type { Diagnostic };
