import type { Heading, Html, List, ListItem, Nodes, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmProse from './remark-gfm-prose.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, PlanDocument, Section, SourceComment, SourceLocation, Table } from '../document/types.js';
import { parseFrontMatter } from './front-matter.js';
import { splitHeadingNumber } from './heading-number.js';
import { LineIndex } from './line-index.js';
import { type BlockText, rangeOf, TextBuilder } from './mdast-text.js';

const processor = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml']).freeze();

const BYTE_ORDER_MARK = '\uFEFF';
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

type BlockDetails = Pick<Block, 'depth' | 'listId' | 'listIndex' | 'ordinal' | 'cell'>;

/** Walks an mdast tree in document order, building blocks, sections, tables and comments. */
class MarkdownReader {
  readonly blocks: Block[] = [];
  readonly tables: Table[] = [];
  readonly comments: SourceComment[] = [];
  readonly sections: Section[];
  /** The current section and its ancestors, root first. */
  private readonly open: Section[];
  private listCount = 0;

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
  ) {
    const root: Section = {
      index: 0,
      title: '',
      heading: '',
      depth: 0,
      children: [],
      blockIds: [],
      path: [],
      startLine: 1,
      endLine: 1,
    };
    this.sections = [root];
    this.open = [root];
  }

  readFlow(nodes: RootContent[]): void {
    for (const node of nodes) this.readNode(node);
  }

  /** Closes the sections still open at the end of the file. */
  finish(): void {
    for (const section of this.open) section.endLine = Math.max(section.startLine, this.lines.lineCount);
  }

  private get current(): Section {
    return this.open[this.open.length - 1] as Section;
  }

  private readNode(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        this.readHeading(node);
        break;
      case 'paragraph': {
        const text = this.textOf([node.children]);
        if (text.text !== '') this.addBlock('paragraph', node, text, {});
        break;
      }
      case 'list':
        this.readList(node);
        break;
      case 'table':
        this.readTable(node);
        break;
      case 'blockquote':
      case 'footnoteDefinition':
        this.readFlow(node.children);
        break;
      case 'html':
        this.readComments(node);
        break;
      default:
        // Code, thematic breaks, definitions and front matter hold no prose.
        break;
    }
  }

  private readHeading(node: Heading): void {
    const text = this.textOf([node.children]);
    const line = this.lines.point(rangeOf(node).start).line;
    const section = this.openSection(node.depth, text.text.replace(/\s*\n\s*/g, ' '), line);
    section.headingBlock = this.addBlock('heading', node, text, { depth: node.depth }).id;
  }

  private openSection(depth: number, heading: string, line: number): Section {
    while (this.current.depth >= depth) {
      const closed = this.open.pop() as Section;
      closed.endLine = Math.max(closed.startLine, line - 1);
    }
    const parent = this.current;
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
      startLine: line,
      endLine: line,
    };
    parent.children.push(section.index);
    this.sections.push(section);
    this.open.push(section);
    return section;
  }

  private readList(list: List): void {
    const listId = this.listCount++;
    list.children.forEach((item, index) => this.readListItem(item, list, listId, index));
  }

  /**
   * One block per item, holding the item's own paragraphs; nested lists and
   * other content follow as blocks of their own.
   */
  private readListItem(item: ListItem, list: List, listId: number, index: number): void {
    const paragraphs: PhrasingContent[][] = [];
    for (const child of item.children) if (child.type === 'paragraph') paragraphs.push(child.children);
    const ordinal = list.ordered ? { ordinal: (list.start ?? 1) + index } : {};
    this.addBlock('list-item', item, this.textOf(paragraphs), { listId, listIndex: index + 1, ...ordinal });
    for (const child of item.children) if (child.type !== 'paragraph') this.readNode(child);
  }

  private readTable(table: MdTable): void {
    const tableId = this.tables.length;
    const sectionIndex = this.current.index;
    const rows = table.children.map((row, rowIndex) =>
      row.children.map((cell, column) => {
        const cellPosition = { tableId, row: rowIndex, column, header: rowIndex === 0 };
        return this.addBlock('table-cell', cell, this.textOf([cell.children]), { cell: cellPosition }).id;
      }),
    );
    this.tables.push({ id: tableId, sectionIndex, loc: this.locOf(rangeOf(table)), rows, hasHeader: true });
  }

  /**
   * One node may hold several comments (`<!-- a --> <!-- b -->`). The text
   * comes from the node's value, which has blockquote markers removed; the
   * position from the source.
   */
  private readComments(node: Html): void {
    const { start: nodeStart, end } = rangeOf(node);
    let from = nodeStart;
    for (const match of node.value.matchAll(HTML_COMMENT)) {
      const start = this.source.indexOf('<!--', from);
      const close = start === -1 ? -1 : this.source.indexOf('-->', start + '<!--'.length);
      if (close === -1 || close >= end) return;
      from = close + '-->'.length;
      const text = (match[1] as string).replace(/\r\n?/g, '\n').trim();
      this.comments.push({ text, loc: this.locOf({ start, end: from }) });
    }
  }

  /** Plain text of one or more runs of phrasing content, joined by line breaks. */
  private textOf(runs: PhrasingContent[][]): BlockText {
    const builder = new TextBuilder(this.source, this.lines, (html) => this.readComments(html));
    runs.forEach((run, index) => {
      if (index > 0) builder.addJoin('\n');
      builder.addPhrasing(run);
    });
    return builder.result();
  }

  private addBlock(kind: Block['kind'], node: Nodes, text: BlockText, details: BlockDetails): Block {
    const section = this.current;
    const block: Block = {
      id: this.blocks.length,
      kind,
      text: text.text,
      loc: this.locOf(rangeOf(node)),
      segments: text.segments,
      sectionIndex: section.index,
      ...details,
    };
    this.blocks.push(block);
    section.blockIds.push(block.id);
    return block;
  }

  private locOf(range: { start: number; end: number }): SourceLocation {
    const start = this.lines.point(range.start);
    const end = this.lines.point(range.end);
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      sectionPath: this.current.path,
    };
  }
}

function documentTitle(reader: MarkdownReader, frontMatter: Record<string, unknown>): Pick<PlanDocument, 'title' | 'titleBlock'> {
  if (typeof frontMatter.title === 'string') return { title: frontMatter.title };
  const headings = reader.blocks.filter((block) => block.kind === 'heading');
  const heading = headings.find((block) => block.depth === 1) ?? headings[0];
  if (!heading) return {};
  return { title: reader.sections[heading.sectionIndex]?.title ?? heading.text, titleBlock: heading.id };
}

/**
 * Parses a Markdown plan into the format-neutral document model. Throws when
 * the front matter is not a valid YAML mapping.
 */
export function parseMarkdown(text: string, uri: string): PlanDocument {
  // Offsets from the parser count from after a byte order mark, and editors do not show it as a column.
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const tree = processor.parse(source);

  let frontMatter: Record<string, unknown> = {};
  const [first] = tree.children;
  if (first?.type === 'yaml') {
    frontMatter = parseFrontMatter(first.value, lines.point(rangeOf(first).start).line + 1);
  }

  const reader = new MarkdownReader(source, lines);
  reader.readFlow(tree.children);
  reader.finish();
  reader.comments.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);

  return {
    uri,
    format: 'markdown',
    ...documentTitle(reader, frontMatter),
    frontMatter,
    sections: reader.sections,
    blocks: reader.blocks,
    tables: reader.tables,
    comments: reader.comments,
    lineCount: lines.lineCount,
  };
}
