import { InputError } from '../../document/input-error.js';
import type { PageLines, PlanDocument, TextSegment } from '../../document/types.js';
import { DocumentBuilder, type Range } from '../builder.js';
import { headingLine } from '../inferred-headings.js';
import { findFurniture } from './furniture.js';
import { loadPdf } from './load.js';
import { readLines, type Line, type LinePiece } from './layout.js';
import { findTables, type PdfTable } from './tables.js';
import { joinOf, wordsOf } from './text.js';

/**
 * Parses a PDF into the format-neutral document, reading paragraphs,
 * headings, lists and tables back from where the text stands on the page.
 * Locations follow docs/design.md: `line` is the text line's ordinal through
 * the document (running headers and footers counted, as a reader counts the
 * lines of a page), `column` 1 + the character offset within it, and the
 * document keeps each page's lines so that a finding gets its page.
 */
export async function parsePdf(bytes: Buffer, uri: string): Promise<PlanDocument> {
  const content = await loadPdf(bytes);
  if (content.pages.length === 0) throw new InputError('has no pages');
  if (content.pages.every((page) => page.items.length === 0)) {
    throw new InputError('has no text layer: it is a scan; run OCR or lint the source document');
  }
  const pageLines = readLines(content.pages);
  const furniture = findFurniture(content.pages, pageLines);
  const lines = pageLines.flat().filter((line) => !furniture.has(line.ordinal));
  const reader = new PdfReader(lines, content.taggedHeadings);
  reader.read();
  if (!reader.builder.blocks.some((block) => block.text.trim() !== '')) throw new InputError('has no text to lint');
  const pages: PageLines[] = [];
  let firstLine = 1;
  pageLines.forEach((onPage, index) => {
    pages.push({ page: index + 1, firstLine, lineCount: onPage.length });
    firstLine += onPage.length;
  });
  const built = reader.builder.finish(Math.max(1, firstLine - 1));
  const title = content.title ? { title: content.title } : {};
  // The title in the PDF's properties is the Word title it was exported from: the type is read from it as from a .docx's.
  return { uri, format: 'pdf', frontMatter: { ...title }, ...built, ...title, pages };
}

