import type { PdfPage } from './load.js';
import type { Line } from './layout.js';

/*
 * Running headers and footers ("Glenmuir Strategic Plan 2025–2028",
 * "Page 3 of 40") and page numbers are drawn on every page: read as plan
 * text they would split paragraphs that run on over a page, and a plan's
 * title repeated forty times would count as forty mentions. A line is page
 * furniture when it stands in the top or bottom margin band and either the
 * same text (numbers aside) stands at about the same height on other pages,
 * or it is a page number and the numbers go up from page to page.
 */

/** The margin bands: this share of the page's height at the top and at the bottom. */
const BAND = 0.1;
/** Repeated text counts as at the same height within this many PDF units (a point each). */
const SAME_HEIGHT = 6;
/** Text repeated in the margins on at least this share of the pages (and on two pages at least) runs through the document. */
const RUNNING_SHARE = 0.25;

const PAGE_NUMBER = /^(?:page )?(?:[-–—] ?)?(\d{1,4})(?: ?[-–—])?(?: ?(?:of|\/) ?\d{1,4})?$/i;

/** The lines of each page that are page furniture, by ordinal. */
export function findFurniture(pages: readonly PdfPage[], lines: readonly Line[][]): Set<number> {
  const furniture = new Set<number>();
  const inBand = lines.map((pageLines, index) => {
    const height = pages[index]!.height;
    return pageLines.filter((line) => line.y > height * (1 - BAND) || line.y < height * BAND);
  });
  const pagesWith = new Map<string, { page: number; y: number }[]>();
  inBand.forEach((band, page) => {
    for (const line of band) {
      const key = keyOf(line.text);
      const seen = pagesWith.get(key) ?? [];
      seen.push({ page, y: line.y });
      pagesWith.set(key, seen);
    }
  });
  const needed = Math.max(2, Math.ceil(RUNNING_SHARE * pages.length));
  const numbers: { line: Line; value: number }[] = [];
  inBand.forEach((band) => {
    for (const line of band) {
      const seen = pagesWith.get(keyOf(line.text)) ?? [];
      const samePlace = new Set(seen.filter((other) => Math.abs(other.y - line.y) <= SAME_HEIGHT).map((other) => other.page));
      if (samePlace.size >= needed) furniture.add(line.ordinal);
      const number = PAGE_NUMBER.exec(line.text.trim().replace(/\s+/g, ' '));
      if (number) numbers.push({ line, value: Number(number[1]) });
    }
  });
  // Page numbers: at least two, going up with the pages they stand on.
  const rising = numbers.every((entry, index) => {
    const before = numbers[index - 1];
    return !before || (entry.line.page > before.line.page && entry.value > before.value);
  });
  if (numbers.length >= 2 && rising) for (const entry of numbers) furniture.add(entry.line.ordinal);
  return furniture;
}

/** Running text as compared across pages: numbers (the page's own) aside, spacing and case ignored. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
