/*
 * How the lines of a paragraph are put back together. A word broken at a
 * line's end ("commun-" / "ity") is joined when the hyphen follows a letter
 * and the next line starts in lower case, and the part before the hyphen is
 * not one that stands hyphenated in its own right ("self-", "co-", "well-":
 * "self-directed support", "co-production"). A next line starting in upper
 * case or with a digit keeps the hyphen ("NHS-" / "Scotland", "COVID-" /
 * "19"). Before those rules, the document's own words decide: a break
 * whose hyphenated form ("service-users") stands elsewhere in the text keeps
 * its hyphen, and one whose joined form ("community") does is joined, since
 * Word and LibreOffice do not hyphenate unless asked and a plan repeats its
 * words. A soft hyphen at the end of a line is always a break; a dash or
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

/** How often each of the document's words occurs, lower case, hyphenated compounds whole: what `joinOf` consults. */
export function wordsOf(lines: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of lines) {
    for (const token of line.toLowerCase().replace(/\u2010/g, '-').split(/[^\p{L}\p{N}-]+/u)) {
      // A hyphen at a token's edge is a dash or a line-end break, not part of a compound.
      const word = trimHyphens(token);
      if (word) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  return words;
}

function trimHyphens(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && token[start] === '-') start += 1;
  while (end > start && token[end - 1] === '-') end -= 1;
  return token.slice(start, end);
}

/**
 * How a line ending in `before` joins the next line, which starts with
 * `after`; `words` are the document's (wordsOf). In a table's cell, too
 * narrow for a long word, Word and LibreOffice break the word with no hyphen
 * ("Reducin" / "g health"): where a half is written nowhere else and the
 * whole word is (the priority's own heading), they are one word.
 */
export function joinOf(before: string, after: string, words?: ReadonlyMap<string, number>, inCell = false): Join {
  if (before.endsWith(SOFT_HYPHEN)) return 'drop-hyphen';
  // A range or a pair broken after its dash or slash ("2025–" / "2028", "health/" / "social care") is one word.
  if (/\S[–—/]$/u.test(before)) return '';
  if (!/\p{L}[-\u2010]$/u.test(before)) return inCell && words && brokenWord(before, after, words) ? '' : '\n';
  const word = before.slice(before.lastIndexOf(' ') + 1, -1).toLowerCase();
  const rest = /^[\p{L}\p{N}]+/u.exec(after)?.[0].toLowerCase();
  if (words && rest) {
    const part = word.split(/[^\p{L}\p{N}]/u).pop() ?? word;
    if (words.has(`${part}-${rest}`)) return '';
    if (words.has(part + rest)) return 'drop-hyphen';
  }
  if (/^\p{Ll}/u.test(after) && !HYPHENATED_PREFIXES.has(word)) return 'drop-hyphen';
  return '';
}

function brokenWord(before: string, after: string, words: ReadonlyMap<string, number>): boolean {
  const head = (before.split(/\P{L}/u).pop() ?? '').toLowerCase();
  const tail = (after.split(/\P{L}/u, 1)[0] ?? '').toLowerCase();
  if (!head || !tail || !words.has(head + tail)) return false;
  // A fragment stands only where the word broke (twice when a table's header row is repeated on the next page).
  return Math.min(words.get(head) ?? 0, words.get(tail) ?? 0) <= 2;
}
