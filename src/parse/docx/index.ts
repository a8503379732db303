import type { PlanDocument, TextSegment } from '../../document/types.js';
import { InputError } from '../../document/input-error.js';
import { DocumentBuilder, type Range } from '../builder.js';
import { readDocumentXml, type XmlParagraph } from './document-xml.js';
import { paragraphText, readWithMammoth, type MammothDocument, type MammothElement } from './mammoth-tree.js';
import { openDocxPackage } from './package.js';
import { ParagraphAligner } from './align.js';
import { headingDepth, readNumberingStarts, readProperties, readStyles, type WordStyle } from './parts.js';


export interface DocxLimits {
  /** Cap on the bytes the package inflates to, all its parts together. */
  maxInflatedSize: number;
  /** Cap on the bytes its XML parts inflate to together; the total cap when not given. */
  maxXmlSize?: number;
}

/** One paragraph as placed: its text and where it stands in word/document.xml. */
interface Placed {
  text: string;
  /** Where each stretch of the text stands; several when tracked changes joined paragraphs. */
  parts: { start: number; length: number; ordinal: number }[];
  xml?: XmlParagraph;
  notes: MammothElement[];
}

/**
 * Parses a Word plan into the format-neutral document. Locations follow
 * docs/design.md: `line` is the paragraph's ordinal in word/document.xml and
 * `column` is 1 + the character offset within the paragraph.
 */
export async function parseDocx(buffer: Buffer, uri: string, limits: DocxLimits): Promise<PlanDocument> {
  const pkg = await openDocxPackage(buffer, limits.maxInflatedSize, limits.maxXmlSize);
  const [documentXml, stylesXml, numberingXml, coreXml, customXml] = await Promise.all(
    ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/custom.xml'].map((name) => pkg.read(name)),
  );
  const xml = readDocumentXml(documentXml ?? '');
  const tree = await readWithMammoth(buffer);
  const reader = new WordReader(tree, xml.paragraphs, readStyles(stylesXml), readNumberingStarts(numberingXml));
  reader.readBody(tree.children);
  reader.readComments(tree.comments, xml.comments);
  if (!reader.builder.blocks.some((block) => block.text.trim() !== '')) throw new InputError('has no text to lint');

  const properties = readProperties(coreXml, customXml);
  const built = reader.builder.finish(Math.max(1, xml.paragraphs.length));
  const title = typeof properties.title === 'string' ? { title: properties.title, titleBlock: undefined } : {};
  return { uri, format: 'docx', frontMatter: properties, ...built, ...title };
}

class WordReader {
  readonly builder = new DocumentBuilder();
  private readonly aligner: ParagraphAligner;
  /** Open lists by numbering id and level; any other paragraph closes them all. */
  private lists = new Map<string, { listId: number; count: number }>();
  /**
   * Word's own count by numbering id and level: it carries on across other
   * paragraphs, and an item at a shallower level restarts the deeper ones.
   */
  private counters = new Map<string, number>();

  constructor(
    private readonly tree: MammothDocument,
    paragraphs: XmlParagraph[],
    private readonly styles: Map<string, WordStyle>,
    private readonly numberingStart: (numId: string, level: number) => number,
  ) {
    this.aligner = new ParagraphAligner(paragraphs);
  }

  readBody(elements: readonly MammothElement[]): void {
    for (const element of elements) {
      if (element.type === 'paragraph') this.readParagraph(element);
      else if (element.type === 'table') this.readTable(element);
    }
  }

  private place(paragraph: MammothElement): Placed {
    const notes: MammothElement[] = [];
    const text = paragraphText(paragraph, notes);
    const twins = this.aligner.align(text);
    const parts = twins.length ? partsOf(text, twins) : [{ start: 0, length: text.length, ordinal: this.aligner.lastOrdinal }];
    return { text, parts, ...(twins[0] ? { xml: twins[0] } : {}), notes };
  }

  private readParagraph(paragraph: MammothElement): void {
    const placed = this.place(paragraph);
    const { text, xml } = placed;
    const depth = headingDepth(this.styles, xml?.styleId ?? paragraph.styleId ?? undefined, xml?.outlineLevel);
    const numId = xml?.numId && xml.numId !== '0' ? xml.numId : undefined;
    if (text.trim() === '') return;
    if (depth !== undefined) {
      this.lists.clear();
      this.builder.addHeading(depth, text, segmentsOf([placed]), rangeOf([placed]));
    } else if (numId !== undefined || paragraph.numbering) {
      this.addListItem(placed, paragraph, numId ?? 'unnumbered');
    } else {
      this.lists.clear();
      this.builder.addBlock('paragraph', text, segmentsOf([placed]), rangeOf([placed]));
    }
    this.addNotes(placed);
  }

  /**
   * Items of one numbering at one level form a list, as consecutive items of
   * a Markdown list do; a deeper level is a nested list, and an ordinary
   * paragraph ends them all.
   */
  private addListItem(placed: Placed, paragraph: MammothElement, numId: string): void {
    const level = placed.xml?.level ?? Number(paragraph.numbering?.level ?? 0);
    for (const key of this.lists.keys()) {
      const [id, keyLevel] = key.split(':');
      if (id !== numId || Number(keyLevel) > level) this.lists.delete(key);
    }
    const key = `${numId}:${level}`;
    const list = this.lists.get(key) ?? { listId: this.builder.newListId(), count: 0 };
    list.count += 1;
    this.lists.set(key, list);
    const number = this.count(numId, level, list.count);
    const ordinal = paragraph.numbering?.isOrdered ? { ordinal: number } : {};
    this.builder.addBlock('list-item', placed.text, segmentsOf([placed]), rangeOf([placed]), {
      listId: list.listId,
      listIndex: list.count,
      ...ordinal,
    });
  }

