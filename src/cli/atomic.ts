import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file whole or not at all: to a temporary file beside it, then
 * renamed over it, so that a full disk leaves no truncated report or Word
 * copy for anyone to open, and a failed write leaves any previous one as it
 * was. Throws the file system's error; `fileFailure` says it in words.
 */
export function writeAtomically(target: string, data: string | Uint8Array): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, target);
  } catch (error) {
    // A path through a file (ENOTDIR, or EEXIST from mkdir) fails the clean-up as it failed the write.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing to remove: the write never reached the folder.
    }
    throw error;
  }
}

/** Why a file could not be read or written, in the words of the command line's one-line errors. */
export function fileFailure(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of its path is a file';
  return message;
}
