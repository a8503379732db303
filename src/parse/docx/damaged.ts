import { InputError } from '../../document/input-error.js';

/**
 * A Word file whose XML a reader refused: the file's fault, said with the
 * remedy. Only readers' own complaints about the bytes come here; an
 * exception from planlint's code is an internal error, never this.
 */
export function damagedDocument(error: unknown): InputError {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new InputError(`cannot be read as a Word document (${detail}): save it again from Word`);
}

/**
 * Errors that mean a bug (in planlint or in a library it calls), whatever the
 * file: a reader that meets bad XML says so with an error of its own instead.
 */
export function isProgrammingError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError;
}
