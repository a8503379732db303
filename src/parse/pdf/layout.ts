import type { PdfItem, PdfPage } from './load.js';

/*
 * A PDF has no lines or paragraphs, only pieces of text drawn at places.
 * Lines are read back from the geometry: pieces on one baseline are a row;
 * a wide gap splits a row into runs (a table's cells, or two columns' lines
 * side by side); a page whose runs leave a clear gutter down the middle is
 * read as two columns, the left one first.
 */

/**
 * Pieces on one baseline are one row. Pieces side by side may sit higher by
 * this share of the smaller font size: a superscript (LibreOffice sets it at
 * 58% of the size, raised by a third of the text's size) stays on its line.
 */
const BASELINE_TOLERANCE = 0.6;
/**
 * Pieces apart (table cells, the two columns of a page) share a row only
 * within this share of the larger size: a 10-point line of one column and a
 * 16-point title in the other, 6 points apart, are two rows.
 */
const APART_TOLERANCE = 0.25;
/** A gap wider than this many font sizes splits a row into runs: no word space is this wide, a table's cell gap is. */
const RUN_GAP = 1.0;
/** A gap wider than this share of the font size between two pieces is a space the PDF did not draw. */
const SPACE_GAP = 0.2;
/** A piece that is only a list's bullet or number. */
const LIST_MARKER_ONLY = /^\s*(?:[•●▪▫◦‣∙·○■□➢➤✓✔*\-–—]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s*$/u;
/** Runs this wide or wider (a share of the page's text width) cross any gutter: titles, full-width paragraphs. */
const WIDE_RUN = 0.6;

/** Text on one baseline, pieces close enough to be read as one stretch. */
export interface Run {
  items: PdfItem[];
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  font: string;
  /** The depth of the tagged heading the run is in, when all of it is. */
  tagged?: number;
}

/** A line of text as a reader reads it: the runs of one row within one column. */
export interface Line {
  page: number;
  /** The line's ordinal through the document, 1-based. */
  ordinal: number;
  runs: Run[];
  /** The runs' text, joined by RUN_JOIN. */
  text: string;
  /** Where each run's text starts in `text`. */
  runStarts: number[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  font: string;
  /** 0 for a page of one column and for a left column, 1 for a right column, -1 for a line across both. */
  column: number;
  /** The left and right edges of the column the line is in. */
  left: number;
  right: number;
  tagged?: number;
}

/** A piece of a line: from a character offset, to the end or to `to`. */
export interface LinePiece {
  line: Line;
  from: number;
  to?: number;
}

/** Cells of a row are far apart on the page; in the line's text they are kept apart by more than a word space. */
export const RUN_JOIN = '   ';

/** Every page's lines in reading order, numbered through the document. */
export function readLines(pages: readonly PdfPage[]): Line[][] {
  let ordinal = 0;
  return pages.map((page) => {
    const lines = pageLines(page);
    for (const line of lines) line.ordinal = ++ordinal;
    return lines;
  });
}

function pageLines(page: PdfPage): Line[] {
  const rows = toRows(page.items).map(toRuns);
  const runs = rows.flat();
  if (runs.length === 0) return [];
  const left = Math.min(...runs.map((run) => run.x0));
  const right = Math.max(...runs.map((run) => run.x1));
  const gutter = findGutter(runs, left, right);
  const lines: Line[] = [];
  if (gutter === undefined) {
    for (const row of rows) lines.push(toLine(page.number, row, 0, left, right));
    return lines;
  }
  // Between lines that cross the gutter, the left column is read to its end, then the right one.
  let leftColumn: Line[] = [];
  let rightColumn: Line[] = [];
  const flush = (): void => {
    lines.push(...leftColumn, ...rightColumn);
    leftColumn = [];
    rightColumn = [];
  };
  for (const row of rows) {
    const onLeft = row.filter((run) => run.x1 <= gutter.from);
    const onRight = row.filter((run) => run.x0 >= gutter.to);
    if (onLeft.length + onRight.length < row.length) {
      flush();
      lines.push(toLine(page.number, row, -1, left, right));
      continue;
    }
    if (onLeft.length) leftColumn.push(toLine(page.number, onLeft, 0, left, gutter.from));
    if (onRight.length) rightColumn.push(toLine(page.number, onRight, 1, gutter.to, right));
  }
  flush();
  return lines;
}

/** Pieces by baseline, top of the page first, each row left to right. */
function toRows(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  let row: PdfItem[] = [];
  let baseline = Number.NaN;
  let size = 0;
  for (const item of sorted) {
    const shift = Math.abs(baseline - item.y);
    const sameRow =
      shift <= APART_TOLERANCE * Math.max(size, item.size) ||
      (shift <= BASELINE_TOLERANCE * Math.min(size, item.size) && row.some((other) => besides(other, item)));
    if (row.length && sameRow) {
      row.push(item);
      // The row's baseline is its main text's, not a superscript's.
      if (item.size > size) {
        baseline = item.y;
        size = item.size;
      }
      continue;
    }
    if (row.length) rows.push(row);
    row = [item];
    baseline = item.y;
    size = item.size;
  }
  if (row.length) rows.push(row);
  for (const each of rows) each.sort((a, b) => a.x - b.x);
  return rows;
}

/** Two pieces with no more than a word's width between them. */
function besides(a: PdfItem, b: PdfItem): boolean {
  const gap = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
  return gap <= Math.max(a.size, b.size);
}

function toRuns(row: readonly PdfItem[]): Run[] {
  const runs: Run[] = [];
  let current: PdfItem[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of row) {
    const previous = current[current.length - 1];
    // A piece drawn twice over itself (a producer's fake bold) is read once.
    if (previous && previous.text === item.text && Math.abs(previous.x - item.x) < 1) continue;
    // A list's bullet or number is set apart from its text by a tab: it is not a cell of its own.
    const marker = current.length === 1 && LIST_MARKER_ONLY.test(previous?.text ?? '') && /\p{L}/u.test(item.text);
    if (previous && !marker && item.x - end > RUN_GAP * Math.max(previous.size, item.size)) {
      runs.push(toRun(current));
      current = [];
    }
    current.push(item);
    end = Math.max(end, item.x + item.width);
  }
  if (current.length) runs.push(toRun(current));
  return runs;
}

function toRun(items: PdfItem[]): Run {
  let text = '';
  let end = Number.NaN;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > SPACE_GAP * item.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  const main = mainItem(items);
  const tagged = items.every((item) => item.tagged !== undefined && item.tagged === items[0]!.tagged) ? { tagged: items[0]!.tagged! } : {};
  return {
    items,
    text: text.trim(),
    x0: items[0]!.x,
    x1: Math.max(...items.map((item) => item.x + item.width)),
    y: main.y,
    size: main.size,
    font: main.font,
    ...tagged,
  };
}

/** The piece carrying most of the text: its size and font are the run's. */
function mainItem(items: readonly PdfItem[]): PdfItem {
  let best = items[0]!;
  for (const item of items) if (item.text.length > best.text.length) best = item;
  return best;
}

function toLine(page: number, runs: Run[], column: number, left: number, right: number): Line {
  const runStarts: number[] = [];
  let text = '';
  for (const run of runs) {
    if (text) text += RUN_JOIN;
    runStarts.push(text.length);
    text += run.text;
  }
  const main = runs.reduce((best, run) => (run.text.length > best.text.length ? run : best));
  const tagged = runs.every((run) => run.tagged !== undefined && run.tagged === runs[0]!.tagged) ? { tagged: runs[0]!.tagged! } : {};
  return {
    page,
    ordinal: 0,
    runs,
    text,
    runStarts,
    x0: runs[0]!.x0,
    x1: Math.max(...runs.map((run) => run.x1)),
    y: main.y,
    size: main.size,
    font: main.font,
    column,
    left,
    right,
    ...tagged,
  };
}

/**
 * A gutter: an empty strip down the middle of the page's text that the
 * narrower runs stay clear of, with column-wide text on both sides. A table
 * has gaps down the page too, but its cells are short: so both sides' runs
 * must mostly fill their half for the page to be read as columns.
 */
function findGutter(runs: readonly Run[], left: number, right: number): { from: number; to: number } | undefined {
  const width = right - left;
  if (width <= 0) return undefined;
  const narrow = runs.filter((run) => run.x1 - run.x0 < WIDE_RUN * width);
  const start = Math.floor(left + 0.3 * width);
  const end = Math.ceil(left + 0.7 * width);
  const covered = new Uint16Array(end - start + 1);
  for (const run of narrow) {
    for (let x = Math.max(start, Math.floor(run.x0)); x <= Math.min(end, Math.ceil(run.x1)); x++) covered[x - start]! += 1;
  }
  // The longest stretch of the middle that no narrow run crosses.
  let best: { from: number; to: number } | undefined;
  let from = -1;
  for (let index = 0; index <= covered.length; index++) {
    const free = index < covered.length && covered[index] === 0;
    if (free && from < 0) from = index;
    if (!free && from >= 0) {
      if (!best || index - from > best.to - best.from) best = { from: start + from, to: start + index - 1 };
      from = -1;
    }
  }
  if (!best) return undefined;
  const leftRuns = narrow.filter((run) => run.x1 <= best.from);
  const rightRuns = narrow.filter((run) => run.x0 >= best.to);
  if (leftRuns.length < 3 || rightRuns.length < 3) return undefined;
  const fills = (side: readonly Run[], room: number): boolean => median(side.map((run) => run.x1 - run.x0)) >= 0.5 * room;
  if (!fills(leftRuns, best.from - left) || !fills(rightRuns, right - best.to)) return undefined;
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
