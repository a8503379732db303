import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle-options.js';

/*
 * The GitHub Action runs dist-action/index.js straight from the repository
 * at the ref a workflow names: nothing is installed or downloaded at run
 * time, so the bundle, with the lint worker beside it, is committed.
 * test/action.test.ts rebuilds it and fails when the committed files differ,
 * so a change to the sources cannot ship without its bundle.
 */
const OUT = process.argv[2] ?? 'dist-action';
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { index: 'dist/src/action/index.js', 'lint-worker': 'dist/src/action/lint-worker.js' },
  outdir: OUT,
  ...BUNDLE_OPTIONS,
  // The Action never passes --lsp; the language server the CLI loads for it stays out of the committed bundle.
  external: ['*/lsp/run.js'],
});
