import type { Point } from '../../document/types.js';

const LINE_ENDING = /\r\n?|\n/g;

/**
 * Turns string offsets into 1-based line/column. Columns count UTF-16 code
 * units, as editors and the language server protocol do; CR, LF and CRLF all
 * end a line, as they do for the Markdown parser.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Lines in the text; a final line ending does not open another line. */
  readonly lineCount: number;
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (const match of text.matchAll(LINE_ENDING)) {
      this.starts.push(match.index + match[0].length);
    }
    const endsWithLineEnding = this.starts[this.starts.length - 1] === text.length;
    this.lineCount = endsWithLineEnding ? this.starts.length - 1 : this.starts.length;
  }

  /** Offset where the 0-based line starts; past the last line, the end of the text. */
  lineStart(line: number): number {
    return line < this.lineCount ? (this.starts[line] as number) : this.length;
  }

  point(offset: number): Point {
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }
}
