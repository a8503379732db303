import { formatBytes, InputError } from '../../document/input-error.js';

/**
 * Limits on the shape of a Markdown plan, checked by one linear pass over the
 * text before micromark sees it. micromark and the tree walks after it
 * recurse and copy per level of nesting: a 10,000-level block quote overflowed
 * the stack, and 100,000 nested list levels or 50,000 nested emphasis markers
 * ran for minutes. No plan nests anything near these limits; a file past one
 * is refused with one line saying which and where.
 */
export const SHAPE_LIMITS = {
  /** Levels of lists, of block quotes and of emphasis (each counted on its own). */
  depth: 100,
  /** Word's limit on a table's columns, so a plan moved between the two formats reads the same. */
  columns: 63,
  frontMatter: 64 * 1024,
  /**
   * Emphasis markers, and HTML comments opened, in one paragraph. micromark
   * looks back over the paragraph from every marker that may close emphasis,
   * and forward to its end from every "<!--" in running text: 8,000 of
   * either took seconds, 50,000 minutes.
   */
  perParagraph: 1000,
} as const;

const count = new Intl.NumberFormat('en-GB');

function tooDeep(what: string, depth: number, line: number): InputError {
  return new InputError(
    `nests ${what} ${count.format(depth)} levels deep (line ${count.format(line)}); planlint reads at most ${SHAPE_LIMITS.depth}`,
  );
}

function crowded(what: string, { depth, line }: Deepest): InputError {
  return new InputError(
    `has ${count.format(depth)} ${what} in one paragraph (line ${count.format(line)}); planlint reads at most ${count.format(SHAPE_LIMITS.perParagraph)}`,
  );
}

const SPACE = 0x20;
const TAB = 0x09;

/**
 * Throws an InputError for the first limit the text passes: front matter
 * over its size, then the deepest list, block quote or emphasis nesting, then
 * a table too wide. The counts are upper bounds that a real plan stays far
 * below: where the exact CommonMark reading would need a parse (a lazy
 * continuation line, an indented code block), the scan counts the deeper one.
 */
export function checkShape(source: string): void {
  checkFrontMatter(source);
  const scan = new ShapeScan();
  let start = 0;
  let line = 1;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    scan.line(source, start, end > start && source.charCodeAt(end - 1) === 0x0d ? end - 1 : end, line);
    start = end + 1;
    line += 1;
  }
  scan.report();
}

/** Front matter, found as micromark-extension-frontmatter finds it: a `---` first line up to the next `---` line. */
function checkFrontMatter(source: string): void {
  const open = /^---[ \t]*\r?\n/.exec(source);
  if (!open) return;
  const found = /^---[ \t]*(?:\r?\n|$)/m.exec(source.slice(open[0].length));
  if (!found) return;
  if (found.index > SHAPE_LIMITS.frontMatter) {
    throw new InputError(`has front matter of ${formatBytes(found.index)}; planlint reads at most ${formatBytes(SHAPE_LIMITS.frontMatter)}`);
  }
}

interface Deepest {
  depth: number;
  line: number;
}

/** An emphasis opener on the stack: its marker, and the deepest nesting closed inside it. */
interface Opener {
  marker: number;
  inner: number;
}

class ShapeScan {
  private readonly lists: Deepest = { depth: 0, line: 0 };
  private readonly quotes: Deepest = { depth: 0, line: 0 };
  private readonly emphasis: Deepest = { depth: 0, line: 0 };
  private widest = { columns: 0, line: 0 };
  /** The paragraph with the most emphasis markers, and the one with the most comments opened. */
  private readonly markers: Deepest = { depth: 0, line: 0 };
  private readonly comments: Deepest = { depth: 0, line: 0 };
  private paragraph = { line: 0, markers: 0, comments: 0 };
  /** Content columns of the list items open, innermost last. */
  private readonly items: number[] = [];
  /** Emphasis openers of the paragraph being read, innermost last, with how many of each marker. */
  private readonly openers: Opener[] = [];
  private readonly open = new Map<number, number>();
  private fence: { marker: number; length: number } | undefined;
  /** Lengths of backtick runs with no closing run on the line ending at `line`. */
  private unclosed = { line: -1, lengths: new Set<number>() };
  private afterBlank = true;

