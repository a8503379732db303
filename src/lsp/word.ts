import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Diagnostic, type FileEvent } from 'vscode-languageserver/node';
import { discoverFiles } from '../load/discover.js';
import { pathOf, type Folders } from './settings.js';

export const LINT_WORD_COMMAND = 'planlint.lintWordDocuments';

/** What the server does with one Word file: lint it from disk and publish, or clear it. */
export interface WordTarget {
  /** Lints the file and returns its diagnostics, or undefined when planlint is turned off for it. */
  lint(path: string, uri: string): Promise<Diagnostic[] | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
}

export interface WordSummary {
  files: number;
  problems: number;
}

/**
 * The Word plans of the workspace. An editor holds no text for a .docx, so
 * nothing is linted until the command asks for the workspace's Word files;
 * from then on a file that changes on disk is linted again. The files are
 * found as the command line finds them in a folder (`**\/*.docx`, with the
 * folder's `.planlintignore`), so the editor and CI agree on what is linted.
 */
export class WordFiles {
  /** Set once the command has run: watching alone lints nothing the author did not ask for. */
  #active = false;
  /** The files found at the last discovery, by URI, with their paths. */
  #known = new Map<string, string>();
  /** Each file's newest lint: one started before the file changed again must not publish. */
  readonly #generation = new Map<string, number>();

  constructor(
    private readonly folders: Folders,
    private readonly target: WordTarget,
  ) {}

  /** The command: find and lint every Word file in the workspace folders. */
  async lintAll(): Promise<WordSummary> {
    this.#active = true;
    const found = await this.#discover();
    for (const uri of this.#known.keys()) if (!found.has(uri)) this.#clear(uri);
    this.#known = found;
    let problems = 0;
    for (const [uri, path] of found) problems += (await this.#lint(uri, path))?.length ?? 0;
    return { files: found.size, problems };
  }

  /** Files changed on disk; `configChanged` when a config or ignore file among them may change what is linted and how. */
  async changed(changes: readonly FileEvent[], configChanged: boolean): Promise<void> {
    if (!this.#active) return;
    if (configChanged) {
      await this.lintAll();
      return;
    }
    const words = changes.filter((change) => extname(change.uri).toLowerCase() === '.docx');
    if (words.length === 0) return;
    for (const change of words) if (change.type === FileChangeType.Deleted) this.#clear(change.uri);
    if (words.some((change) => change.type === FileChangeType.Created)) this.#known = await this.#discover();
    for (const change of words) {
      if (change.type === FileChangeType.Deleted) continue;
      const path = this.#known.get(normalised(change.uri));
      if (path !== undefined) await this.#lint(normalised(change.uri), path);
    }
  }

  async #discover(): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const folder of this.folders.paths()) {
      // A folder with no Word files is a failure to the command line ("matches no files"); here it is just empty.
      const { files } = await discoverFiles(['**/*.docx'], folder);
      for (const path of files) found.set(pathToFileURL(path).href, path);
    }
    return found;
  }

  async #lint(uri: string, path: string): Promise<Diagnostic[] | undefined> {
    const generation = (this.#generation.get(uri) ?? 0) + 1;
    this.#generation.set(uri, generation);
    const diagnostics = await this.target.lint(path, uri);
    if (this.#generation.get(uri) !== generation) return undefined;
    this.target.publish(uri, diagnostics ?? []);
    return diagnostics;
  }

  #clear(uri: string): void {
    const key = normalised(uri);
    this.#generation.set(key, (this.#generation.get(key) ?? 0) + 1);
    this.#known.delete(key);
    this.target.publish(key, []);
  }
}

/** Clients spell file URIs their own way (VS Code escapes `:` in a Windows drive); the server names them as Node does. */
function normalised(uri: string): string {
  const path = pathOf(uri);
  return path === undefined ? uri : pathToFileURL(path).href;
}
