import { InputError } from '../../document/input-error.js';

/**
 * A number Word writes in an attribute, checked before planlint uses it: a
 * table cell's `w:gridSpan="abc"` once looped for ever laying out its row,
 * and `gridSpan="1000000000"` made V8 give up on an array that size. A value
 * that is not a whole number in the range Word itself writes is the file's
 * fault, said in one line.
 */
export function wordNumber(value: string, attribute: string, part: string, min: number, max: number): number {
  const number = /^-?\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  throw new InputError(
    `has ${attribute}="${shown(value)}" in ${part}, where Word writes a whole number from ${min} to ${max}: save it again from Word`,
  );
}

/** An attribute Word writes as one of a few words (`w:vMerge="restart"`), checked as numbers are. */
export function wordKeyword(value: string, attribute: string, part: string, allowed: readonly string[]): string {
  if (allowed.includes(value)) return value;
  throw new InputError(`has ${attribute}="${shown(value)}" in ${part}, where Word writes ${allowed.join(' or ')}: save it again from Word`);
}

/** A value as quoted in a message: short, on one line, with no control characters. */
function shown(value: string): string {
  const clean = value.replace(/[\p{Cc}\p{Cf}"]/gu, '?');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}
