import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server.js';

/** The transports the library reads from the command line; without one the server speaks over stdio. */
const OTHER_TRANSPORTS = /^--(?:node-ipc|socket|pipe)(?:=|$)/;

/**
 * Starts the server on this process's transport: `--node-ipc`, `--socket`
 * and `--pipe` as vscode-languageserver reads them, else standard input and
 * output (`--stdio`, or nothing, as `planlint --lsp` is run by hand).
 */
export function runServer(argv: readonly string[] = process.argv.slice(2)): void {
  const connection = argv.some((arg) => OTHER_TRANSPORTS.test(arg))
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, process.stdin, protocolStdout());
  routeConsole(connection);
  startServer(connection);
}

/**
 * Over stdio, standard output carries the protocol and nothing else: one
 * stray line (a dependency's warning, a rule's leftover logging) corrupts the
 * client's framing and kills the session. The connection writes through a
 * stream of its own; `process.stdout.write` itself goes to standard error.
 */
function protocolStdout(): Writable {
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout);
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      write(chunk, callback);
    },
  });
  stdout.on('error', (error: Error) => output.destroy(error));
  stdout.on('close', () => output.destroy());
  stdout.write = process.stderr.write.bind(process.stderr);
  return output;
}

/** What the code it runs logs goes to the client's log (its output panel), never to standard output. */
function routeConsole(connection: Connection): void {
  const text = (args: unknown[]): string => args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.info = (...args: unknown[]) => connection.console.info(text(args));
  console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
}