  /**
   * The number Word gives an item (bullets are counted too, as they restart
   * deeper levels); without the numbering id from document.xml, its place in its list.
   */
  private count(numId: string, level: number, listIndex: number): number {
    const start = this.numberingStart(numId, level);
    if (numId === 'unnumbered') return start + listIndex - 1;
    for (const key of this.counters.keys()) {
      const [id, keyLevel] = key.split(':');
      if (id === numId && Number(keyLevel) > level) this.counters.delete(key);
    }
    const key = `${numId}:${level}`;
    const count = (this.counters.get(key) ?? start - 1) + 1;
    this.counters.set(key, count);
    return count;
  }

  /** Footnotes are plan text (data sources are often cited there); they stand where they are cited. */
  private addNotes(placed: Placed): void {
    for (const reference of placed.notes) {
      const note = this.tree.notes.resolve({ noteType: reference.noteType ?? 'footnote', noteId: reference.noteId ?? '' });
      const text = (note?.body ?? []).map((paragraph) => paragraphText(paragraph)).join('\n').trim();
      if (!text) continue;
      const at = { text, parts: [{ start: 0, length: text.length, ordinal: placed.parts[0]!.ordinal }], notes: [] };
      this.builder.addBlock('paragraph', text, segmentsOf([at]), rangeOf([at]));
    }
  }

  /**
   * Cells become blocks on the table's grid: a cell spanning columns or rows
   * fills every grid place it covers, so header lookups by column hold.
   */
  private readTable(table: MammothElement): void {
    this.lists.clear();
    const tableId = this.builder.nextTableId;
    const grid: number[][] = [];
    const placedInTable: Placed[] = [];
    (table.children ?? []).forEach((row, rowIndex) => {
      const gridRow = (grid[rowIndex] ??= []);
      let column = 0;
      for (const cell of row.children ?? []) {
        while (gridRow[column] !== undefined) column += 1;
        const placed = this.cellParagraphs(cell);
        placedInTable.push(...placed);
        const text = placed.map((paragraph) => paragraph.text).join('\n');
        const range = rangeOf(placed.length ? placed : [this.emptyHere()]);
        const block = this.builder.addBlock('table-cell', text, segmentsOf(placed), range, {
          cell: { tableId, row: rowIndex, column, header: rowIndex === 0 },
        });
        for (let down = 0; down < (cell.rowSpan ?? 1); down += 1) {
          const spanned = (grid[rowIndex + down] ??= []);
          for (let across = 0; across < (cell.colSpan ?? 1); across += 1) spanned[column + across] = block.id;
        }
        for (const paragraph of placed) this.addNotes(paragraph);
        column += cell.colSpan ?? 1;
      }
    });
    const rows = grid.map((row) => Array.from(row, (id) => id ?? -1).filter((id) => id >= 0));
    this.builder.addTable(rows, rangeOf(placedInTable.length ? placedInTable : [this.emptyHere()]), true);
  }

  /** Where something with no paragraph of its own stands: at the last paragraph placed. */
  private emptyHere(): Placed {
    return { text: '', parts: [{ start: 0, length: 0, ordinal: this.aligner.lastOrdinal }], notes: [] };
  }

  /** A cell's paragraphs, those of tables nested in it included, in order. */
  private cellParagraphs(cell: MammothElement): Placed[] {
    const placed: Placed[] = [];
    const visit = (element: MammothElement): void => {
      if (element.type === 'paragraph') placed.push(this.place(element));
      else for (const child of element.children ?? []) visit(child);
    };
    for (const child of cell.children ?? []) visit(child);
    return placed;
  }

  /**
   * Word comments, anchored on the paragraphs their range covers: this is
   * how a reviewer's `planlint-disable` comment silences findings in Word.
   */
  readComments(comments: readonly MammothElement[], anchors: ReturnType<typeof readDocumentXml>['comments']): void {
    for (const comment of comments) {
      const text = (comment.body ?? []).map((paragraph) => paragraphText(paragraph)).join('\n').trim();
      const anchor = anchors.get(comment.commentId ?? '');
      const startLine = anchor?.startLine ?? anchor?.referenceLine;
      if (!text || startLine === undefined) continue;
      const endLine = Math.max(startLine, anchor?.endLine ?? anchor?.referenceLine ?? startLine);
      this.builder.addComment(text, { line: startLine, column: 1, endLine: startLine, endColumn: 1 }, { startLine, endLine });
    }
  }
}

/** Splits joined text over the paragraphs it came from, by the length of each one's own text. */
function partsOf(text: string, twins: readonly XmlParagraph[]): Placed['parts'] {
  let start = 0;
  return twins.map((twin, index) => {
    const length = index === twins.length - 1 ? text.length - start : Math.min(twin.text.length, text.length - start);
    const part = { start, length, ordinal: twin.ordinal };
    start += length;
    return part;
  });
}

/** Each paragraph maps its text to column 1 onwards of its own line; a cell's paragraphs are joined by '\n'. */
function segmentsOf(paragraphs: readonly Placed[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let base = 0;
  for (const paragraph of paragraphs) {
    for (const part of paragraph.parts) {
      segments.push({ textStart: base + part.start, length: part.length, start: { line: part.ordinal, column: 1 } });
    }
    base += paragraph.text.length + 1;
  }
  return segments;
}

function rangeOf(paragraphs: readonly Placed[]): Range {
  const first = paragraphs[0]!.parts[0]!;
  const last = paragraphs[paragraphs.length - 1]!.parts.at(-1)!;
  return { line: first.ordinal, column: 1, endLine: last.ordinal, endColumn: last.length + 1 };
}

