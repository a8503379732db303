import type { BuildOptions } from 'esbuild';

/** What every planlint bundle shares: Node 20, one file per entry with its dependencies, no legal comments. */
export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * How planlint is bundled, for the CLI (scripts/bundle-cli.ts) and the GitHub
 * Action (scripts/bundle-action.ts) alike: ES modules for Node 20 with lazily
 * loaded chunks, named by content hash.
 */
export const BUNDLE_OPTIONS = {
  ...NODE_BUNDLE_OPTIONS,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (mammoth, jszip, natural's stemmer) call require for Node's own modules.
  banner: { js: "import { createRequire as __planlintRequire } from 'node:module';\nconst require = __planlintRequire(import.meta.url);" },
} satisfies BuildOptions;
