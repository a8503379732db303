import type { XmlParagraph } from './document-xml.js';

/** How far ahead to look for a paragraph's twin before giving up on it. */
const WINDOW = 40;
/** How many paragraphs with deleted marks mammoth may have joined into one. */
const MAX_JOINED = 6;

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
 * matching by text, one paragraph or a run of them, survives all of these. A
 * paragraph with no twin is placed at the last paragraph matched.
 */
export class ParagraphAligner {
  private next = 0;
  lastOrdinal = 1;

  constructor(private readonly paragraphs: readonly XmlParagraph[]) {}

  /** The paragraphs of word/document.xml that hold this text, in order; none when no twin is found. */
  align(text: string): XmlParagraph[] {
    const wanted = squeeze(text);
    const end = Math.min(this.paragraphs.length, this.next + WINDOW);
    for (let index = this.next; index < end; index += 1) {
      const run = this.runAt(index, wanted);
      if (!run) continue;
      this.next = index + run.length;
      this.lastOrdinal = run[run.length - 1]!.ordinal;
      return run;
    }
    return [];
  }

  /** The run of paragraphs from `index` whose texts joined make `wanted`. */
  private runAt(index: number, wanted: string): XmlParagraph[] | undefined {
    let joined = '';
    const run: XmlParagraph[] = [];
    for (let at = index; at < Math.min(this.paragraphs.length, index + MAX_JOINED); at += 1) {
      const paragraph = this.paragraphs[at]!;
      joined += squeeze(paragraph.text);
      run.push(paragraph);
      if (joined === wanted) return run;
      if (!wanted.startsWith(joined) || joined === '') return undefined;
    }
    return undefined;
  }
}
