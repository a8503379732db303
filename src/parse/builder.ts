import type { Block, PlanDocument, Section, SourceComment, SourceLocation, Table, TextSegment } from '../document/types.js';
import { splitHeadingNumber } from './heading-number.js';
import { headingLine, isFurniture, titleLine } from './inferred-headings.js';

export type BlockDetails = Pick<Block, 'depth' | 'listId' | 'listIndex' | 'ordinal' | 'cell'>;

/** A location before the section path is known: the builder adds the path of the section open at the time. */
export type Range = Omit<SourceLocation, 'sectionPath'>;

/**
 * Builds the format-neutral document in document order: every parser feeds
 * it headings, blocks, tables and comments, and it keeps the section tree,
 * so Markdown and Word plans get the same structure from the same rules.
 */
export class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly tables: Table[] = [];
  readonly comments: SourceComment[] = [];
  readonly sections: Section[];
  /** The current section and its ancestors, root first. */
  private readonly open: Section[];
  private listCount = 0;

  constructor() {
    const root: Section = { index: 0, title: '', heading: '', depth: 0, children: [], blockIds: [], path: [], startLine: 1, endLine: 1 };
    this.sections = [root];
    this.open = [root];
  }

  get current(): Section {
    return this.open[this.open.length - 1]!;
  }

  /** Opens a section for a heading and adds the heading's block to it. */
  addHeading(depth: number, text: string, segments: TextSegment[], range: Range): Block {
    while (this.current.depth >= depth) {
      const closed = this.open.pop()!;
      closed.endLine = Math.max(closed.startLine, range.line - 1);
    }
    const parent = this.current;
    const heading = text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
    const { title, number } = splitHeadingNumber(heading);
    const section: Section = {
      index: this.sections.length,
      title,
      heading,
      ...(number === undefined ? {} : { number }),
      depth,
      parent: parent.index,
      children: [],
      blockIds: [],
      path: [...parent.path, title],
      startLine: range.line,
      endLine: range.line,
    };
    parent.children.push(section.index);
    this.sections.push(section);
    this.open.push(section);
    const block = this.addBlock('heading', text, segments, range, { depth });
    section.headingBlock = block.id;
    return block;
  }

  addBlock(kind: Block['kind'], text: string, segments: TextSegment[], range: Range, details: BlockDetails = {}): Block {
    const section = this.current;
    const block: Block = { id: this.blocks.length, kind, text, loc: this.locate(range), segments, sectionIndex: section.index, ...details };
    this.blocks.push(block);
    section.blockIds.push(block.id);
    return block;
  }

  newListId(): number {
    return this.listCount++;
  }

  /** Registers a table whose cells were added as blocks, by row then column. */
  addTable(rows: number[][], range: Range, hasHeader: boolean): Table {
    const table: Table = { id: this.tables.length, sectionIndex: this.current.index, loc: this.locate(range), rows, hasHeader };
    this.tables.push(table);
    return table;
  }

  get nextTableId(): number {
    return this.tables.length;
  }

  addComment(text: string, range: Range, anchor?: SourceComment['anchor']): void {
    this.comments.push({ text, loc: this.locate(range), ...(anchor ? { anchor } : {}) });
  }

  locate(range: Range): SourceLocation {
    // Written out, not spread: V8 gives each object made by spreading and then adding a property
    // a hidden class of its own, which was a third of the memory of a plan at the size cap.
    const { line, column, endLine, endColumn } = range;
    return { line, column, endLine, endColumn, sectionPath: this.current.path };
  }

  /** Closes the sections still open at the end and returns the parts of the document. */
  finish(lineCount: number): Pick<PlanDocument, 'sections' | 'blocks' | 'tables' | 'comments' | 'lineCount' | 'title' | 'titleBlock' | 'headingsInferred'> {
    // A file with headings of its own (Markdown `#`, Word heading styles) keeps the structure its author gave it.
    const inferred = !this.blocks.some((block) => block.kind === 'heading');
    if (inferred) this.inferStructure();
    for (const section of this.open) section.endLine = Math.max(section.startLine, lineCount);
    this.comments.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    const { sections, blocks, tables, comments } = this;
    const structure = inferred ? { headingsInferred: true as const } : {};
    return { sections, blocks, tables, comments, lineCount, ...structure, ...this.headingTitle() };
  }

  /**
   * Reads the blocks again with the headings a reader sees in them: a first
   * line that is a title, numbered lines ("2.1 Our priorities", nesting by
   * their numbers) and short title-case or capital lines that open a
   * paragraph. Page furniture is left out: it belongs to no section.
   */
  private inferStructure(): void {
    const blocks = this.blocks.splice(0);
    const tables = this.tables.splice(0);
    const root = this.sections[0]!;
    root.children = [];
    root.blockIds = [];
    this.sections.length = 1;
    this.open.length = 1;
    const ids = new Map<number, number>();
    let titled = false;
    let first = true;
    blocks.forEach((block, index) => {
      const lines = block.text.split('\n');
      if (block.kind === 'paragraph' && lines.every(isFurniture)) return;
      const more = (line: number) => line < lines.length - 1 || index < blocks.length - 1;
      let from = 0;
      if (block.kind === 'paragraph' && first && titleLine(lines[0]!) && more(0)) {
        // The rest of the cover block (plan period, approval, publication) stays with the title, which backs nothing.
        this.addInferredHeading(1, block, 0, lines[0]!.length);
        titled = true;
        from = lines[0]!.length + 1;
      } else if (block.kind === 'paragraph') {
        for (let line = 0; line < lines.length && more(line); line++) {
          const heading = headingLine(lines[line]!);
          if (!heading) break;
          const depth = (heading.levels || 1) + (titled ? 1 : 0);
          this.addInferredHeading(depth, block, from, from + lines[line]!.length);
          from += lines[line]!.length + 1;
          // Numbered headings may stack ("3 Our priorities" over "3.1 Living well"); an unnumbered one opens one paragraph.
          if (heading.levels === 0) break;
        }
      }
      first = false;
      if (from > 0 && from >= block.text.length) return;
      const piece = from === 0 ? wholePiece(block) : slicePiece(block, from, block.text.length);
      ids.set(block.id, this.addBlock(block.kind, piece.text, piece.segments, piece.range, detailsOf(block)).id);
    });
    for (const table of tables) {
      const rows = table.rows.map((row) => row.map((id) => ids.get(id)!));
      const section = this.sections[this.blocks[rows[0]?.[0] ?? -1]?.sectionIndex ?? 0]!;
      this.tables.push({ ...table, rows, sectionIndex: section.index, loc: { ...table.loc, sectionPath: section.path } });
    }
  }

  private addInferredHeading(depth: number, block: Block, from: number, to: number): void {
    const piece = slicePiece(block, from, to);
    this.addHeading(depth, piece.text.trim(), piece.segments, piece.range);
  }

  /** The first level-1 heading, else the first heading: what a reader takes for the title. */
  private headingTitle(): Pick<PlanDocument, 'title' | 'titleBlock'> {
    const headings = this.blocks.filter((block) => block.kind === 'heading');
    const heading = headings.find((block) => block.depth === 1) ?? headings[0];
    if (!heading) return {};
    return { title: this.sections[heading.sectionIndex]?.title ?? heading.text, titleBlock: heading.id };
  }
}

