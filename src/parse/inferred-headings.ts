/**
 * Headings a reader sees in text that has none marked: web-page text, PDF
 * text and Word files typed without heading styles. Without them the whole
 * file is one section, and every passage in it is backed by every date and
 * figure anywhere in the file.
 */

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** "2.1 Our priorities", "1. PURPOSE", "3) Carers": at most two digits a part, so a year or a count is not a number. */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\)?\s+(\S.*)$/;
/** Words a title leaves in lower case. */
const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'our', 'your', 'its', 'their', 'we', 'you']);
const MOST_WORDS = 10;

/**
 * Running headers and footers, page numbers and contents lines: page
 * furniture, which addresses nothing and belongs to no section.
 */
const FURNITURE = /\bpage \d+(?: of \d+)?\s*$|(?<!\.)\.{4,}\s*\d+\s*$|^\s*\d{1,3}\s*$|\S\s{3,}\d{1,3}\s*$|^\s*contents\s*$/i;

export function isFurniture(line: string): boolean {
  return FURNITURE.test(line);
}

function isTitleCase(words: readonly string[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word) && !/\d/.test(word));
  if (lettered.length === 0) return false;
  return lettered.every((word, index) => /^[\p{Lu}'‘’"“(]/u.test(word) || (index > 0 && MINOR.has(word.toLowerCase())));
}

export interface InferredHeading {
  /** Parts of the heading's number ("2.1" has 2); 0 when it has none. */
  levels: number;
}

/**
 * A line a reader takes for a heading: short, without final punctuation,
 * and numbered ("3.1 Living well at home") or in title case or capitals
 * ("Supporting Unpaid Carers", "PURPOSE").
 */
export function headingLine(line: string): InferredHeading | undefined {
  const text = line.trim();
  if (text.length < 3 || text.length > 90 || /[.,;:!?…]$/.test(text) || /[•>|@]|https?:|\s{3,}/.test(text)) return undefined;
  const numbered = NUMBERED.exec(text);
  const title = numbered ? numbered[2]! : text;
  const words = title.split(/\s+/);
  if (words.length > MOST_WORDS || !/^[\p{Lu}]/u.test(title) || MONTH.test(title)) return undefined;
  if (numbered) return { levels: numbered[1]!.split('.').length };
  return isTitleCase(words) ? { levels: 0 } : undefined;
}

/** The first line of a document, when it reads as its title: short and without final punctuation. */
export function titleLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 3 && text.length <= 120 && !/[.,;:!?]$/.test(text) && text.split(/\s+/).length <= 14 && /^[\p{Lu}\d]/u.test(text);
}
