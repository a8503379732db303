import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Ignore } from 'ignore';
import { PLAN_EXTENSIONS } from './read.js';

export interface Discovered {
  /** Absolute paths of the plans to lint, sorted, without duplicates. */
  files: string[];
  /**
   * Patterns that found nothing, and folders that could not be walked (no
   * permission, a symbolic link loop), each with the reason, to report as
   * failed inputs.
   */
  failures: { path: string; message: string }[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const IGNORED_FOLDERS = new Set(['node_modules']);

/**
 * Files, folders and globs to plan files, as ESLint expands its arguments.
 * A file named explicitly is linted whatever its extension or ignore entry;
 * folders and globs yield plan files only and honour `.planlintignore` in
 * the working folder.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string): Promise<Discovered> {
  let ignorer: Ignore | undefined;
  const files = new Set<string>();
  const failures: Discovered['failures'] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const kind = pathKind(absolute);
    if (kind === 'file') {
      files.add(absolute);
      continue;
    }
    // The glob and ignore libraries load only when a folder or glob is given: most runs name their files.
    ignorer ??= await loadIgnore(cwd);
    const matched = kind === 'folder' ? walkFolder(absolute, cwd, ignorer, failures) : await globIn(cwd, pattern, cwd, ignorer);
    const { found } = matched;
    if (found.length === 0) failures.push({ path: pattern, message: nothingFound(pattern, kind, matched) });
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), failures };
}

/** Why a folder or glob gave nothing; plans that exist but are ignored must not read as "no plans". */
function nothingFound(pattern: string, kind: 'folder' | 'none', { ignored, others }: GlobMatches): string {
  if (ignored > 0) {
    const count = `${ignored} ${ignored === 1 ? 'plan' : 'plans'}`;
    return kind === 'folder'
      ? `has no plans to lint: every plan in it (${count}) is ignored by .planlintignore`
      : `matches only plans ignored by .planlintignore (${count})`;
  }
  if (kind === 'folder') return `has no plans to lint (looked for ${PLAN_EXTENSIONS.join(', ')} files)`;
  if (others > 0) return `matches no plans, only other files (plans are ${PLAN_EXTENSIONS.join(', ')} files; name a file to lint it anyway)`;
  return isGlob(pattern) ? 'matches no files' : 'does not exist';
}

function pathKind(path: string): 'file' | 'folder' | 'none' {
  if (!existsSync(path)) return 'none';
  return statSync(path).isDirectory() ? 'folder' : 'file';
}

function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

interface GlobMatches {
  found: string[];
  /** Plans left out by `.planlintignore`. */
  ignored: number;
  /** Files matched that are not plans. */
  others: number;
}

async function globIn(base: string, pattern: string, cwd: string, ignorer: Ignore): Promise<GlobMatches> {
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, {
    cwd: base,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: ALWAYS_IGNORED,
  });
  const plans = matches.filter(isPlanFile);
  const found = plans.filter((file) => {
    const fromCwd = relative(cwd, file);
    return fromCwd.startsWith('..') || !ignorer.ignores(fromCwd);
  });
  return { found, ignored: plans.length - found.length, others: matches.length - plans.length };
}

/**
 * The plans under a folder, as the glob `**\/*.{md,docx,…}` would find them
 * (links followed, dot files and node_modules left out), but a folder that
 * cannot be read, or a symbolic link that leads back into itself, is
 * reported as what it is rather than passed over in silence: otherwise a
 * locked folder of plans would read as a clean run.
 */
function walkFolder(folder: string, cwd: string, ignorer: Ignore, failures: Discovered['failures']): GlobMatches {
  const matches: GlobMatches = { found: [], ignored: 0, others: 0 };
  const shown = (path: string): string => relative(cwd, path) || path;
  const walk = (dir: string, ancestors: readonly string[]): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      failures.push({ path: shown(dir), message: walkProblem(error as NodeJS.ErrnoException) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || IGNORED_FOLDERS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path, { throwIfNoEntry: false });
        } catch (error) {
          failures.push({ path: shown(path), message: walkProblem(error as NodeJS.ErrnoException) });
          continue;
        }
        // A dangling link names no plan, as it names none to the glob.
        if (target === undefined) continue;
        isFolder = target.isDirectory();
        if (isFolder && ancestors.includes(realpathSync(path))) {
          failures.push({ path: shown(path), message: 'is a symbolic link loop: it leads back to a folder it is in' });
          continue;
        }
      }
      if (isFolder) {
        walk(path, [...ancestors, realpathSync(path)]);
        continue;
      }
      if (!isPlanFile(path)) matches.others += 1;
      else if (!relative(cwd, path).startsWith('..') && ignorer.ignores(relative(cwd, path))) matches.ignored += 1;
      else matches.found.push(path);
    }
  };
  walk(folder, [realpathSync(folder)]);
  return matches;
}

function walkProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'cannot be read: permission denied';
  if (error.code === 'ELOOP') return 'is a symbolic link loop';
  return `cannot be read: ${error.code ?? error.message}`;
}

/** Globs pick plans only: a folder of plans often holds spreadsheets and images too. */
function isPlanFile(file: string): boolean {
  return PLAN_EXTENSIONS.includes(extname(file).toLowerCase());
}

async function loadIgnore(cwd: string): Promise<Ignore> {
  const { default: ignore } = await import('ignore');
  const file = join(cwd, '.planlintignore');
  const ignorer = ignore();
  if (existsSync(file)) ignorer.add(readFileSync(file, 'utf8'));
  return ignorer;
}
