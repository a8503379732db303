import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import type { Connection, WorkspaceFolder } from 'vscode-languageserver/node';

/** The `planlint` section of the editor's settings. */
export interface Settings {
  enable: boolean;
  /** `onType` lints on open, change and save; `onSave` on open and save only. */
  run: 'onType' | 'onSave';
  /** A config file to use instead of the nearest, relative to the document's workspace folder. */
  configFile: string;
  /** Milliseconds after the last change before a document is linted again. */
  debounce: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enable: true, run: 'onType', configFile: '', debounce: 300 });

/** Settings as the client sent them: anything unexpected falls back to the default, never stops linting. */
export function settingsFrom(raw: unknown): Settings {
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { enable, run, configFile, debounce } = given;
  return {
    enable: typeof enable === 'boolean' ? enable : DEFAULT_SETTINGS.enable,
    run: run === 'onSave' || run === 'onType' ? run : DEFAULT_SETTINGS.run,
    configFile: typeof configFile === 'string' ? configFile : DEFAULT_SETTINGS.configFile,
    debounce: typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_SETTINGS.debounce,
  };
}

/**
 * Each document's settings, asked of the client once (scoped to the
 * document, so that each folder of a multi-root workspace has its own) and
 * kept until the client says they changed. A client without
 * `workspace/configuration` gets the defaults.
 */
export class SettingsStore {
  readonly #cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly pull: boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.#cache.get(uri);
    if (!settings) {
      settings = this.pull
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'planlint' }).then(settingsFrom, () => ({ ...DEFAULT_SETTINGS }))
        : Promise.resolve({ ...DEFAULT_SETTINGS });
      this.#cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  clear(): void {
    this.#cache.clear();
  }
}

/** The path of a `file:` URI; other schemes (untitled buffers, remote files) have none on this machine. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folders, for finding which one a document belongs to. */
export class Folders {
  #folders: { uri: string; path: string }[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.#folders = (folders ?? []).flatMap((folder) => {
      const path = pathOf(folder.uri);
      return path === undefined ? [] : [{ uri: folder.uri, path }];
    });
  }

  add(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => folder.uri));
    this.set([...this.#folders.filter((folder) => !gone.has(folder.uri)).map(({ uri }) => ({ uri, name: uri })), ...added]);
  }

  /** Folder paths on disk. */
  paths(): string[] {
    return this.#folders.map((folder) => folder.path);
  }

  /** The innermost folder holding `path`: nested folders of a multi-root workspace each have their own config. */
  containing(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.#folders) {
      const inside = path === folder.path || path.startsWith(folder.path.endsWith(sep) ? folder.path : folder.path + sep);
      if (inside && (best === undefined || folder.path.length > best.length)) best = folder.path;
    }
    return best;
  }
}
