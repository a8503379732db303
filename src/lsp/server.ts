import { basename, extname } from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules as builtInRules } from '../../rules/index.js';
import { clearConfigCache } from '../config/index.js';
import { CONFIG_FILE_NAMES } from '../config/discover.js';
import { internalFailureOf } from '../core/fatal.js';
import { LintSession } from '../core/session.js';
import { toolInfo } from '../engine/docs-url.js';
import type { LintResult } from '../engine/results.js';
import type { Rule } from '../engine/types.js';
import { rulesMetaOf } from '../format/names.js';
import { codeActions, FIX_ALL_KIND, SHOW_DOCUMENTATION } from './actions.js';
import { toDiagnostics, topDiagnostic } from './diagnostics.js';
import { hover } from './hover.js';
import { coverageLenses, coverageSymbols, REVEAL } from './lens.js';
import { lintDocument, lintWordFile, type LintContext, type Linted } from './lint.js';
import { Debouncer, type Timers } from './schedule.js';
import { Folders, pathOf, SettingsStore } from './settings.js';
import { LintState, type LintedDocument } from './state.js';
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
  // One per open Markdown document, so that a lint after an edit reads afresh only what the edit changed.
  const sessions = new Map<string, LintSession>();
  const folders = new Folders();
  const debouncer = new Debouncer(options.timers);
  const context: LintContext = { rules, folders };
  // Opened documents whose next content event is their opening: linted at once, not after the pause.
  const opening = new Set<string>();
  let settings = new SettingsStore(connection, false);
  let watchFiles = false;
  let folderEvents = false;
  let showDocument = false;
  let versionedEdits = false;

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
      let session = sessions.get(uri);
      if (!session) sessions.set(uri, (session = new LintSession()));
      linted = lintDocument(text, uri, current, context, session);
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
    showDocument = params.capabilities.window?.showDocument?.support === true;
    versionedEdits = workspace?.workspaceEdit?.documentChanges === true;
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri }] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        executeCommandProvider: { commands: [LINT_WORD_COMMAND, SHOW_DOCUMENTATION, REVEAL] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: true,
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

  /**
   * The newest lint of a document, for the editor features. Edits are made
   * against the text that was linted: with the document changed since, they
   * go only to a client that checks the version before applying them.
   */
  function linted(uri: string): { document: LintedDocument; version?: number } | undefined {
    const document = state.get(uri);
    if (!document) return undefined;
    if (documents.get(uri)?.version === document.version) return { document };
    return versionedEdits ? { document, version: document.version } : undefined;
  }

  connection.onCodeAction(({ textDocument, range, context: actionContext }) => {
    const found = linted(textDocument.uri);
    return found ? codeActions(found.document, { range, context: actionContext }, rulesMeta, found.version) : [];
  });
  connection.onHover(({ textDocument, position }) => {
    const document = state.get(textDocument.uri);
    return document ? hover(document, position, rulesMeta) : null;
  });
  connection.onCodeLens(({ textDocument }) => {
    const document = state.get(textDocument.uri);
    return document ? coverageLenses(document, rulesMeta) : [];
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const document = state.get(textDocument.uri);
    return document ? coverageSymbols(document, rulesMeta) : [];
  });

  /** Opens a page in the browser, or a place in the editor; a client that cannot be asked is told where it is. */
  async function show(uri: string, selection: Range | undefined, fallback: string): Promise<void> {
    if (showDocument) {
      const shown = await connection.window.showDocument(selection ? { uri, selection, takeFocus: true } : { uri, external: true });
      if (shown.success) return;
    }
    // A notification, not the request the library's helper sends: nothing waits on the author's answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: fallback });
  }

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    if (command === SHOW_DOCUMENTATION && typeof args[0] === 'string') return show(args[0], undefined, `planlint: the rule's documentation is at ${args[0]}`);
    if (command === REVEAL && typeof args[0] === 'string' && isRange(args[1])) {
      return show(args[0], args[1], `planlint: the first gap is on line ${args[1].start.line + 1}`);
    }
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
    sessions.delete(document.uri);
    clear(document.uri);
  });

  connection.onShutdown(() => debouncer.cancelAll());

  documents.listen(connection);
  connection.listen();
}

function isRange(value: unknown): value is Range {
  const range = value as Range | undefined;
  return typeof range?.start?.line === 'number' && typeof range.start.character === 'number' && typeof range.end?.line === 'number';
}

function summary(result: LintResult): string {
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(result.errorCount, 'error')}, ${count(result.warningCount, 'warning')}, ${result.infoCount} info`;
}
