import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';
import { lineColumn, parseJson } from './json.js';

/** A config file's parsed but not yet validated contents. */
export interface ConfigSource {
  filePath: string;
  dir: string;
  data: unknown;
  /** Where the config sits in the file: `['planlint']` in package.json. */
  pathPrefix: string[];
}

// Many linted files share one config; read and parse each file once. The
// language server clears this (clearConfigCache) when config files change.
const sources = new Map<string, ConfigSource | undefined>();

export function clearSourceCache(): void {
  sources.clear();
}

export function isFile(filePath: string): boolean {
  return fs.statSync(filePath, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Reads a config file. A package.json without a `planlint` key holds no
 * config and gives undefined.
 */
export function readConfigSource(filePath: string): ConfigSource | undefined {
  if (sources.has(filePath)) return sources.get(filePath);
  const source = readUncached(filePath);
  sources.set(filePath, source);
  return source;
}

function readUncached(filePath: string): ConfigSource | undefined {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(filePath, '', `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Editors on Windows still save a byte order mark now and then.
  text = text.replace(/^\uFEFF/, '');
  const parsed = parseJson(text);
  if ('problem' in parsed) {
    const { line, column } = lineColumn(text, parsed.problem.offset);
    throw new ConfigError(filePath, '', `invalid JSON at line ${line}, column ${column}: ${parsed.problem.reason}`);
  }
  const dir = path.dirname(filePath);
  if (path.basename(filePath) !== 'package.json') return { filePath, dir, data: parsed.value, pathPrefix: [] };
  const packageJson = parsed.value as Record<string, unknown> | null;
  if (typeof packageJson !== 'object' || packageJson === null || !('planlint' in packageJson)) return undefined;
  return { filePath, dir, data: packageJson.planlint, pathPrefix: ['planlint'] };
}