  line(source: string, from: number, to: number, line: number): void {
    let at = from;
    let column = 0;
    let quotes = 0;
    /** Content columns of the items this line opens, and the column of the first marker. */
    const markers: number[] = [];
    let firstMarker = 0;
    for (;;) {
      while (at < to && (source.charCodeAt(at) === SPACE || source.charCodeAt(at) === TAB)) {
        column = source.charCodeAt(at) === TAB ? column + 4 - (column % 4) : column + 1;
        at += 1;
      }
      if (at >= to) break;
      if (source.charCodeAt(at) === 0x3e /* > */) {
        quotes += 1;
        at += 1;
        column += 1;
        continue;
      }
      // Inside a fence only block quote markers are containers to skip.
      if (this.fence) break;
      const width = listMarkerWidth(source, at, to);
      if (width === 0) break;
      if (markers.length === 0) firstMarker = column;
      markers.push(column + width + 1);
      at += width;
      column += width;
    }
    if (this.fence) {
      if (closesFence(source, at, to, this.fence)) this.fence = undefined;
      return;
    }
    const blank = at >= to;
    if (markers.length > 0 && blank && isThematicBreak(source, from, to)) markers.length = 0;
    this.track(this.quotes, quotes, line);
    if (markers.length > 0) {
      // A list marker closes every item whose content starts to its right.
      while (this.items.length > 0 && this.items[this.items.length - 1]! > firstMarker) this.items.pop();
      this.items.push(...markers);
    } else if (!blank && this.afterBlank) {
      // After a blank line no lazy continuation can hold an item open: a line left of its content closes it.
      while (this.items.length > 0 && this.items[this.items.length - 1]! > column) this.items.pop();
    }
    this.track(this.lists, this.items.length, line);
    this.afterBlank = blank;
    if (blank) {
      this.closeParagraph();
      return;
    }
    const fence = fenceAt(source, at, to);
    if (fence) {
      this.closeParagraph();
      this.fence = fence;
      return;
    }
    if (this.paragraph.line === 0) this.paragraph.line = line;
    this.scanTableRow(source, at, to, line);
    this.scanInline(source, at, to, line);
  }

  /** Throws for the first limit passed, in the order front matter, lists, quotes, emphasis, tables. */
  report(): void {
    this.closeParagraph();
    if (this.lists.depth > SHAPE_LIMITS.depth) throw tooDeep('lists', this.lists.depth, this.lists.line);
    if (this.quotes.depth > SHAPE_LIMITS.depth) throw tooDeep('block quotes', this.quotes.depth, this.quotes.line);
    if (this.emphasis.depth > SHAPE_LIMITS.depth) throw tooDeep('emphasis', this.emphasis.depth, this.emphasis.line);
    if (this.markers.depth > SHAPE_LIMITS.perParagraph) throw crowded('emphasis markers', this.markers);
    if (this.comments.depth > SHAPE_LIMITS.perParagraph) throw crowded('HTML comments', this.comments);
    if (this.widest.columns > SHAPE_LIMITS.columns) {
      throw new InputError(
        `has a table ${count.format(this.widest.columns)} columns wide (line ${count.format(this.widest.line)}); planlint reads at most ${SHAPE_LIMITS.columns}, as Word does`,
      );
    }
  }

  private track(deepest: Deepest, depth: number, line: number): void {
    if (depth > deepest.depth) {
      deepest.depth = depth;
      deepest.line = line;
    }
  }

