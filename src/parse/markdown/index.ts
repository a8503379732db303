import type { Html, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmProse from './remark-gfm-prose.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, PlanDocument } from '../../document/types.js';
import { DocumentBuilder, type BlockDetails, type Range } from '../builder.js';
import { parseFrontMatter } from './front-matter.js';
import type { Reused } from '../../document/reuse.js';
import remarkKnownLabels, { holdsOpenBracket, LabelBook, type Labels } from './labels.js';
import { LineIndex } from './line-index.js';
import { type BlockText, rangeOf, TextBuilder } from './mdast-text.js';
import { LONGEST_RUN, MINIMUM_SECTION, type SourceSection, sourceSections } from './sections.js';

/** The Markdown parser planlint reads plans with; given a label book, it resolves labels defined in other sections. */
export function markdownParser(labels?: LabelBook): (text: string) => Root {
  const processor = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml']);
  if (labels) processor.use(remarkKnownLabels, labels);
  const frozen = processor.freeze();
  return (text) => frozen.parse(text);
}

const BYTE_ORDER_MARK = '\uFEFF';

/** A list as read so far: a long list may come in several sections, and is one list all the same. */
interface ListReading {
  listId: number;
  /** Items read so far. */
  items: number;
  /** The number of an ordered list's first item. */
  start: number;
}

/** Walks mdast trees in document order, section by section, feeding the document builder. */
export class MarkdownReader {
  private readonly builder = new DocumentBuilder();
  private frontMatter: Record<string, unknown> = {};
  /** Where the section being read starts in the file: its nodes' offsets count from here. */
  private base = 0;
  /** The top-level list the last section read ended with. */
  private lastList: ListReading | undefined;

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
  ) {}

  readSection({ base, nodes, continuesList }: SourceSection): void {
    this.base = base;
    const [first] = nodes;
    if (base === 0 && first?.type === 'yaml') {
      this.frontMatter = parseFrontMatter(first.value, this.lines.point(rangeOf(first, 0).start).line + 1);
    }
    const carried = continuesList ? this.lastList : undefined;
    this.lastList = undefined;
    nodes.forEach((node, index) => {
      if (node.type !== 'list') this.readNode(node);
      else {
        const reading = this.readList(node, index === 0 ? carried : undefined);
        if (index === nodes.length - 1) this.lastList = reading;
      }
    });
  }

  /** The document, once every section has been read. */
  document(uri: string): PlanDocument {
    const { frontMatter } = this;
    const built = this.builder.finish(this.lines.lineCount);
    // A title in the front matter names the plan; no heading is then the title.
    const title = typeof frontMatter.title === 'string' ? { title: frontMatter.title, titleBlock: undefined } : {};
    return { uri, format: 'markdown', frontMatter, ...built, ...title };
  }

  private readFlow(nodes: RootContent[]): void {
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

  /** Reads a list, or the next items of one read in part already. */
  private readList(list: List, reading: ListReading = { listId: this.builder.newListId(), items: 0, start: list.start ?? 1 }): ListReading {
    for (const item of list.children) {
      this.readListItem(item, list.ordered === true, reading);
      reading.items += 1;
    }
    return reading;
  }

  /**
   * One block per item, holding the item's own paragraphs; nested lists and
   * other content follow as blocks of their own.
   */
  private readListItem(item: ListItem, ordered: boolean, { listId, items, start }: ListReading): void {
    const paragraphs: PhrasingContent[][] = [];
    for (const child of item.children) if (child.type === 'paragraph') paragraphs.push(child.children);
    const ordinal = ordered ? { ordinal: start + items } : {};
    this.addBlock('list-item', item, this.textOf(paragraphs), { listId, listIndex: items + 1, ...ordinal });
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
    const { start: nodeStart, end } = rangeOf(node, this.base);
    const { value } = node;
    let from = nodeStart;
    // Found with indexOf, not a lazy pattern: one that fails retries at every later "<!--", and an
    // HTML block opened and never closed, full of them, took half a minute.
    for (let open = value.indexOf('<!--'); open !== -1; ) {
      const shut = value.indexOf('-->', open + '<!--'.length);
      if (shut === -1) return;
      const start = this.source.indexOf('<!--', from);
      const close = start === -1 ? -1 : this.source.indexOf('-->', start + '<!--'.length);
      if (close === -1 || close >= end) return;
      from = close + '-->'.length;
      const text = value.slice(open + '<!--'.length, shut).replace(/\r\n?/g, '\n').trim();
      this.builder.addComment(text, this.rangeBetween(start, from));
      open = value.indexOf('<!--', shut + '-->'.length);
    }
  }

  /** Plain text of one or more runs of phrasing content, joined by line breaks. */
  private textOf(runs: PhrasingContent[][]): BlockText {
    const builder = new TextBuilder(this.source, this.lines, this.base, (html) => this.readComments(html));
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
    const { start, end } = rangeOf(node, this.base);
    return this.rangeBetween(start, end);
  }

  private rangeBetween(startOffset: number, endOffset: number): Range {
    const start = this.lines.point(startOffset);
    const end = this.lines.point(endOffset);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

/**
 * Reads the sections of a file in order. With a label book still learning,
 * a section may hold a reference to a label defined only further on; the
 * reading is then stale and must be done again with every label known.
 */
function readSections(
  source: string,
  lines: LineIndex,
  minimum: number,
  longest: number,
  labels?: LabelBook,
  kept?: Reused<string, KeptParse>,
): { reader: MarkdownReader; stale: boolean } {
  const reader = new MarkdownReader(source, lines);
  const parse = kept ? keptParser(kept, labels) : markdownParser(labels);
  let unresolved = false;
  let stale = false;
  for (const section of sourceSections(source, lines, parse, minimum, longest)) {
    if (labels && !labels.complete) {
      if (labels.learn() && unresolved) stale = true;
      unresolved ||= holdsOpenBracket(section.nodes);
    }
    // Once stale, the rest is parsed only to learn its labels.
    if (!stale) reader.readSection(section);
  }
  return { reader, stale };
}

/** A part of the file as parsed, and the labels the parse knew once done; both depend only on its key. */
export interface KeptParse {
  root: Root;
  labels?: Labels;
}

/**
 * The parser, answering from the parses kept from the last lint where it can.
 * A part's positions count from its own start, so its tree holds wherever it
 * has moved to. With labels, the tree depends on the labels known before it
 * too, and what it defined is learnt from the kept lists.
 */
function keptParser(kept: Reused<string, KeptParse>, labels: LabelBook | undefined): (text: string) => Root {
  const parse = markdownParser(labels);
  if (!labels) return (text) => kept.get(text, () => ({ root: parse(text) })).root;
  return (text) => {
    const found = kept.get(`${labels.key()}\u0003${text}`, () => ({ root: parse(text), labels: labels.defined() }));
    labels.recall(found.labels!);
    return found.root;
  };
}

/**
 * Parses a Markdown plan into the format-neutral document model. Throws when
 * the front matter is not a valid YAML mapping. `minimumSection` is the
 * least text parsed on its own; tests set 0 to split at every heading.
 * `longestRun` is the longest run without a heading parsed whole; tests set 0
 * to split it at every top-level block and list item too. `kept` holds the
 * parses of an earlier lint of the same document, used again where a part's
 * text is unchanged.
 */
export function parseMarkdown(
  text: string,
  uri: string,
  minimumSection = MINIMUM_SECTION,
  longestRun = LONGEST_RUN,
  kept?: Reused<string, KeptParse>,
): PlanDocument {
  // Offsets from the parser count from after a byte order mark, and editors do not show it as a column.
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const lines = new LineIndex(source);
  // A definition is written `[label]:`; a file without one has no label a section could take from another.
  const labels = source.includes(']:') ? new LabelBook() : undefined;
  const first = readSections(source, lines, minimumSection, longestRun, labels, kept);
  if (!first.stale || !labels) return first.reader.document(uri);
  labels.complete = true;
  return readSections(source, lines, minimumSection, longestRun, labels, kept).reader.document(uri);
}
