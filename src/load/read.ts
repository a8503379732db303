import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from '../document/input-error.js';
import type { InputFormat } from '../parse/input-format.js';
import { INPUT_FORMATS } from '../parse/registry.js';
import { checkSize, DEFAULT_MAX_FILE_SIZE, readPlanStream } from './size.js';

export { checkSize, DEFAULT_MAX_FILE_SIZE } from './size.js';

/** Extensions that folders and globs pick up, from every registered format. */
export const PLAN_EXTENSIONS: readonly string[] = INPUT_FORMATS.flatMap((format) => format.extensions);

/** Formats known by a signature go first; a text format takes what none of them claims. */
const SNIFF_ORDER = [...INPUT_FORMATS].sort((a, b) => Number(b.binary) - Number(a.binary));

/**
 * Only a regular file has an end: a FIFO, a device such as /dev/zero or a
 * socket named as a plan would be read forever (12 GB resident before the
 * kill, in trying it), and opening a FIFO for reading blocks until a writer
 * comes. So the path is stat-ed before it is opened, and opened without
 * blocking, and the open file is checked again in case the path changed in
 * between.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads a plan's bytes from disk, refusing folders, anything but a regular file, and files over the size cap. */
export async function readPlanFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error));
  });
  checkKind(info);
  const handle = await open(path, OPEN_FLAGS).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error));
  });
  try {
    const opened = await handle.stat();
    checkKind(opened);
    checkSize(opened.size, maxFileSize);
    return await readPlanStream(handle.createReadStream({ autoClose: false }), maxFileSize).catch((error: unknown) => {
      throw error instanceof InputError ? error : new InputError(describeFsError(error as NodeJS.ErrnoException));
    });
  } finally {
    await handle.close();
  }
}

function checkKind(info: { isFile(): boolean; isDirectory(): boolean }): void {
  if (info.isDirectory()) throw new InputError('is a folder, not a file');
  if (!info.isFile()) throw new InputError('is not a regular file (a device, pipe or socket): name the plan file itself');
}

/** Sorts a plan's bytes by what they are, not by the file's name (`name` only adds the remedy for a misnamed file). */
export function sniffFormat(bytes: Buffer, name: string): InputFormat {
  if (bytes.length === 0) throw new InputError('is empty: there is no plan to lint');
  const format = SNIFF_ORDER.find((candidate) => candidate.sniff(bytes, name));
  if (format) return format;
  const names = INPUT_FORMATS.map((known) => known.name);
  throw new InputError(`is a binary file, not a ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} plan`);
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
