/**
 * A file that cannot be linted: missing, unreadable, not a plan. Its message
 * is one line that names the problem and, where there is one, the remedy; the
 * file name is added by whoever reports it.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A size as people read it, in the messages about the size cap and bombs. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
