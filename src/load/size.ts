import { formatBytes, InputError } from '../document/input-error.js';

/*
 * The size cap, kept apart from the rest of reading so that the command line
 * can read standard input under it without loading the format registry.
 */

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/**
 * Reads a stream (standard input, an open file) to its end, or refuses it as
 * soon as it passes the size cap: 25 MB piped in once took 215 s and 3.8 GB
 * to lint. Reading stops there; what is left is never read.
 */
export async function readPlanStream(stream: AsyncIterable<Uint8Array | string>, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early closes the stream, so nothing past the cap is read.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > maxFileSize) throw overCap(`is more than ${formatBytes(maxFileSize)}`, maxFileSize);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

/** Refuses bytes over the size cap, whatever they came from (a file, standard input, the API). */
export function checkSize(size: number, maxFileSize: number): void {
  if (size > maxFileSize) throw overCap(`is ${formatBytes(size)}`, maxFileSize);
}

function overCap(size: string, maxFileSize: number): InputError {
  return new InputError(`${size}, over the ${formatBytes(maxFileSize)} limit (raise "maxFileSize" in the config to lint it)`);
}
