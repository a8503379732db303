import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintText } from '../src/core/lint.js';
import { LintSession } from '../src/core/session.js';
import { generatePlan } from './generate-plan.js';
import { line, milliseconds, ratioTo, verdict } from './report.js';
import { median, medians } from './stats.js';
import { thousands } from './vocabulary.js';

/** The compiled language server, found from this file so the bench works from any working directory. */
const SERVER = fileURLToPath(new URL('../src/lsp/bin.js', import.meta.url));

/** Issue 12's targets: from a change in the editor to its findings, on a long plan and on a short one. */
const TARGETS: readonly { words: number; ms: number }[] = [
  { words: 50_000, ms: 300 },
  { words: 5_000, ms: 50 },
];

/** Where a keystroke lands: mid-plan, inside a paragraph, so one part of the file and one block change. */
function middleOf(text: string): number {
  return text.indexOf(' ', text.length >> 1);
}

/**
 * Re-linting as an editor does: in this process, a LintSession's lint after
 * a one-word edit beside a fresh lintText of the same text; then through
 * the language server, from `didChange` to the `publishDiagnostics` of that
 * version.
 */
export async function benchEditor(config: ResolvedConfig, folder: string, counts: { runs: number; warmup: number }): Promise<void> {
  console.log(
    `\neditor: a one-word edit mid-plan, then its findings; medians of ${counts.runs} interleaved runs after ${counts.warmup} warm-up rounds, every rule on`,
  );
  for (const { words } of TARGETS) {
    let text = generatePlan(words);
    const session = new LintSession();
    session.lintText(text, { filePath: 'bench-plan.md', config });
    let edits = 0;
    const relint = () => {
      const at = middleOf(text);
      text = `${text.slice(0, at)} w${(edits += 1)}${text.slice(at)}`;
      return session.lintText(text, { filePath: 'bench-plan.md', config });
    };
    const fresh = () => lintText(text, { filePath: 'bench-plan.md', config });
    const [sessionMs, freshMs] = medians([relint, fresh], counts.runs, counts.warmup) as [number, number];
    console.log(line(`lintText, ${thousands(words)} words`, milliseconds(freshMs)));
    console.log(line(`LintSession re-lint, ${thousands(words)} words`, milliseconds(sessionMs), ratioTo(sessionMs / freshMs, 'lintText')));
  }
  const server = await serverLatencies(folder, counts);
  for (const { words, ms } of TARGETS) {
    const figure = server.get(words)!;
    console.log(
      line(
        `server re-lint, ${thousands(words)} words`,
        milliseconds(figure),
        '',
        `target ≤ ${ms} ms`,
        `${verdict(figure <= ms)}  debounce 0: an editor adds its pause (300 ms by default)`,
      ),
    );
  }
}

/**
 * Milliseconds from a `didChange` to the `publishDiagnostics` of its version,
 * by plan length: the built server over stdio, as an editor starts it, with
 * the debounce set to 0 through `workspace/configuration` so the figure is
 * planlint's own time, and the recommended config (no config file in the
 * plan's folder).
 */
async function serverLatencies(folder: string, counts: { runs: number; warmup: number }): Promise<Map<number, number>> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, { version: number; done: () => void }>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => {
    const waiter = waiting.get(params.uri);
    if (waiter && params.version === waiter.version) {
      waiting.delete(params.uri);
      waiter.done();
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounce: 0 })));
  connection.listen();
  const published = (uri: string, version: number) => new Promise<void>((done) => waiting.set(uri, { version, done }));
  const root = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'bench' }],
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  const latencies = new Map<number, number>();
  try {
    for (const { words } of TARGETS) {
      const uri = pathToFileURL(join(folder, `plan-${words}.md`)).href;
      let text = generatePlan(words);
      let version = 1;
      const opened = published(uri, version);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
      await opened;
      const samples: number[] = [];
      for (let round = 0; round < counts.warmup + counts.runs; round += 1) {
        const at = middleOf(text);
        const before = text.slice(0, at);
        const lineIndex = before.split('\n').length - 1;
        const character = at - (before.lastIndexOf('\n') + 1);
        const word = ` w${round}`;
        text = before + word + text.slice(at);
        version += 1;
        const arrived = published(uri, version);
        const start = performance.now();
        // As an editor sends a keystroke: the range typed into, not the whole text.
        await connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: lineIndex, character }, end: { line: lineIndex, character } }, text: word }],
        });
        await arrived;
        if (round >= counts.warmup) samples.push(performance.now() - start);
      }
      latencies.set(words, median(samples));
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await once(child, 'exit');
  } finally {
    connection.dispose();
    child.kill();
  }
  return latencies;
}
