/*
 * How the lines of a paragraph are put back together. A word broken at a
 * line's end ("commun-" / "ity") is joined when the hyphen follows a letter
 * and the next line starts in lower case, and the part before the hyphen is
 * not one that stands hyphenated in its own right ("self-", "co-", "well-":
 * "self-directed support", "co-production"). A next line starting in upper
 * case or with a digit keeps the hyphen ("NHS-" / "Scotland", "COVID-" /
 * "19"). A soft hyphen at the end of a line is always a break; a dash or
 * slash ending a line against the word before it ("2025–" / "2028") joins
 * the next line without a space. Other lines
 * are joined by a line break, as a Markdown paragraph keeps its soft breaks.
 */

/** Words written with a hyphen after them in plans (self-directed, co-production, well-being, cross-sector, re-ablement…). */
const HYPHENATED_PREFIXES = new Set([
  'self', 'co', 'well', 'cross', 'multi', 'non', 'long', 'short', 'full', 'part', 'high', 'low', 'third', 'inter', 'anti', 'pre',
  'post', 're', 'sub', 'ex', 'first', 'front', 'face', 'one', 'two', 'year', 'age', 'person', 'community', 'evidence', 'hospital',
]);

const SOFT_HYPHEN = '\u00AD';

export type Join = '' | '\n' | 'drop-hyphen';

/** How a line ending in `before` joins the next line, which starts with `after`. */
export function joinOf(before: string, after: string): Join {
  if (before.endsWith(SOFT_HYPHEN)) return 'drop-hyphen';
  // A range or a pair broken after its dash or slash ("2025–" / "2028", "health/" / "social care") is one word.
  if (/\S[–—/]$/u.test(before)) return '';
  if (!/\p{L}[-\u2010]$/u.test(before)) return '\n';
  const word = before.slice(before.lastIndexOf(' ') + 1, -1).toLowerCase();
  if (/^\p{Ll}/u.test(after) && !HYPHENATED_PREFIXES.has(word)) return 'drop-hyphen';
  return '';
}
