import { readFile, stat } from 'node:fs/promises';
import { formatBytes, InputError } from '../document/input-error.js';
import type { InputFormat } from '../parse/input-format.js';
import { INPUT_FORMATS } from '../parse/registry.js';

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** Extensions that folders and globs pick up, from every registered format. */
export const PLAN_EXTENSIONS: readonly string[] = INPUT_FORMATS.flatMap((format) => format.extensions);

/** Formats known by a signature go first; a text format takes what none of them claims. */
const SNIFF_ORDER = [...INPUT_FORMATS].sort((a, b) => Number(b.binary) - Number(a.binary));

/** Reads a plan's bytes from disk, refusing folders and files over the size cap. */
export async function readPlanFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error));
  });
  if (info.isDirectory()) throw new InputError('is a folder, not a file');
  if (info.size > maxFileSize) {
    throw new InputError(`is ${formatBytes(info.size)}, over the ${formatBytes(maxFileSize)} limit (raise "maxFileSize" in the config to lint it)`);
  }
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error));
  });
}

/** Sorts a plan's bytes by what they are, not by the file's name (`name` only adds the remedy for a misnamed file). */
export function sniffFormat(bytes: Buffer, name: string): InputFormat {
  if (bytes.length === 0) throw new InputError('is empty: there is no plan to lint');
  const format = SNIFF_ORDER.find((candidate) => candidate.sniff(bytes, name));
  if (format) return format;
  throw new InputError(`is a binary file, not a ${INPUT_FORMATS.map((known) => known.name).join(' or ')} plan`);
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read: ${error.message}`;
  }
}
