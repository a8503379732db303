import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StatusTracker, statusView, type PlanlintStatus } from './status.js';

/*
 * A thin client: everything planlint knows lives in the bundled language
 * server (dist/server.js), so the editor shows what `planlint --lsp` gives any
 * other client. The server's commands (planlint.lintWordDocuments) are
 * registered by the language client from the server's executeCommandProvider;
 * registering them here as well would fail with "command already exists".
 */

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('planlint', { log: true });
  const statusItem = vscode.window.createStatusBarItem('planlint.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'planlint';
  statusItem.command = 'planlint.showOutput';
  const tracker = new StatusTracker({ state: 'linting', message: 'starting the server' });
  const render = (): void => {
    const view = statusView(tracker.current(vscode.window.activeTextEditor?.document.uri.toString()));
    statusItem.text = view.text;
    statusItem.tooltip = view.tooltip;
    statusItem.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  };
  render();
  statusItem.show();

  // IPC rather than stdio: a stray write to stdout by any library the server loads cannot corrupt the protocol.
  const server = { module: context.asAbsolutePath('dist/server.js'), transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run: server, debug: server };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server pulls each folder's settings (workspace/configuration with the document's scope) when told they
    // changed, and registers its own file watchers (planlint.config.json, *.docx).
    synchronize: { configurationSection: 'planlint' },
    outputChannel: output,
  };
  client = new LanguageClient('planlint', 'planlint', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    statusItem,
    vscode.commands.registerCommand('planlint.showOutput', () => output.show(true)),
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidCloseTextDocument((document) => {
      tracker.forget(document.uri.toString());
      render();
    }),
    client.onNotification('planlint/status', (status: PlanlintStatus) => {
      tracker.update(status);
      render();
    }),
    client.onDidChangeState(({ newState }) => {
      // The Word command exists only once the server has said it handles it; until then the palette hides it
      // rather than answer "command not found".
      void vscode.commands.executeCommand('setContext', 'planlint.serverRunning', newState === State.Running);
      if (newState === State.Running) tracker.update({ state: 'ok', message: 'ready' });
      else if (newState === State.Stopped) tracker.update({ state: 'error', message: 'the server stopped' });
      render();
    }),
  );

  try {
    await client.start();
  } catch (error) {
    tracker.update({ state: 'error', message: `the server did not start: ${String(error)}` });
    render();
  }
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