/** "•", "-", "–", "1.", "2)", "a)", "(iv)" opening a line, then a space. */
const LIST_MARKER = /^(?:[•●▪▫◦‣∙·○■□➢➤✓✔*\-–—]|\(?(\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s+/u;

/** A heading is set this much larger than the body text, or in a font of its own. */
const HEADING_SIZE = 1.15;
/** Longer than this, a paragraph in large type is a pull quote or a cover's blurb, not a heading. */
const HEADING_MOST_CHARS = 200;
const HEADING_MOST_LINES = 3;
/** A clause numbered in parts, "5.3 " or "11.2.1 ", then its text. */
const NUMBERED_CLAUSE = /^\d{1,3}(?:\.\d{1,3})+\.?\s+\S/;
/** A vertical gap this much wider than the usual leading between lines of the size opens a paragraph. */
const PARAGRAPH_GAP = 1.3;

interface Paragraph {
  lines: Line[];
  /** The list marker's length on the first line, when the paragraph is a list item. */
  marker?: { length: number; ordinal?: number; bullet: boolean };
}

class PdfReader {
  readonly builder = new DocumentBuilder();
  private readonly bodySize: number;
  private readonly bodyFont: string;
  /** The usual distance between baselines, as a multiple of the font size. */
  private readonly leading: number;
  private readonly headingRanks: Map<string, number>;
  private readonly useTags: boolean;
  /** The document's words, which tell a hyphen that breaks a word from one that belongs to it. */
  private readonly words: Map<string, number>;
  private list: { id: number; count: number; bullet: boolean } | undefined;

  constructor(
    private readonly lines: readonly Line[],
    tagged: boolean,
  ) {
    this.bodySize = mostCommon(lines.map((line) => [round(line.size), line.text.length]));
    this.bodyFont = mostCommon(lines.filter((line) => round(line.size) === this.bodySize).map((line) => [line.font, line.text.length]));
    this.leading = this.usualLeading();
    this.words = wordsOf(lines.map((line) => line.text));
    this.useTags = tagged && this.tagsAgree();
    this.headingRanks = this.rankHeadingStyles();
  }

  read(): void {
    const tables = findTables(this.lines, this.bodySize * this.leading);
    let index = 0;
    for (const table of tables) {
      this.readText(this.lines.slice(index, table.from));
      this.addTable(table);
      index = table.to;
    }
    this.readText(this.lines.slice(index));
  }

  private readText(lines: readonly Line[]): void {
    for (const paragraph of this.paragraphs(lines)) this.addParagraph(paragraph);
  }

  /** Lines into paragraphs: a new one at a wider gap, a change of size, font or tag, an indented first line, a list marker. */
  private paragraphs(lines: readonly Line[]): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    let current: Paragraph | undefined;
    for (const line of lines) {
      const marker = markerOf(line.text);
      if (current && !marker && this.continues(current, line)) {
        current.lines.push(line);
        continue;
      }
      current = { lines: [line], ...(marker ? { marker } : {}) };
      paragraphs.push(current);
    }
    return paragraphs;
  }

  private continues(paragraph: Paragraph, line: Line): boolean {
    const previous = paragraph.lines[paragraph.lines.length - 1]!;
    if (previous.tagged !== line.tagged && this.useTags) return false;
    if (Math.abs(previous.size - line.size) > 0.5 || previous.font !== line.font) return false;
    const ended = /[.!?:;]["”’)]?$/.test(previous.text);
    // Over a page or into the next column, a sentence left open runs on in lower case.
    if (previous.page !== line.page || previous.column !== line.column) return !ended && /^\p{Ll}/u.test(line.text);
    const gap = previous.y - line.y;
    if (gap <= 0 || gap > PARAGRAPH_GAP * this.leading * line.size) return false;
    // A numbered heading wrapped over lines ("3. Aims and outcomes of the" / "Integration Scheme") goes on under its number.
    if (line.size >= this.bodySize * HEADING_SIZE) return true;
    if (paragraph.marker) {
      // A list item's lines hang under its text, not under its marker.
      const first = paragraph.lines[0]!;
      if (first.page === line.page && first.column === line.column) return line.x0 > first.x0 + line.size / 2;
      // Carried over into another page or column: its lines go on where the carried-over line stands.
      return Math.abs(line.x0 - previous.x0) < line.size / 2;
    }
    if (line.x0 > previous.x0 + 0.8 * line.size) return false;
    // A numbered clause ("5.3 The IJB will…") after a finished sentence opens one of its own: schemes and plans
    // number their paragraphs, and a producer that leaves no space between paragraphs shows no other sign.
    if (ended && NUMBERED_CLAUSE.test(line.text)) return false;
    // A short line that ends a sentence ends its paragraph, where the producer left no space after it.
    const room = previous.right - previous.left;
    return !(ended && previous.x1 < previous.right - 0.15 * room);
  }

  private addParagraph(paragraph: Paragraph): void {
    const whole = joinLines(paragraph.lines.map((line) => ({ line, from: 0 })), this.words);
    if (whole.text.trim() === '') return;
    // A numbered heading keeps its number ("1. Introduction"), which a list item gives up as its marker.
    const depth = this.headingDepth(paragraph, whole.text);
    if (depth !== undefined) {
      this.list = undefined;
      this.builder.addHeading(depth, whole.text.replace(/\n/g, ' '), whole.segments, whole.range);
      return;
    }
    const skip = paragraph.marker?.length ?? 0;
    const { text, segments, range } = skip
      ? joinLines(paragraph.lines.map((line, index) => ({ line, from: index ? 0 : skip })), this.words)
      : whole;
    if (paragraph.marker) {
      const { bullet, ordinal } = paragraph.marker;
      if (!this.list || this.list.bullet !== bullet) this.list = { id: this.builder.newListId(), count: 0, bullet };
      this.list.count += 1;
      this.builder.addBlock('list-item', text, segments, range, {
        listId: this.list.id,
        listIndex: this.list.count,
        ...(ordinal === undefined ? {} : { ordinal }),
      });
      return;
    }
    this.list = undefined;
    this.builder.addBlock('paragraph', text, segments, range);
  }

  /**
   * A tagged PDF's H1..H6, where its tags agree with the type; else a
   * paragraph set larger than the body text, or a short heading-like line in
   * a font of its own (bold), or numbered in parts ("2.3 Carers"). Its depth
   * is its style's rank among the headings' styles, largest first.
   */
  private headingDepth(paragraph: Paragraph, text: string): number | undefined {
    const first = paragraph.lines[0]!;
    if (this.useTags) {
      return first.tagged !== undefined && paragraph.lines.every((line) => line.tagged === first.tagged) ? first.tagged : undefined;
    }
    if (!this.looksLikeHeading(paragraph, text)) return undefined;
    return Math.min(6, (this.headingRanks.get(styleOf(first, this.bodyFont)) ?? 0) + 1);
  }

  private looksLikeHeading(paragraph: Paragraph, text: string): boolean {
    if (paragraph.lines.length > HEADING_MOST_LINES || text.length > HEADING_MOST_CHARS) return false;
    const first = paragraph.lines[0]!;
    if (first.size >= this.bodySize * HEADING_SIZE) return true;
    if (paragraph.marker || paragraph.lines.length > 1) return false;
    const heading = headingLine(text);
    if (!heading) return false;
    return first.font !== this.bodyFont || heading.levels >= 2;
  }

  /** Heading styles by size, then those in a font of their own before those in the body's font. */
  private rankHeadingStyles(): Map<string, number> {
    const styles = new Map<string, { size: number; own: boolean }>();
    for (const paragraph of this.paragraphs(this.lines)) {
      const text = paragraph.lines.map((line) => line.text).join(' ');
      if (!this.looksLikeHeading(paragraph, text)) continue;
      const first = paragraph.lines[0]!;
      styles.set(styleOf(first, this.bodyFont), { size: round(first.size), own: first.font !== this.bodyFont });
    }
    const ranked = [...styles].sort(([, a], [, b]) => b.size - a.size || Number(b.own) - Number(a.own));
    return new Map(ranked.map(([key], index) => [key, index]));
  }

  /**
   * Tags agree with the text when the elements tagged as headings are set
   * apart from the body (larger, or in a font of their own) for the most
   * part: a producer that tags every line "H1", or none, is not followed.
   */
  private tagsAgree(): boolean {
    const tagged = this.lines.filter((line) => line.tagged !== undefined);
    if (tagged.length === 0) return false;
    const apart = tagged.filter((line) => round(line.size) > this.bodySize || line.font !== this.bodyFont);
    return apart.length * 2 >= tagged.length && tagged.length * 2 < this.lines.length;
  }

  private usualLeading(): number {
    const gaps: [number, number][] = [];
    for (let index = 1; index < this.lines.length; index++) {
      const [a, b] = [this.lines[index - 1]!, this.lines[index]!];
      if (a.page !== b.page || a.column !== b.column || round(a.size) !== this.bodySize || round(b.size) !== this.bodySize) continue;
      const gap = a.y - b.y;
      if (gap > 0 && gap < 3 * b.size) gaps.push([Math.round((gap / b.size) * 20) / 20, 1]);
    }
    return gaps.length ? mostCommon(gaps) : 1.2;
  }

  /** A table read row by row, each cell a block; the first row is its header, as in Word. */
  private addTable(table: PdfTable): void {
    this.list = undefined;
    const tableId = this.builder.nextTableId;
    const rows: number[][] = [];
    table.rows.forEach((row, rowIndex) => {
      const ids: number[] = [];
      row.forEach((cell, column) => {
        const here = row.find((pieces) => pieces.length)?.[0]?.line ?? table.lines[0]!;
        const joined = cell.length ? joinLines(cell, this.words, true) : { text: '', segments: [], range: emptyRange(here) };
        const block = this.builder.addBlock('table-cell', joined.text, joined.segments, joined.range, {
          cell: { tableId, row: rowIndex, column, header: rowIndex === 0 },
        });
        ids.push(block.id);
      });
      rows.push(ids);
    });
    const first = table.lines[0]!;
    const last = table.lines[table.lines.length - 1]!;
    this.builder.addTable(rows, { line: first.ordinal, column: 1, endLine: last.ordinal, endColumn: last.text.length + 1 }, true);
  }
}

/** Joins pieces of lines into a block's text, each piece a segment at its own line and column. */
function joinLines(
  pieces: readonly LinePiece[],
  words: ReadonlyMap<string, number>,
  inCell = false,
): { text: string; segments: TextSegment[]; range: Range } {
  let text = '';
  const segments: TextSegment[] = [];
  for (const { line, from, to } of pieces) {
    const raw = line.text.slice(from, to ?? line.text.length);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (!piece) continue;
    const last = segments[segments.length - 1];
    if (last) {
      const join = joinOf(text, piece, words, inCell);
      if (join === 'drop-hyphen') {
        text = text.slice(0, -1);
        last.length -= 1;
      } else text += join;
    }
    segments.push({ textStart: text.length, length: piece.length, start: { line: line.ordinal, column: from + lead + 1 } });
    text += piece;
  }
  const first = segments[0];
  const end = segments[segments.length - 1];
  const range: Range = first && end
    ? { line: first.start.line, column: first.start.column, endLine: end.start.line, endColumn: end.start.column + end.length }
    : emptyRange(pieces[0]!.line);
  return { text, segments, range };
}

function emptyRange(line: Line): Range {
  return { line: line.ordinal, column: 1, endLine: line.ordinal, endColumn: 1 };
}

function markerOf(text: string): Paragraph['marker'] {
  const match = LIST_MARKER.exec(text);
  if (!match || match[0].length >= text.length) return undefined;
  const number = match[1];
  const ordinal = number && /^\d+$/.test(number) ? { ordinal: Number(number) } : {};
  return { length: match[0].length, bullet: number === undefined, ...ordinal };
}

function styleOf(line: Line, bodyFont: string): string {
  return `${round(line.size)}|${line.font === bodyFont ? '' : line.font}`;
}

/** Sizes to the half point: producers scale type by small fractions. */
function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The value with the greatest weight. */
function mostCommon<Value>(entries: readonly [Value, number][]): Value {
  const weights = new Map<Value, number>();
  for (const [value, weight] of entries) weights.set(value, (weights.get(value) ?? 0) + weight);
  let best: Value | undefined;
  let most = -1;
  for (const [value, weight] of weights) {
    if (weight > most) {
      best = value;
      most = weight;
    }
  }
  return best as Value;
}
