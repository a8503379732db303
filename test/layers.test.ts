import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './support/cli.js';

/**
 * docs/design.md "Layout": a layer imports only the layers below it. The
 * order, lowest first; `rules/` stands with the engine's consumers, above
 * analysis and below the core that runs it.
 */
const LAYERS = ['document', 'framework', 'parse', 'load', 'analysis', 'engine', 'rules', 'config', 'format', 'annotate', 'core', 'lsp', 'cli', 'action', 'index'];

function layerOf(file: string): string {
  const path = relative(ROOT, file).split(sep);
  if (path[0] === 'rules') return 'rules';
  if (path[1] === 'index.ts') return 'index';
  return path[1]!;
}

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static and dynamic imports of the project's own modules. */
const IMPORT = /(?:from\s+|import\s*\(?\s*)'(\.{1,2}\/[^']+)'/g;

test('each layer imports only itself and the layers below it', () => {
  const wrong: string[] = [];
  for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'rules'))]) {
    const from = layerOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = layerOf(resolve(dirname(file), specifier!));
      if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) wrong.push(`${relative(ROOT, file)} (${from}) imports ${specifier} (${to})`);
    }
  }
  expect(wrong).toEqual([]);
});

test('every folder of src/ has its place in the order', () => {
  const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.filter((folder) => !LAYERS.includes(folder))).toEqual([]);
});
