import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ISectionOptions,
  type IRunOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type { AlignType, List, ListItem, PhrasingContent, RootContent, Table as MdTable, TableCell as MdTableCell } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseFrontMatter } from '../src/parse/markdown/front-matter.js';
import remarkGfmProse from '../src/parse/markdown/remark-gfm-prose.js';

const processor = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml']).freeze();

/** Word's built-in "Heading N" styles; `#` is never Word's Title style, which readers do not take for a heading. */
const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word allows nine list levels (0-8). */
const LIST_LEVELS = 9;
/** Half an inch in twentieths of a point: Word's default list and quote indent step. */
const INDENT_STEP = 720;
const BULLETS = ['•', '◦', '▪'];
const BULLET_REFERENCE = 'bullet';
const LINE_BREAK_HTML = /^<br\s*\/?>$/i;

const CELL_ALIGNMENT: Record<Exclude<AlignType, null>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

type Block = Paragraph | Table;
type RunFormat = Pick<IRunOptions, 'bold' | 'italics' | 'strike'>;

/** Where a flow node stands: how deep in lists and in blockquotes. */
interface Place {
  /** Level of the innermost list item (0-based); -1 outside lists. */
  listLevel: number;
  quoteDepth: number;
}

const TOP: Place = { listLevel: -1, quoteDepth: 0 };

function levels(format: ILevelsOptions['format'], text: (level: number) => string, start: number): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    format,
    text: text(level),
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP / 2 } } },
  }));
}

/** Word sets a list's first number in its definition, so each start number an ordered list uses gets one. */
function decimalReference(start: number): string {
  return `decimal-from-${start}`;
}

