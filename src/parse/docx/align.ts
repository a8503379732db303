import type { XmlParagraph } from './document-xml.js';

/** How far ahead to look for a paragraph's twin before giving up on it. */
const WINDOW = 40;

/**
 * What the two readings are compared on: the text without whitespace, dashes,
 * symbols and invisible format characters, since Word writes some of these as
 * elements (w:noBreakHyphen, w:softHyphen, w:sym) that only mammoth reads as text.
 */
const squeeze = (text: string) => text.replace(/[\s\p{Pd}\p{S}\p{Cf}]+/gu, '');

/**
 * Pairs mammoth's paragraphs, in order, with those of word/document.xml, by
 * their text. The two readings mostly agree one to one, but mammoth drops the
 * empty paragraphs of vertically merged cells and deleted rows, joins a
 * paragraph whose mark was deleted to the next, and adds text-box paragraphs;
 * matching by text survives all of these. A paragraph with no twin is placed
 * at the last paragraph matched.
 */
export class ParagraphAligner {
  private next = 0;
  lastOrdinal = 1;

  constructor(private readonly paragraphs: readonly XmlParagraph[]) {}

  align(text: string): XmlParagraph | undefined {
    const wanted = squeeze(text);
    const end = Math.min(this.paragraphs.length, this.next + WINDOW);
    for (let index = this.next; index < end; index += 1) {
      const candidate = this.paragraphs[index]!;
      if (squeeze(candidate.text) !== wanted) continue;
      this.next = index + 1;
      this.lastOrdinal = candidate.ordinal;
      return candidate;
    }
    return undefined;
  }
}
