import type { Html, List, ListItem, Nodes, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmProse from './remark-gfm-prose.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, PlanDocument } from '../../document/types.js';
import { DocumentBuilder, type BlockDetails, type Range } from '../builder.js';
import { parseFrontMatter } from './front-matter.js';
import { LineIndex } from './line-index.js';
import { type BlockText, rangeOf, TextBuilder } from './mdast-text.js';

const processor = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml']).freeze();

const BYTE_ORDER_MARK = '\uFEFF';
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

/** Walks an mdast tree in document order, feeding the document builder. */
class MarkdownReader {
  readonly builder = new DocumentBuilder();

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
  ) {}

  readFlow(nodes: RootContent[]): void {
    for (const node of nodes) this.readNode(node);
  }

  private readNode(node: RootContent): void {
    switch (node.type) {
      case 'heading': {
        const text = this.textOf([node.children]);
        this.builder.addHeading(node.depth, text.text, text.segments, this.rangeOf(node));
        break;
      }
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

  private readList(list: List): void {
    const listId = this.builder.newListId();
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
    const tableId = this.builder.nextTableId;
    const rows = table.children.map((row, rowIndex) =>
      row.children.map((cell, column) => {
        const cellPosition = { tableId, row: rowIndex, column, header: rowIndex === 0 };
        return this.addBlock('table-cell', cell, this.textOf([cell.children]), { cell: cellPosition }).id;
      }),
    );
    this.builder.addTable(rows, this.rangeOf(table), true);
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
      this.builder.addComment(text, this.rangeBetween(start, from));
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
    return this.builder.addBlock(kind, text.text, text.segments, this.rangeOf(node), details);
  }

  private rangeOf(node: Nodes): Range {
    const { start, end } = rangeOf(node);
    return this.rangeBetween(start, end);
  }

  private rangeBetween(startOffset: number, endOffset: number): Range {
    const start = this.lines.point(startOffset);
    const end = this.lines.point(endOffset);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
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
  const built = reader.builder.finish(lines.lineCount);
  // A title in the front matter names the plan; no heading is then the title.
  const title = typeof frontMatter.title === 'string' ? { title: frontMatter.title, titleBlock: undefined } : {};

  return { uri, format: 'markdown', frontMatter, ...built, ...title };
}
