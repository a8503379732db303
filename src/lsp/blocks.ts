/**
 * Where a directive comment can stand for a finding, read from the Markdown
 * source alone. The editor asks for code actions at every move of the cursor,
 * so parsing the whole plan again for them would double the work of each
 * keystroke on a long plan; the few lines around a finding tell enough.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list item' | 'table row';

/** Where to put the comment that disables a rule for the block a finding stands in (0-based lines). */
export interface DisablePlace {
  kind: BlockKind;
  /**
   * `before`: a comment line inserted before `line`, after `prefix` (block
   * quote markers and indentation); `after`: comment lines inserted after
   * `line`, a heading's last; `inline`: a comment inside the table row at
   * `line`, `column`.
   */
  at: 'before' | 'after' | 'inline';
  line: number;
  column: number;
  prefix: string;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^( *)([-+*]|\d{1,9}[.)])( {1,4}|[ \t]*$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const HTML_START = /^ {0,3}</;
const QUOTE_PREFIX = /^(?: {0,3}> ?)+/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The line ending the document already uses, so that an edit does not mix two. */
export function lineEnding(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match?.[0] ?? '\n';
}

const blank = (line: string) => /^[ \t]*$/.test(line);
const quotePrefix = (line: string) => QUOTE_PREFIX.exec(line)?.[0] ?? '';
const inner = (line: string) => line.slice(quotePrefix(line).length);
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The column where a list item's content starts, which its continuation lines must reach. */
function contentColumn(line: string): number | undefined {
  const match = LIST_MARKER.exec(line);
  if (!match) return undefined;
  const [, indent = '', marker = '', gap = ''] = match;
  // A blank item, or one whose text starts in code (five spaces), continues one space after the marker.
  return indent.length + marker.length + (gap.trim() === '' && gap.length >= 1 && gap.length <= 4 && !/\t/.test(gap) ? gap.length : 1);
}

/** The line after the front matter, 0 when there is none: a file-wide directive goes there. */
export function afterFrontMatter(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  return close === -1 ? 0 : close + 1;
}

/** The heading whose text starts on `line`, if any: its last line (a setext heading ends on its underline). */
function headingEnd(lines: readonly string[], line: number): number | undefined {
  const text = inner(lines[line] ?? '');
  if (ATX_HEADING.test(text)) return line;
  if (blank(text) || LIST_MARKER.test(text)) return undefined;
  for (let next = line + 1; next < lines.length; next += 1) {
    const following = inner(lines[next]!);
    if (blank(following) || ATX_HEADING.test(following) || FENCE.test(following) || HTML_START.test(following)) return undefined;
    // `---` under a paragraph makes it a heading, as `===` does.
    if (SETEXT_UNDERLINE.test(following)) return next;
    if (LIST_MARKER.test(following)) return undefined;
  }
  return undefined;
}

/** A GFM table holds `line`: it is the header above a delimiter row, or a row below one in the same run of lines with pipes. */
function inTable(lines: readonly string[], line: number): boolean {
  // Split into cells rather than matched by one pattern, whose optional blanks around the pipes could backtrack.
  const delimiter = (text: string) => {
    const cells = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
    return text.includes('|') && text.includes('-') && cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
  };
  if (inner(lines[line]!).includes('|') && delimiter(inner(lines[line + 1] ?? ''))) return true;
  for (let row = line; row >= 0; row -= 1) {
    const text = inner(lines[row]!);
    if (delimiter(text)) return row < line;
    if (blank(text) || !text.includes('|')) return false;
  }
  return false;
}

/**
 * The first line of the paragraph or list item that holds `line`: the list
 * item's marker line when the line is the item's text, a lazy continuation of
 * it, or a later paragraph indented under it.
 */
function blockStart(lines: readonly string[], line: number): { start: number; item: boolean } {
  let start = line;
  for (;;) {
    const text = inner(lines[start]!);
    if (LIST_MARKER.test(text) && !SETEXT_UNDERLINE.test(text)) return { start, item: true };
    const above = start > 0 ? inner(lines[start - 1]!) : undefined;
    const stops = (text: string) => ATX_HEADING.test(text) || FENCE.test(text) || SETEXT_UNDERLINE.test(text) || text.trimStart().startsWith('<!--');
    if (above === undefined || stops(above)) return { start, item: false };
    if (!blank(above)) {
      start -= 1;
      continue;
    }
    // A paragraph after a blank line belongs to the item above when it is indented to the item's content.
    const indent = indentOf(text);
    let row = start - 1;
    while (row >= 0 && blank(inner(lines[row]!))) row -= 1;
    while (row >= 0 && indent > 0) {
      const candidate = inner(lines[row]!);
      const content = contentColumn(candidate);
      if (content !== undefined && content <= indent && indentOf(candidate) < indent) return { start: row, item: true };
      if (!blank(candidate) && indentOf(candidate) < indent && content === undefined) break;
      row -= 1;
    }
    return { start, item: false };
  }
}

/**
 * The indentation for a comment line before the list item on `line`: the
 * previous item's content column, so that the comment joins that item and
 * the list goes on; the item's own indentation when it is the first.
 */
function itemCommentIndent(lines: readonly string[], line: number): number {
  const marker = indentOf(inner(lines[line]!));
  let sawBlank = false;
  for (let row = line - 1; row >= 0; row -= 1) {
    const text = inner(lines[row]!);
    if (blank(text)) {
      sawBlank = true;
      continue;
    }
    if (ATX_HEADING.test(text) || FENCE.test(text) || SETEXT_UNDERLINE.test(text)) return marker;
    const indent = indentOf(text);
    const content = contentColumn(text);
    if (content !== undefined) {
      if (indent > marker) continue;
      // A sibling, or the parent item of a first nested item: the comment stands inside its content.
      return Math.min(content, marker + 3);
    }
    if (indent > marker) continue;
    // Text as far left as the item, after a blank line, is a block before the list.
    if (sawBlank) return marker;
  }
  return marker;
}

/** Where a comment disabling a rule for the finding on `line` (0-based) goes. */
export function disablePlace(lines: readonly string[], line: number): DisablePlace {
  const heading = headingEnd(lines, line);
  if (heading !== undefined) return { kind: 'heading', at: 'after', line: heading, column: 0, prefix: quotePrefix(lines[line]!) };
  const prefix = quotePrefix(lines[line] ?? '');
  if (inTable(lines, line)) {
    // A comment line between two rows would end the table, so it goes into the row's first cell.
    const text = lines[line]!;
    const column = /^(?: {0,3}> ?)*[ \t]*\|?[ \t]*/.exec(text)![0].length;
    return { kind: 'table row', at: 'inline', line, column, prefix };
  }
  const { start, item } = blockStart(lines, line);
  const startPrefix = quotePrefix(lines[start]!);
  if (!item) return { kind: 'paragraph', at: 'before', line: start, column: 0, prefix: startPrefix + ' '.repeat(indentOf(inner(lines[start]!))) };
  return { kind: 'list item', at: 'before', line: start, column: 0, prefix: startPrefix + ' '.repeat(itemCommentIndent(lines, start)) };
}
