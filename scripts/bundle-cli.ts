import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.js';

/*
 * The CLI as one ES module with lazily loaded chunks. Unbundled, a run opens
 * some 500 files before it reads a plan; Node's start-up cost is mostly
 * resolving and compiling them, and measured 0.46× as much bundled. The Word
 * stack stays behind its dynamic import in a chunk of its own, so a Markdown
 * run still never reads it. The bundle replaces the compiled bin.js and
 * lint-worker.js in place, so package.json's `bin` path holds; the Node API (dist/src/index.js) stays
 * unbundled.
 */
// Chunks are named by content hash: those of an earlier build would linger.
rmSync('dist/src/cli/chunks', { recursive: true, force: true });
const result = await build({
  // The thread each file is linted in is an entry of its own, sharing its chunks with the CLI; bin.js finds it beside itself.
  entryPoints: { bin: 'dist/src/cli/bin.js', 'lint-worker': 'dist/src/cli/lint-worker.js' },
  outdir: 'dist/src/cli',
  allowOverwrite: true,
  ...BUNDLE_OPTIONS,
  metafile: true,
});
chmodSync('dist/src/cli/bin.js', 0o755);
// The language server's bin stays compiled, not bundled (an editor starts it once a session), but is run as a command too.
chmodSync('dist/src/lsp/bin.js', 0o755);
const chunks = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
process.stdout.write(`bundled the CLI: ${chunks.length} files\n`);
