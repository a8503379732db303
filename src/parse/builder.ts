import type { Block, PlanDocument, Section, SourceComment, SourceLocation, Table, TextSegment } from '../document/types.js';
import { splitHeadingNumber } from './heading-number.js';

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
    const heading = text.replace(/\s*\n\s*/g, ' ');
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
  finish(lineCount: number): Pick<PlanDocument, 'sections' | 'blocks' | 'tables' | 'comments' | 'lineCount' | 'title' | 'titleBlock'> {
    for (const section of this.open) section.endLine = Math.max(section.startLine, lineCount);
    this.comments.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    const { sections, blocks, tables, comments } = this;
    return { sections, blocks, tables, comments, lineCount, ...this.headingTitle() };
  }

  /** The first level-1 heading, else the first heading: what a reader takes for the title. */
  private headingTitle(): Pick<PlanDocument, 'title' | 'titleBlock'> {
    const headings = this.blocks.filter((block) => block.kind === 'heading');
    const heading = headings.find((block) => block.depth === 1) ?? headings[0];
    if (!heading) return {};
    return { title: this.sections[heading.sectionIndex]?.title ?? heading.text, titleBlock: heading.id };
  }
}
