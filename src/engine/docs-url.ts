import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PackageInfo {
  root: string;
  homepage?: string;
  version?: string;
}

let found: PackageInfo | undefined;

/** planlint's package folder, homepage and version, from the package.json above this file (source, compiled or bundled). */
function packageInfo(): PackageInfo {
  if (found) return found;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; homepage?: string; version?: string };
      if (parsed.name === 'planlint') {
        return (found = {
          root: folder,
          ...(parsed.homepage ? { homepage: parsed.homepage } : {}),
          ...(parsed.version ? { version: parsed.version } : {}),
        });
      }
    }
    const parent = dirname(folder);
    // Outside any package (a copied file): the docs are looked for beside the code.
    if (parent === folder) return (found = { root: dirname(fileURLToPath(import.meta.url)) });
    folder = parent;
  }
}

/**
 * The absolute address of a rule's page, so SARIF, editors and the HTML
 * report can open it wherever planlint runs: with a `homepage` in
 * package.json (the repository's web address), `<homepage>/blob/main/docs/rules/<id>.md`,
 * the page as the repository shows it; else the page shipped in the
 * installed package (`files` includes docs/), as a file:// URL.
 */
export function ruleDocsUrl(id: string, { root, homepage }: PackageInfo = packageInfo()): string {
  if (homepage) return `${homepage.split(/[#?]/, 1)[0]!.replace(/(?<!\/)\/+$/, '')}/blob/main/docs/rules/${id}.md`;
  return pathToFileURL(join(root, 'docs', 'rules', `${id}.md`)).href;
}

/**
 * What a report that names its tool says of planlint (SARIF's
 * `tool.driver`): the version, and an absolute address for it, the homepage
 * when package.json has one, else the README shipped in the installed package.
 */
export function toolInfo({ root, homepage, version }: PackageInfo = packageInfo()): { version: string; informationUri: string } {
  return {
    version: version ?? 'unknown',
    informationUri: homepage ? homepage.split(/[#?]/, 1)[0]! : pathToFileURL(join(root, 'README.md')).href,
  };
}
