import { dirname, resolve } from 'node:path';
import { ConfigError, recommendedConfig } from '../config/index.js';
import { lintFile, lintText, type LintOptions, type LintTextOptions } from '../core/lint.js';
import type { LintSession } from '../core/session.js';
import type { LintResult } from '../engine/results.js';
import type { Rule } from '../engine/types.js';
import { pathOf, type Folders, type Settings } from './settings.js';

/** A lint's outcome: the result, or the config problem that stopped it (the text is not at fault). */
export type Linted = { result: LintResult; configProblem?: undefined } | { result?: undefined; configProblem: string };

export interface LintContext {
  rules: readonly Rule[];
  folders: Folders;
}

/**
 * The options a document at `path` is linted under, as the command line
 * would lint it from its workspace folder: the nearest config file, or the
 * `configFile` setting read from that folder.
 */
function optionsFor(path: string | undefined, settings: Settings, context: LintContext): LintOptions {
  const folder = path === undefined ? context.folders.paths()[0] : context.folders.containing(path);
  const cwd = folder ?? (path === undefined ? process.cwd() : dirname(path));
  const options: LintOptions = { cwd, rules: context.rules };
  if (settings.configFile) options.configFile = resolve(cwd, settings.configFile);
  return options;
}

/**
 * A Markdown document from the editor's buffer. A `file:` document finds its
 * config from its own folder, as the command line finds it; one that is not
 * on disk (untitled) has no folder to find one in and is linted with the
 * recommended settings, or the `configFile` setting when there is one.
 */
export function lintDocument(text: string, uri: string, settings: Settings, context: LintContext, session?: LintSession): Linted {
  const path = pathOf(uri);
  const options = optionsFor(path, settings, context);
  const cwd = options.cwd!;
  // The document's session re-uses what its last lint read of the text the edit left alone, for the same result.
  const lint = (given: LintTextOptions) => (session ? session.lintText(text, given) : lintText(text, given));
  try {
    if (path !== undefined) return { result: lint({ ...options, filePath: path }) };
    const config = options.configFile === undefined ? { config: recommendedConfig(context.rules) } : {};
    return { result: lint({ ...options, ...config }) };
  } catch (error) {
    if (error instanceof ConfigError) return { configProblem: error.messageFrom(cwd) };
    throw error;
  }
}

/** A Word file, read from disk (an editor holds no text buffer for it). */
export async function lintWordFile(path: string, settings: Settings, context: LintContext): Promise<Linted> {
  const options = optionsFor(path, settings, context);
  try {
    return { result: await lintFile(path, options) };
  } catch (error) {
    // lintFile reports a broken config found beside the file as the file's; one named by `configFile` throws.
    if (error instanceof ConfigError) return { configProblem: error.messageFrom(options.cwd!) };
    throw error;
  }
}

