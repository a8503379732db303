import { cpSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from './bundle-options.js';

/*
 * The VS Code extension's two bundles, which `vsce package` then puts in the
 * .vsix with nothing else from node_modules: the language client
 * (editors/vscode/dist/extension.js) and the language server
 * (editors/vscode/dist/server.js), the same server `planlint --lsp` starts.
 * VS Code 1.91 loads extensions as CommonJS only, and the extension's folder
 * has no "type": "module", so both are CommonJS; the server's sources read
 * import.meta.url (to find planlint's package.json and the rule pages beside
 * it, and to require its lazily loaded dependencies), which CommonJS spells
 * __filename.
 */
const EXTENSION = 'editors/vscode';

const root = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const manifest = JSON.parse(readFileSync(`${EXTENSION}/package.json`, 'utf8')) as { version: string };
if (manifest.version !== root.version) {
  throw new Error(`${EXTENSION}/package.json has version ${manifest.version}, planlint ${root.version}: the extension ships this planlint`);
}

rmSync(`${EXTENSION}/dist`, { recursive: true, force: true });
await build({
  ...NODE_BUNDLE_OPTIONS,
  entryPoints: { extension: `${EXTENSION}/src/extension.ts` },
  outdir: `${EXTENSION}/dist`,
  format: 'cjs',
  // The editor provides the `vscode` module to each extension it loads.
  external: ['vscode'],
});
await build({
  ...NODE_BUNDLE_OPTIONS,
  entryPoints: { server: 'dist/src/lsp/bin.js' },
  outdir: `${EXTENSION}/dist`,
  format: 'cjs',
  define: { 'import.meta.url': '__planlintModuleUrl' },
  banner: { js: "const __planlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Each diagnostic links to its rule's page; without a homepage in the manifest that is the page shipped beside
// the server (src/engine/docs-url.ts), so the .vsix carries them.
rmSync(`${EXTENSION}/docs`, { recursive: true, force: true });
cpSync('docs/rules', `${EXTENSION}/docs/rules`, { recursive: true });
process.stdout.write(`bundled the VS Code extension: ${EXTENSION}/dist/extension.js, ${EXTENSION}/dist/server.js\n`);
