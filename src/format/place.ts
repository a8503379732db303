/**
 * A place as the plan's reader goes to it: in a PDF, the page and the line
 * on the page (`p.12:7`), since a PDF reader shows pages, not the document's
 * line count; elsewhere `line:column`.
 */
export function placeOf(place: { line: number; column: number; page?: number; pageLine?: number }): string {
  return place.page === undefined ? `${place.line}:${place.column}` : `p.${place.page}:${place.pageLine}`;
}