interface Piece {
  text: string;
  segments: TextSegment[];
  range: Range;
}

function wholePiece(block: Block): Piece {
  const { line, column, endLine, endColumn } = block.loc;
  return { text: block.text, segments: block.segments, range: { line, column, endLine, endColumn } };
}

function detailsOf(block: Block): BlockDetails {
  const { depth, listId, listIndex, ordinal, cell } = block;
  const details = Object.entries({ depth, listId, listIndex, ordinal, cell }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(details);
}

/** A run of a block's text with its segments and range: a block split where a heading line opens it. */
function slicePiece(block: Block, from: number, to: number): Piece {
  const segments: TextSegment[] = [];
  for (const segment of block.segments) {
    const start = Math.max(segment.textStart, from);
    const end = Math.min(segment.textStart + segment.length, to);
    if (end <= start) continue;
    const point = { line: segment.start.line, column: segment.start.column + (start - segment.textStart) };
    segments.push({ textStart: start - from, length: end - start, start: point });
  }
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return { ...wholePiece(block), text: block.text.slice(from, to), segments };
  const range: Range = {
    line: first.start.line,
    column: first.start.column,
    endLine: last.start.line,
    endColumn: last.start.column + last.length,
  };
  return { text: block.text.slice(from, to), segments, range };
}