  /**
   * A table's width is fixed by its delimiter row (`|---|:--:|`): a line of
   * only pipes, dashes, colons and spaces with a dash and a pipe in it.
   */
  private scanTableRow(source: string, from: number, to: number, line: number): void {
    let pipes = 0;
    let dashes = false;
    for (let at = from; at < to; at += 1) {
      const char = source.charCodeAt(at);
      if (char === 0x7c /* | */) pipes += 1;
      else if (char === 0x2d /* - */) dashes = true;
      else if (char !== 0x3a /* : */ && char !== SPACE && char !== TAB) return;
    }
    if (pipes === 0 || !dashes) return;
    const columns = pipes + 1 - (source.charCodeAt(from) === 0x7c ? 1 : 0) - (lastNonSpace(source, from, to) === 0x7c ? 1 : 0);
    if (columns > this.widest.columns) this.widest = { columns, line };
  }

  /**
   * Emphasis nesting, by CommonMark's delimiter rules for `*`, `_` and `~`:
   * each marker character that can close pops the nearest opener of its kind
   * (openers of other kinds above it stay unmatched), and a matched pair is
   * one level deeper than the deepest pair closed inside it. Code spans and
   * backslash escapes are skipped; a paragraph ends at a blank line.
   */
  private scanInline(source: string, from: number, to: number, line: number): void {
    for (let at = from; at < to; ) {
      const char = source.charCodeAt(at);
      if (char === 0x5c /* \ */) {
        at += 2;
        continue;
      }
      if (char === 0x60 /* ` */) {
        at = this.skipCodeSpan(source, at, to);
        continue;
      }
      if (char === 0x3c /* < */ && source.startsWith('<!--', at)) {
        this.paragraph.comments += 1;
        at += '<!--'.length;
        continue;
      }
      if (char !== 0x2a /* * */ && char !== 0x5f /* _ */ && char !== 0x7e /* ~ */) {
        at += 1;
        continue;
      }
      let end = at;
      while (end < to && source.charCodeAt(end) === char) end += 1;
      const before = at > from ? source.charCodeAt(at - 1) : SPACE;
      const after = end < to ? source.charCodeAt(end) : SPACE;
      const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      const intraword = char === 0x5f;
      const canOpen = left && (!intraword || !right || isPunctuation(before));
      const canClose = right && (!intraword || !left || isPunctuation(after));
      if (canOpen || canClose) this.paragraph.markers += 1;
      let length = end - at;
      if (canClose) length = this.close(char, length, line);
      if (canOpen) for (let index = 0; index < length; index += 1) this.push(char);
      at = end;
    }
  }

  /**
   * Past a code span opened at `at`: to the end of the closing run of as many
   * backticks, or past the opening run alone. A run length that found no
   * closing run finds none further on the line either, so it is not searched
   * for again: lines of unmatched runs stay linear.
   */
  private skipCodeSpan(source: string, at: number, to: number): number {
    let end = at;
    while (end < to && source.charCodeAt(end) === 0x60) end += 1;
    const length = end - at;
    if (this.unclosed.line === to && this.unclosed.lengths.has(length)) return end;
    const run = source.slice(at, end);
    for (let close = source.indexOf(run, end); close !== -1 && close < to; ) {
      let after = close;
      while (after < to && source.charCodeAt(after) === 0x60) after += 1;
      if (after - close === length) return after;
      close = source.indexOf(run, after);
    }
    if (this.unclosed.line !== to) this.unclosed = { line: to, lengths: new Set() };
    this.unclosed.lengths.add(length);
    return end;
  }

  private push(marker: number): void {
    this.openers.push({ marker, inner: 0 });
    this.open.set(marker, (this.open.get(marker) ?? 0) + 1);
  }

  /** Closes up to `length` openers of `marker`; returns how many marker characters are left over. */
  private close(marker: number, length: number, line: number): number {
    let left = length;
    while (left > 0 && (this.open.get(marker) ?? 0) > 0) {
      const opener = this.pop();
      if (opener.marker !== marker) continue;
      const depth = opener.inner + 1;
      this.track(this.emphasis, depth, line);
      const outer = this.openers[this.openers.length - 1];
      if (outer) outer.inner = Math.max(outer.inner, depth);
      left -= 1;
    }
    return left;
  }

