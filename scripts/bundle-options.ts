import type { BuildOptions } from 'esbuild';

/**
 * How planlint is bundled, for the CLI (scripts/bundle-cli.ts) and the GitHub
 * Action (scripts/bundle-action.ts) alike: ES modules for Node 20 with lazily
 * loaded chunks, named by content hash.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (mammoth, jszip, natural's stemmer) call require for Node's own modules.
  banner: { js: "import { createRequire as __planlintRequire } from 'node:module';\nconst require = __planlintRequire(import.meta.url);" },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
} satisfies BuildOptions;
