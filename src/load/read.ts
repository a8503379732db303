import { readFile, stat } from 'node:fs/promises';
import type { DocumentFormat } from '../document/types.js';
import { InputError } from './input-error.js';

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;
export const WORD_EXTENSIONS = ['.docx'] as const;

/** A plan's bytes, sorted by format: text for Markdown, the package for Word. */
export type LoadedPlan = { format: Extract<DocumentFormat, 'markdown'>; text: string } | { format: Extract<DocumentFormat, 'docx'>; buffer: Buffer };

/** How much of a file to look at for NUL bytes: enough to tell text from binary. */
const SNIFF_BYTES = 8000;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

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

/**
 * Sorts a plan's bytes by what they are, not by the file's name: a zip is a
 * Word package, Office's old binary container is refused with the remedy,
 * anything else must be UTF-8 Markdown.
 */
export function sniffPlan(buffer: Buffer, extension: string): LoadedPlan {
  if (buffer.length === 0) throw new InputError('is empty: there is no plan to lint');
  if (isZip(buffer)) return { format: 'docx', buffer };
  if (isCompoundFile(buffer)) throw new InputError(describeCompoundFile(buffer));
  if ((WORD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new InputError('is not a Word .docx file (it is not a zip package): save it as .docx from Word');
  }
  // Notepad and Word save "Unicode" text as UTF-16, whose NUL bytes would otherwise pass for binary.
  if (isUtf16(buffer)) throw new InputError('is UTF-16 text, not UTF-8: save it with UTF-8 encoding');
  if (buffer.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError('is a binary file, not a Markdown or Word plan');
  return { format: 'markdown', text: decodeUtf8(buffer) };
}

/** The OLE compound file signature: .doc files, and .docx files that Word has encrypted with a password. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function isCompoundFile(buffer: Buffer): boolean {
  return buffer.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE);
}

/** Stream names are stored in UTF-16 in the container's directory. */
function hasStream(buffer: Buffer, name: string): boolean {
  return buffer.includes(Buffer.from(name, 'utf16le'));
}

function describeCompoundFile(buffer: Buffer): string {
  if (hasStream(buffer, 'EncryptionInfo') || hasStream(buffer, 'EncryptedPackage')) {
    return 'is password-protected: remove the password in Word (File › Info › Protect Document) and save it again';
  }
  if (hasStream(buffer, 'WordDocument')) return 'is an old Word .doc file: open it in Word and save it as .docx';
  return 'is an old Office binary file, not a plan: save it as .docx or Markdown';
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
