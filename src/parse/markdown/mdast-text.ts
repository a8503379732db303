import type { Html, Nodes, PhrasingContent } from 'mdast';
import type { TextSegment } from '../../document/types.js';
import type { LineIndex } from './line-index.js';

export interface BlockText {
  text: string;
  segments: TextSegment[];
}

/** A node's span as offsets in the file, end exclusive. */
export interface SourceRange {
  start: number;
  end: number;
}

/** `base` is where the text the node was parsed from starts in the file. */
export function rangeOf(node: Nodes, base: number): SourceRange {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) {
    throw new Error(`Markdown ${node.type} node has no source offsets`);
  }
  return { start: base + start, end: base + end };
}

const LF = 10;
const CR = 13;
/** GFM tables cannot hold line breaks, so authors write `<br>` for them. */
const LINE_BREAK_HTML = /^<br\s*\/?>$/i;
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/** Index of the next CR or LF in text[from, limit), else limit. */
function nextLineEnding(text: string, from: number, limit: number): number {
  for (let index = from; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || code === CR) return index;
  }
  return limit;
}

function lineEndingLength(text: string, at: number): number {
  return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Builds a block's plain text from mdast phrasing content, recording for each
 * run of text where it stands in the source.
 */
export class TextBuilder {
  private text = '';
  private readonly segments: TextSegment[] = [];
  /** Source offset just past the last mapped character, so adjacent characters share a segment. */
  private runEnd = -1;

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
    private readonly base: number,
    private readonly onHtml: (node: Html) => void,
  ) {}

  addPhrasing(nodes: PhrasingContent[]): void {
    for (const node of nodes) this.addNode(node);
  }

  /** Text with no source of its own, such as the line break between two paragraphs of a list item. */
  addJoin(chars: string): void {
    this.text += chars;
  }

  result(): BlockText {
    // A copy is exactly as long as its contents, where the array pushed to keeps room for 17:
    // most blocks have one segment, and the spare room was 25 MB of a plan at the size cap.
    return { text: this.text, segments: this.segments.slice() };
  }

  private addNode(node: PhrasingContent): void {
    switch (node.type) {
      case 'text': {
        const { start, end } = rangeOf(node, this.base);
        this.align(node.value, start, end, true);
        break;
      }
      case 'inlineCode': {
        const { start, end } = rangeOf(node, this.base);
        this.align(node.value, this.skipBackticks(start), end, false);
        break;
      }
      case 'image':
      case 'imageReference': {
        const { start, end } = rangeOf(node, this.base);
        this.align(node.alt ?? '', start + '!['.length, end, true);
        break;
      }
      case 'break':
        this.addJoin('\n');
        break;
      case 'html':
        if (LINE_BREAK_HTML.test(node.value)) this.addJoin('\n');
        this.onHtml(node);
        break;
      case 'footnoteReference':
        break;
      default:
        this.addPhrasing(node.children);
    }
  }

  private skipBackticks(offset: number): number {
    let at = offset;
    while (this.source[at] === '`') at++;
    return at;
  }

  /**
   * Appends a node's value, mapped onto source[from, to). The value is not a
   * plain slice of the source: escapes and character references are decoded
   * and continuation lines lose their indentation and `>` markers. So each
   * line of the value is placed on its own source line, and only a line that
   * differs from its source is aligned character by character.
   */
  private align(value: string, from: number, to: number, decoded: boolean): void {
    let at = from;
    let index = 0;
    for (;;) {
      const lineEnd = nextLineEnding(value, index, value.length);
      at = this.alignLine(value.slice(index, lineEnd), at, to, decoded);
      if (lineEnd === value.length) return;
      this.addJoin('\n');
      index = lineEnd + lineEndingLength(value, lineEnd);
      at = this.nextLineContent(at, to);
    }
  }

  /** Maps one line of a value starting near `at`; returns the source offset after it. */
  private alignLine(line: string, from: number, to: number, decoded: boolean): number {
    const { source } = this;
    if (from + line.length <= to && source.startsWith(line, from)) {
      if (line.length > 0) this.mapRun(line, from);
      return from + line.length;
    }
    let at = from;
    let limit = nextLineEnding(source, at, to);
    for (let index = 0; index < line.length; ) {
      const char = line[index] as string;
      // Code spans turn line endings into spaces.
      if (!decoded && char === ' ' && at === limit && at < to) {
        this.addJoin(' ');
        at = this.nextLineContent(at, to);
        limit = nextLineEnding(source, at, to);
        index++;
        continue;
      }
      const reference = decoded ? this.decodedReferenceLength(line, index, at, limit) : 0;
      if (reference > 0) {
        const width = isHighSurrogate(line.charCodeAt(index)) ? 2 : 1;
        this.mapRun(line.slice(index, index + width), at);
        index += width;
        at += reference;
        continue;
      }
      if (decoded && source[at] === '\\' && source[at + 1] === char && ASCII_PUNCTUATION.test(char)) at++;
      const found = source[at] === char ? at : source.indexOf(char, at);
      if (found !== -1 && found < limit) {
        this.mapRun(char, found);
        at = found + 1;
      } else {
        // Not in the source as written (an unusual decoding): keep it at the current place.
        this.mapRun(char, at);
      }
      index++;
    }
    return at;
  }

  /**
   * Length of a character reference (`&amp;`, `&#169;`) at source offset
   * `at` that the value holds decoded, else 0.
   */
  private decodedReferenceLength(line: string, index: number, at: number, limit: number): number {
    if (this.source[at] !== '&') return 0;
    CHARACTER_REFERENCE.lastIndex = at;
    const match = CHARACTER_REFERENCE.exec(this.source);
    if (!match || at + match[0].length > limit || line.startsWith(match[0], index)) return 0;
    return match[0].length;
  }

  /** Offset of the content on the source line after `at`, past indentation and blockquote markers. */
  private nextLineContent(at: number, to: number): number {
    const { source } = this;
    const lineEnd = nextLineEnding(source, at, to);
    if (lineEnd === to) return at;
    let next = lineEnd + lineEndingLength(source, lineEnd);
    while (next < to && (source[next] === ' ' || source[next] === '\t' || source[next] === '>')) next++;
    return next;
  }

  private mapRun(chars: string, offset: number): void {
    const textStart = this.text.length;
    this.text += chars;
    const last = this.segments[this.segments.length - 1];
    if (last && offset === this.runEnd && last.textStart + last.length === textStart) {
      last.length += chars.length;
    } else {
      this.segments.push({ textStart, length: chars.length, start: this.lines.point(offset) });
    }
    this.runEnd = offset + chars.length;
  }
}
