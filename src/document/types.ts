/**
 * The format-neutral model of a plan. Parsers (Markdown, Word) produce it;
 * analysis and rules only ever read it, so no rule knows which format a plan
 * was written in.
 */

export type DocumentFormat = 'markdown' | 'docx' | 'pdf';

export const DOCUMENT_TYPES = [
  'strategic-plan',
  'integration-scheme',
  'plan-review',
  'performance-report',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A point in the source: 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}

/**
 * Where a block or a finding stands. In Markdown, real line/column in the
 * file; in Word, `line` is the paragraph ordinal and `column` the character
 * offset within it; in a PDF, `line` is the text line's ordinal through the
 * document and `column` the offset within that line (docs/design.md,
 * "Document model").
 */
export interface SourceLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Titles of the headings above this place, outermost first. */
  sectionPath: string[];
}

/**
 * Maps a run of a block's plain text back to the source. Characters inside a
 * segment advance the column one by one; text between segments (joins the
 * parser inserted) maps to the next segment's start.
 */
export interface TextSegment {
  /** Index in `Block.text` where this run starts. */
  textStart: number;
  length: number;
  start: Point;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

/** Where a table cell sits. Row 0 is the header row when the table has one. */
export interface CellPosition {
  tableId: number;
  row: number;
  column: number;
  header: boolean;
}

export interface Block {
  /** Index in `PlanDocument.blocks` (document order). */
  id: number;
  kind: BlockKind;
  /** Plain text with inline markup removed; soft line breaks kept as '\n'. */
  text: string;
  loc: SourceLocation;
  segments: TextSegment[];
  /** Index in `PlanDocument.sections` of the innermost section holding it. */
  sectionIndex: number;
  /** Heading depth 1-6, for headings only. */
  depth?: number;
  /** For list items: the list they belong to (items of one list share it). */
  listId?: number;
  /** For list items: 1-based position within the list. */
  listIndex?: number;
  /** For ordered lists: the number the author wrote or the list implies. */
  ordinal?: number;
  cell?: CellPosition;
}

export interface Section {
  /** Index in `PlanDocument.sections`; 0 is the root (text before any heading). */
  index: number;
  /** Heading text without its number ("Carers" for "4.2 Carers"); '' for the root. */
  title: string;
  /** The heading as written ("4.2 Carers"). */
  heading: string;
  /** A leading section number such as "4.2", when the heading has one. */
  number?: string;
  /** Heading depth; 0 for the root. */
  depth: number;
  headingBlock?: number;
  parent?: number;
  children: number[];
  /** Blocks directly in this section (not in subsections), by id. */
  blockIds: number[];
  /** Titles of this section and its ancestors, outermost first (root excluded). */
  path: string[];
  /** First and last source line the section spans, subsections included. */
  startLine: number;
  endLine: number;
}

export interface Table {
  id: number;
  sectionIndex: number;
  loc: SourceLocation;
  /** Cell block ids by row, then column. */
  rows: number[][];
  hasHeader: boolean;
}

/** A comment in the source: an HTML comment in Markdown, a Word comment in .docx. */
export interface SourceComment {
  text: string;
  loc: SourceLocation;
  /**
   * Lines the comment is anchored to (Word comments anchor on a range of
   * paragraphs). Absent for Markdown comments, which act from where they stand.
   */
  anchor?: { startLine: number; endLine: number };
}

export interface PlanDocument {
  uri: string;
  format: DocumentFormat;
  /** Front matter title, else the first level-1 heading, else the first heading. */
  title?: string;
  /** Block id of the title heading, when the title comes from a heading. */
  titleBlock?: number;
  /**
   * The source marks no headings of its own (no Markdown `#` or setext
   * headings, no Word heading styles): its heading blocks, if any, are the
   * ones planlint inferred from numbered and title-like lines.
   */
  headingsInferred?: true;
  frontMatter: Record<string, unknown>;
  sections: Section[];
  blocks: Block[];
  tables: Table[];
  comments: SourceComment[];
  /** Number of lines (Markdown, PDF) or paragraphs (Word) in the source. */
  lineCount: number;
  /**
   * A PDF's pages, in order, by the document lines each holds: a page's
   * lines are `firstLine` to `firstLine + lineCount - 1`, so a line's page
   * and its line on that page are found from its ordinal (docs/design.md,
   * "Document model").
   */
  pages?: PageLines[];
}

/** The lines of one PDF page, running headers and footers included, in reading order. */
export interface PageLines {
  /** 1-based page number. */
  page: number;
  firstLine: number;
  lineCount: number;
}
