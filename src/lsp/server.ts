import { basename, extname } from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type FileEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules as builtInRules } from '../../rules/index.js';
import { clearConfigCache } from '../config/index.js';
import { CONFIG_FILE_NAMES } from '../config/discover.js';
import { internalFailureOf } from '../core/fatal.js';
import { toolInfo } from '../engine/docs-url.js';
import type { LintResult } from '../engine/results.js';
import type { Rule } from '../engine/types.js';
import { rulesMetaOf } from '../format/names.js';
import { toDiagnostics, topDiagnostic } from './diagnostics.js';
import { lintDocument, lintWordFile, type LintContext, type Linted } from './lint.js';
import { Debouncer, type Timers } from './schedule.js';
import { Folders, pathOf, SettingsStore } from './settings.js';
import { LintState } from './state.js';
import { StatusNotification, type StatusParams } from './status.js';
import { LINT_WORD_COMMAND, WordFiles } from './word.js';

export { LintState, type LintedDocument } from './state.js';
export { LINT_WORD_COMMAND } from './word.js';

export interface ServerOptions {
  /** The rules to run; the built-in ones by default. */
  rules?: readonly Rule[];
  /** The clock the debounce waits on. */
  timers?: Timers;
}

/** Files whose change can change how every plan under them is linted, or which plans are. */
const CONFIG_NAMES: ReadonlySet<string> = new Set([...CONFIG_FILE_NAMES, '.planlintignore']);

const WATCHED = [...CONFIG_NAMES, '*.docx'].map((name) => ({ globPattern: `**/${name}` }));

function isMarkdown(document: TextDocument): boolean {
  if (document.languageId === 'markdown') return true;
  const extension = extname(pathOf(document.uri) ?? document.uri).toLowerCase();
  return extension === '.md' || extension === '.markdown';
}

/**
 * The language server: Markdown plans in the editor's buffers are linted on
 * open, on change (after a pause in typing) and on save; Word plans from
 * disk when asked. Only the newest text's findings are published: a lint
 * that finishes after its document changed again is dropped, since its
 * places would no longer match the text.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const rules = options.rules ?? builtInRules;
  const rulesMeta = rulesMetaOf(rules);
  const documents = new TextDocuments(TextDocument);
  const state = new LintState();
  const folders = new Folders();
  const debouncer = new Debouncer(options.timers);
  const context: LintContext = { rules, folders };
  // Opened documents whose next content event is their opening: linted at once, not after the pause.
  const opening = new Set<string>();
  let settings = new SettingsStore(connection, false);
  let watchFiles = false;
  let folderEvents = false;

  const status = (params: StatusParams): void => void connection.sendNotification(StatusNotification, params);

  const word = new WordFiles(folders, {
    lint: async (path, uri) => {
      const current = await settings.get(uri);
      if (!current.enable) return undefined;
      try {
        return diagnosticsOf(await lintWordFile(path, current, context), uri);
      } catch (error) {
        return [fault(error, uri)];
      }
    },
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  });

  /** The diagnostics of a lint, reporting a config problem or planlint's own fault on the status as well. */
  function diagnosticsOf(linted: Linted, uri: string): Diagnostic[] {
    if (linted.configProblem !== undefined) {
      status({ state: 'error', message: linted.configProblem, uri });
      return [topDiagnostic(linted.configProblem)];
    }
    reportFailure(linted.result, uri);
    return toDiagnostics(linted.result, uri, rulesMeta);
  }

  /** A rule or parser that threw: its result already says so; the stack goes to the log for whoever reports it. */
  function reportFailure(result: LintResult, uri: string): void {
    const failure = internalFailureOf(result);
    if (!failure) return;
    const { error } = failure;
    connection.console.error(error instanceof Error && error.stack ? error.stack : String(error));
    status({ state: 'error', message: result.messages[0]!.message, uri });
  }

  /** A fault outside any rule (the server's own): logged, and shown on the document rather than lost. */
  function fault(error: unknown, uri: string): Diagnostic {
    connection.console.error(error instanceof Error && error.stack ? error.stack : String(error));
    const message = `planlint: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} — please report this`;
    status({ state: 'error', message, uri });
    return topDiagnostic(message);
  }

  function isCurrent(uri: string, version: number): boolean {
    return documents.get(uri)?.version === version;
  }

  function clear(uri: string): void {
    state.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Lints the document's newest text and publishes the findings, unless it changes before they are ready. */
  async function lintNow(uri: string): Promise<void> {
    debouncer.cancel(uri);
    const document = documents.get(uri);
    if (!document || !isMarkdown(document)) return;
    const { version } = document;
    const current = await settings.get(uri);
    if (!isCurrent(uri, version)) return;
    if (!current.enable) return clear(uri);
    status({ state: 'linting', message: `linting ${basename(pathOf(uri) ?? uri)}`, uri });
    const text = document.getText();
    let linted: Linted | undefined;
    let diagnostics: Diagnostic[];
    try {
      linted = lintDocument(text, uri, current, context);
      diagnostics = diagnosticsOf(linted, uri);
    } catch (error) {
      diagnostics = [fault(error, uri)];
    }
    if (!isCurrent(uri, version)) return;
    if (linted?.result) state.set({ uri, version, text, result: linted.result, diagnostics });
    else state.delete(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (linted?.result && !internalFailureOf(linted.result)) status({ state: 'ok', message: summary(linted.result), uri });
  }

  async function changed(uri: string): Promise<void> {
    const current = await settings.get(uri);
    if (!current.enable || current.run === 'onSave') return;
    debouncer.schedule(uri, current.debounce, () => void lintNow(uri));
  }

  function relintOpen(): void {
    for (const document of documents.all()) void lintNow(document.uri);
  }

  connection.onInitialize((params) => {
    const workspace = params.capabilities.workspace;
    settings = new SettingsStore(connection, workspace?.configuration === true);
    watchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = workspace?.workspaceFolders === true;
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri }] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        executeCommandProvider: { commands: [LINT_WORD_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'planlint', version: toolInfo().version },
    };
  });

  connection.onInitialized(() => {
    // Config files and Word plans change outside the editor's buffers: only the client's watcher sees it.
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED });
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        folders.add(added, removed);
        settings.clear();
        relintOpen();
      });
    }
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    relintOpen();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configChanged = changes.some((change: FileEvent) => CONFIG_NAMES.has(basename(pathOf(change.uri) ?? '')));
    if (configChanged) {
      // The config layer keeps every file it has read; a changed one must be read again.
      clearConfigCache();
      relintOpen();
    }
    void word.changed(changes, configChanged);
  });

  connection.onExecuteCommand(async ({ command }) => {
    if (command !== LINT_WORD_COMMAND) return undefined;
    status({ state: 'linting', message: 'linting Word documents' });
    const result = await word.lintAll();
    status({ state: 'ok', message: `${result.files} Word ${result.files === 1 ? 'document' : 'documents'} linted` });
    return result;
  });

  documents.onDidOpen(({ document }) => {
    opening.add(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (opening.delete(document.uri)) void lintNow(document.uri);
    else void changed(document.uri);
  });
  documents.onDidSave(({ document }) => void lintNow(document.uri));
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    opening.delete(document.uri);
    settings.forget(document.uri);
    clear(document.uri);
  });

  connection.onShutdown(() => debouncer.cancelAll());

  documents.listen(connection);
  connection.listen();
}

function summary(result: LintResult): string {
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(result.errorCount, 'error')}, ${count(result.warningCount, 'warning')}, ${result.infoCount} info`;
}
