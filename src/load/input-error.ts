/**
 * A file that cannot be linted: missing, unreadable, not a plan. Its message
 * is one line that names the problem and, where there is one, the remedy; the
 * file name is added by whoever reports it.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
