import type { Line, LinePiece } from './layout.js';

/*
 * A table is read back from its geometry: consecutive lines of two or more
 * runs whose runs line up in columns. A line whose first run stands in the
 * first column opens a row; a line with text only in later columns (or only
 * in the first, within it) carries on the cells of the row above, as a
 * cell's text wraps. The first row is the header, as Word's tables are read.
 */

export interface PdfTable {
  /** The table's lines are `lines[from]` to `lines[to - 1]` of the lines searched. */
  from: number;
  to: number;
  lines: Line[];
  /** Each row's cells, each cell the pieces of lines it holds. */
  rows: LinePiece[][][];
}

/** A row more than this many leadings below the one above is not in the same table. */
const ROW_GAP = 2.5;

interface Column {
  x0: number;
  x1: number;
}

/** The tables among the lines, in order, none overlapping. */
export function findTables(lines: readonly Line[], leading: number): PdfTable[] {
  const tables: PdfTable[] = [];
  let index = 0;
  while (index < lines.length) {
    const table = lines[index]!.runs.length >= 2 ? tableFrom(lines, index, leading) : undefined;
    if (table) {
      const previous = tables[tables.length - 1];
      const carried = previous && carriedOver(previous, table);
      if (previous && carried) joinOn(previous, table, carried, lines);
      else tables.push(table);
      index = table.to;
    } else index += 1;
  }
  return tables;
}

function tableFrom(lines: readonly Line[], from: number, leading: number): PdfTable | undefined {
  const first = lines[from]!;
  const columns: Column[] = first.runs.map((run) => ({ x0: run.x0, x1: run.x1 }));
  const rows: LinePiece[][][] = [cellsOf(first, first.runs.map((_, index) => index))];
  let to = from + 1;
  let multiRunRows = 1;
  for (; to < lines.length; to++) {
    const line = lines[to]!;
    const above = lines[to - 1]!;
    if (line.page !== above.page || line.column !== above.column || above.y - line.y > ROW_GAP * leading) break;
    // A heading or a paragraph after the table: larger type, or text starting left of the first column.
    if (Math.abs(line.size - first.size) > 1 || line.x0 < columns[0]!.x0 - line.size) break;
    const placed = line.runs.map((run) => columnOf(columns, run.x0, run.x1));
    if (placed.some((column) => column < 0) || new Set(placed).size < placed.length) break;
    const opens = placed[0] === 0 && !carriesOn(rows[rows.length - 1]![0]!, line.runs[0]!.text);
    if (opens && line.runs.length === 1 && line.runs[0]!.x1 > columns[1]!.x0) break;
    const cells = cellsOf(line, placed, columns.length);
    if (opens && line.runs.length >= 2) {
      rows.push(cells);
      multiRunRows += 1;
    } else {
      const row = rows[rows.length - 1]!;
      cells.forEach((pieces, column) => row[column]!.push(...pieces));
    }
    line.runs.forEach((run, index) => {
      const column = columns[placed[index]!]!;
      column.x0 = Math.min(column.x0, run.x0);
      column.x1 = Math.max(column.x1, run.x1);
    });
  }
  if (multiRunRows < 2) return undefined;
  return { from, to, lines: lines.slice(from, to), rows };
}

/**
 * A table carried over onto the next page or column with its header row
 * repeated, as Word and LibreOffice repeat it, is the table it continues.
 * The text of a row the page broke reads as more lines of the repeated
 * header's cells: for each column, what follows the header's own text, or
 * `undefined` when the table does not repeat the header.
 */
function carriedOver(previous: PdfTable, table: PdfTable): LinePiece[][] | undefined {
  const last = previous.lines[previous.lines.length - 1]!;
  const first = table.lines[0]!;
  if (table.from !== previous.to || (first.page === last.page && first.column === last.column)) return undefined;
  const [header, repeated] = [previous.rows[0]!, table.rows[0]!];
  if (header.length !== repeated.length) return undefined;
  const carried: LinePiece[][] = [];
  for (const [column, cell] of repeated.entries()) {
    const own = textOf(header[column]!);
    let count = 0;
    while (count <= cell.length && textOf(cell.slice(0, count)) !== own) count += 1;
    if (count > cell.length) return undefined;
    carried.push(cell.slice(count));
  }
  return carried;
}

/** Adds a continued table's rows to the table it continues, the row the page broke joined again. */
function joinOn(previous: PdfTable, table: PdfTable, carried: readonly LinePiece[][], lines: readonly Line[]): void {
  const last = previous.rows[previous.rows.length - 1]!;
  carried.forEach((pieces, column) => last[column]!.push(...pieces));
  const [next, ...rest] = table.rows.slice(1);
  const firstCell = next?.[0] ?? [];
  const opening = firstCell[0] ? firstCell[0].line.text.slice(firstCell[0].from, firstCell[0].to) : '';
  if (next && (firstCell.length === 0 || carriesOn(last[0]!, opening))) next.forEach((pieces, column) => last[column]!.push(...pieces));
  else if (next) previous.rows.push(next);
  previous.rows.push(...rest);
  previous.to = table.to;
  previous.lines = lines.slice(previous.from, table.to);
}

function textOf(cell: readonly LinePiece[]): string {
  return cell.map(({ line, from, to }) => line.text.slice(from, to).trim()).join(' ');
}

/** Words a cell's line does not end on unless its text wraps onto the next line. */
const OPEN_END = /(?:[-–,]|\b(?:and|or|of|for|at|in|to|the|a|an|with|by|on|per|from))$/i;

/**
 * Whether a line starting with `text` in the first column carries on that
 * column's cell above rather than opening a row: row and wrapped line lie
 * about as far apart, so the words tell them apart. A cell's text wraps
 * onto a line starting in lower case, or after a line left open.
 */
function carriesOn(cell: readonly LinePiece[], text: string): boolean {
  const last = cell[cell.length - 1];
  if (!last) return false;
  const above = last.line.text.slice(last.from, last.to);
  return /^\p{Ll}/u.test(text) || OPEN_END.test(above.trim());
}

/** The column a run stands in: the one it overlaps most, else none. */
function columnOf(columns: readonly Column[], x0: number, x1: number): number {
  let best = -1;
  let most = 0;
  columns.forEach((column, index) => {
    const overlap = Math.min(x1, column.x1) - Math.max(x0, column.x0);
    if (overlap > most) {
      best = index;
      most = overlap;
    }
  });
  return best;
}

function cellsOf(line: Line, placed: readonly number[], width = placed.length): LinePiece[][] {
  const cells: LinePiece[][] = Array.from({ length: width }, () => []);
  line.runs.forEach((run, index) => {
    const from = line.runStarts[index]!;
    cells[placed[index]!]!.push({ line, from, to: from + run.text.length });
  });
  return cells;
}