/** A soft line break in Markdown is a space in Word, where lines wrap on their own. */
function unwrap(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/**
 * Walks an mdast tree in document order and emits Word blocks. Each list
 * gets its own numbering instance, so two lists never continue each other's
 * numbers, and each start number its own definition.
 */
class DocxWriter {
  readonly blocks: Block[] = [];
  private readonly decimalStarts = new Set<number>();
  private listInstances = 0;

  numbering(): NumberingDefinition[] {
    const bullet = { reference: BULLET_REFERENCE, levels: levels(LevelFormat.BULLET, (level) => BULLETS[level % BULLETS.length]!, 1) };
    const decimals = [...this.decimalStarts]
      .sort((a, b) => a - b)
      .map((start) => ({ reference: decimalReference(start), levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`, start) }));
    return [bullet, ...decimals];
  }

  writeFlow(nodes: readonly RootContent[], place: Place): void {
    for (const node of nodes) this.writeNode(node, place);
  }

  private writeNode(node: RootContent, place: Place): void {
    switch (node.type) {
      case 'heading':
        this.blocks.push(new Paragraph({ heading: HEADING_LEVELS[node.depth - 1], children: runs(node.children) }));
        break;
      case 'paragraph':
        this.blocks.push(new Paragraph({ children: runs(node.children), ...indentFor(place) }));
        break;
      case 'list':
        this.writeList(node, place);
        break;
      case 'table':
        this.blocks.push(table(node));
        break;
      case 'blockquote':
        this.writeFlow(node.children, { ...place, quoteDepth: place.quoteDepth + 1 });
        break;
      case 'footnoteDefinition':
        // planlint reads a footnote's text where the definition stands; the twin keeps it there.
        this.writeFlow(node.children, place);
        break;
      default:
        // HTML (comments included), code, thematic breaks, definitions and front matter hold no prose.
        break;
    }
  }

  private writeList(list: List, place: Place): void {
    const start = list.start ?? 1;
    if (list.ordered) this.decimalStarts.add(start);
    const reference = list.ordered ? decimalReference(start) : BULLET_REFERENCE;
    const instance = ++this.listInstances;
    const level = Math.min(place.listLevel + 1, LIST_LEVELS - 1);
    for (const item of list.children) this.writeListItem(item, { reference, instance, level }, { ...place, listLevel: level });
  }

  /** The item's first paragraph carries the number; what follows sits indented under it, in source order. */
  private writeListItem(item: ListItem, numbering: { reference: string; instance: number; level: number }, place: Place): void {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      this.blocks.push(new Paragraph({ children: runs(first.children), numbering }));
      this.writeFlow(rest, place);
    } else {
      // An item that opens with a list or a code block still shows its number, on an empty line.
      this.blocks.push(new Paragraph({ numbering }));
      this.writeFlow(item.children, place);
    }
  }
}

/** A list item's later paragraphs sit under its text; each blockquote steps in once more. */
function indentFor(place: Place): { indent?: { left: number } } {
  const steps = place.listLevel + 1 + place.quoteDepth;
  return steps === 0 ? {} : { indent: { left: INDENT_STEP * steps } };
}

function table(node: MdTable): Table {
  const width = Math.max(...node.children.map((row) => row.children.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, rowIndex) =>
        new TableRow({
          // Only the header row carries the mark: readers such as mammoth take even `w:val="off"` for a header.
          ...(rowIndex === 0 ? { tableHeader: true } : {}),
          // Word expects a full grid; GFM lets a row stop short.
          children: Array.from({ length: width }, (_, column) =>
            tableCell(row.children[column], node.align?.[column] ?? null, rowIndex === 0),
          ),
        }),
    ),
  });
}

function tableCell(cell: MdTableCell | undefined, align: AlignType, header: boolean): TableCell {
  const alignment = align ? { alignment: CELL_ALIGNMENT[align] } : {};
  return new TableCell({ children: [new Paragraph({ ...alignment, children: runs(cell?.children ?? [], header ? { bold: true } : {}) })] });
}

/** Runs of text whose characters are the block's plain text as planlint reads it from the Markdown. */
function runs(nodes: readonly PhrasingContent[], format: RunFormat = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [new TextRun({ text: unwrap(node.value), ...format })];
      case 'emphasis':
        return runs(node.children, { ...format, italics: true });
      case 'strong':
        return runs(node.children, { ...format, bold: true });
      case 'delete':
        return runs(node.children, { ...format, strike: true });
      case 'link':
      case 'linkReference':
        return runs(node.children, format);
      case 'image':
      case 'imageReference':
        return node.alt ? [new TextRun({ text: node.alt, ...format })] : [];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'html':
        return LINE_BREAK_HTML.test(node.value) ? [new TextRun({ break: 1 })] : [];
      default:
        // Footnote references are not part of the text planlint reads.
        return [];
    }
  });
}

/** How the page is laid out; by default one column and no running heads, as the Word twins are. */
export interface PageLayout {
  /** Newspaper-style columns over the whole document, as some partnerships lay out their summaries. */
  columns?: number;
  /** A running header, right-aligned on every page. */
  header?: string;
  /** A running footer on every page, followed by "Page N of M". */
  footer?: string;
}

/** Word's default gap between columns, half an inch in twentieths of a point. */
const COLUMN_GAP = 720;

function sectionFor(children: Block[], layout: PageLayout): ISectionOptions {
  const { columns, header, footer } = layout;
  return {
    ...(columns ? { properties: { column: { count: columns, space: COLUMN_GAP, equalWidth: true } } } : {}),
    ...(header === undefined
      ? {}
      : { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, text: header })] }) } }),
    ...(footer === undefined
      ? {}
      : {
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun(`${footer} | Page `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })],
                }),
              ],
            }),
          },
        }),
    children,
  };
}

/**
 * Compiles a Markdown plan to a Word document with the same prose: front
 * matter `title` becomes the core title and `documentType` a custom
 * property, as a Word author would record them.
 */
export async function markdownToDocx(markdown: string, layout: PageLayout = {}): Promise<Buffer> {
  const tree = processor.parse(markdown);
  const [first] = tree.children;
  const frontMatter = first?.type === 'yaml' ? parseFrontMatter(first.value, (first.position?.start.line ?? 1) + 1) : {};
  const writer = new DocxWriter();
  writer.writeFlow(tree.children, TOP);
  const { title, documentType } = frontMatter;
  const document = new Document({
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof documentType === 'string' ? { customProperties: [{ name: 'documentType', value: documentType }] } : {}),
    numbering: { config: writer.numbering() },
    sections: [sectionFor(writer.blocks, layout)],
  });
  return Packer.toBuffer(document);
}
