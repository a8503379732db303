import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DocumentFormat } from '../document/types.js';
import { InputError } from './input-error.js';

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;

export interface LoadedFile {
  format: DocumentFormat;
  text: string;
}

/** How much of a file to look at for NUL bytes: enough to tell text from binary. */
const SNIFF_BYTES = 8000;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Reads a plan from disk, refusing what is not a text plan before any parser sees it. */
export async function readPlanFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<LoadedFile> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error));
  });
  if (info.isDirectory()) throw new InputError('is a folder, not a file');
  if (info.size > maxFileSize) {
    throw new InputError(`is ${formatBytes(info.size)}, over the ${formatBytes(maxFileSize)} limit (raise "maxFileSize" in the config to lint it)`);
  }
  const buffer = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error));
  });
  return decodePlan(buffer, extname(path).toLowerCase());
}

export function decodePlan(buffer: Buffer, extension: string): LoadedFile {
  if (buffer.length === 0) throw new InputError('is empty: there is no plan to lint');
  if (isZip(buffer)) {
    throw new InputError(
      extension === '.docx' ? 'is a Word document; Word plans are not supported yet: save it as Markdown' : 'is a zip archive, not a plan',
    );
  }
  // Notepad and Word save "Unicode" text as UTF-16, whose NUL bytes would otherwise pass for binary.
  if (isUtf16(buffer)) throw new InputError('is UTF-16 text, not UTF-8: save it with UTF-8 encoding');
  if (buffer.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError('is a binary file, not a Markdown plan');
  return { format: 'markdown', text: decodeUtf8(buffer) };
}

function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

function isUtf16(buffer: Buffer): boolean {
  return buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(buffer: Buffer): string {
  try {
    return strictUtf8.decode(buffer);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(buffer);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new InputError(`is not valid UTF-8 text (first bad byte on line ${line}): save it with UTF-8 encoding`);
  }
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
