import type { Block, PageLines, Point, SourceLocation } from './types.js';

/** The source point of a character index in a block's text. */
function pointAt(block: Block, index: number): Point {
  const { segments } = block;
  for (const segment of segments) {
    if (index < segment.textStart) return segment.start;
    if (index < segment.textStart + segment.length) {
      return { line: segment.start.line, column: segment.start.column + (index - segment.textStart) };
    }
  }
  const last = segments[segments.length - 1];
  if (!last) return { line: block.loc.line, column: block.loc.column };
  return { line: last.start.line, column: last.start.column + last.length };
}

/** The source range of `block.text.slice(start, end)`. */
export function locateSpan(block: Block, start: number, end: number): SourceLocation {
  const from = pointAt(block, start);
  // The end is exclusive: locate the last character, then step past it.
  const last = end > start ? pointAt(block, end - 1) : from;
  return {
    line: from.line,
    column: from.column,
    endLine: last.line,
    endColumn: end > start ? last.column + 1 : last.column,
    sectionPath: block.loc.sectionPath,
  };
}

/** Where a PDF line stands: its page and its line on that page. */
export interface PagePlace {
  page: number;
  pageLine: number;
}

/** The page and line on the page of a document line, for a document with pages (PDF). */
export function pageOf(pages: readonly PageLines[], line: number): PagePlace | undefined {
  let low = 0;
  let high = pages.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { firstLine, lineCount } = pages[middle]!;
    if (line < firstLine) high = middle - 1;
    else if (line >= firstLine + lineCount) low = middle + 1;
    else return { page: pages[middle]!.page, pageLine: line - firstLine + 1 };
  }
  return undefined;
}