  /** The innermost opener, its inner depth passed to the one below, as an unmatched opener nests nothing. */
  private pop(): Opener {
    const opener = this.openers.pop()!;
    this.open.set(opener.marker, this.open.get(opener.marker)! - 1);
    const outer = this.openers[this.openers.length - 1];
    if (outer && opener.inner > outer.inner) outer.inner = opener.inner;
    return opener;
  }

  private closeParagraph(): void {
    const { line, markers, comments } = this.paragraph;
    if (markers > this.markers.depth) Object.assign(this.markers, { depth: markers, line });
    if (comments > this.comments.depth) Object.assign(this.comments, { depth: comments, line });
    this.paragraph = { line: 0, markers: 0, comments: 0 };
    this.openers.length = 0;
    this.open.clear();
  }
}

/** The width of a list marker at `at` (`-`, `*`, `+`, or up to nine digits and `.` or `)`), if a space or the line end follows. */
function listMarkerWidth(source: string, at: number, to: number): number {
  const width = bulletOrNumberWidth(source, at);
  if (width === 0 || (at + width < to && !isSpace(source.charCodeAt(at + width)))) return 0;
  return width;
}

function bulletOrNumberWidth(source: string, at: number): number {
  const char = source.charCodeAt(at);
  if (char === 0x2d || char === 0x2a || char === 0x2b) return 1;
  let digits = 0;
  while (digits < 10 && isDigit(source.charCodeAt(at + digits))) digits += 1;
  if (digits === 0 || digits > 9) return 0;
  const delimiter = source.charCodeAt(at + digits);
  return delimiter === 0x2e || delimiter === 0x29 ? digits + 1 : 0;
}

/** `- - -`, `***`, `_ _ _`: three or more of one marker and nothing else, which CommonMark reads as a rule, not lists. */
function isThematicBreak(source: string, from: number, to: number): boolean {
  let marker = 0;
  let marks = 0;
  for (let at = from; at < to; at += 1) {
    const char = source.charCodeAt(at);
    if (char === SPACE || char === TAB || char === 0x3e) continue;
    if (marker === 0) marker = char;
    if (char !== marker || (char !== 0x2d && char !== 0x2a && char !== 0x5f)) return false;
    marks += 1;
  }
  return marks >= 3;
}

function fenceAt(source: string, at: number, to: number): { marker: number; length: number } | undefined {
  const marker = source.charCodeAt(at);
  if (marker !== 0x60 && marker !== 0x7e) return undefined;
  let end = at;
  while (end < to && source.charCodeAt(end) === marker) end += 1;
  if (end - at < 3) return undefined;
  // A backtick fence's info string cannot hold a backtick; such a line is inline code.
  if (marker === 0x60 && source.slice(end, to).includes('`')) return undefined;
  return { marker, length: end - at };
}

function closesFence(source: string, at: number, to: number, fence: { marker: number; length: number }): boolean {
  let end = at;
  while (end < to && source.charCodeAt(end) === fence.marker) end += 1;
  if (end - at < fence.length) return false;
  for (; end < to; end += 1) if (!isSpace(source.charCodeAt(end))) return false;
  return true;
}

function lastNonSpace(source: string, from: number, to: number): number {
  for (let at = to - 1; at >= from; at -= 1) if (!isSpace(source.charCodeAt(at))) return source.charCodeAt(at);
  return 0;
}

function isSpace(char: number): boolean {
  return char === SPACE || char === TAB || char === 0x0a || char === 0x0d || char === 0xa0 || Number.isNaN(char);
}

function isDigit(char: number): boolean {
  return char >= 0x30 && char <= 0x39;
}

/** ASCII punctuation and the Unicode punctuation CommonMark's flanking rules name; symbols outside ASCII count as text here. */
function isPunctuation(char: number): boolean {
  if (char >= 0x21 && char <= 0x2f) return true;
  if (char >= 0x3a && char <= 0x40) return true;
  return (char >= 0x5b && char <= 0x60) || (char >= 0x7b && char <= 0x7e);
}
