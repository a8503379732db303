import { InputError } from '../../document/input-error.js';

/**
 * A PDF bomb is a small file that asks for a great deal of work: thousands
 * of pages, or a page drawn from millions of text pieces. The longest
 * published plans and performance reports run to a few hundred pages, and a
 * dense page of a table in small type is a few thousand pieces of text.
 */
export const MAX_PAGES = 2000;
export const MAX_ITEMS_PER_PAGE = 50_000;

/** A run of text as pdf.js places it: upright, in PDF units from the page's bottom left. */
export interface PdfItem {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size: the text's height in PDF units. */
  size: number;
  /** pdf.js's name for the font, the same for every piece in one font of the document. */
  font: string;
  /** The depth of the tagged heading (H1..H6) the piece belongs to, in a tagged PDF. */
  tagged?: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfContent {
  pages: PdfPage[];
  /** The document's title from its properties, when it has one. */
  title?: string;
  /** Whether the PDF is tagged and its tags mark headings. */
  taggedHeadings: boolean;
}

/** pdf.js's own complaints about a file it cannot read, by the names its exceptions carry. */
const DAMAGED = new Set([
  'InvalidPDFException',
  'FormatError',
  'UnknownErrorException',
  'XRefParseException',
  'XRefEntryException',
  'ParserEOFException',
  'MissingDataException',
  'ResponseException',
]);

const ERRORS_ONLY = 0;

/** Reads the text of a PDF, each page's pieces with their places; throws InputError for a file pdf.js cannot read. */
export async function loadPdf(bytes: Buffer): Promise<PdfContent> {
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js takes the bytes over: it gets a copy, so the caller's buffer stays whole.
  const data = new Uint8Array(bytes);
  // Warnings about fonts and broken objects go to the console at the default verbosity, and
  // standard output is the report's: errors only, which pdf.js raises rather than prints.
  const pdf = await getDocumentProxy(data, { verbosity: ERRORS_ONLY, isEvalSupported: false, stopAtErrors: false }).catch(rethrow);
  try {
    if (pdf.numPages > MAX_PAGES) {
      const pages = pdf.numPages.toLocaleString('en-GB');
      throw new InputError(`has ${pages} pages, more than the ${MAX_PAGES.toLocaleString('en-GB')} planlint reads: split it, or lint the source document`);
    }
    const tagged = await readTagged(pdf);
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await readPage(pdf, number, tagged).catch(rethrow));
    const title = await readTitle(pdf);
    const taggedHeadings = tagged && pages.some((page) => page.items.some((item) => item.tagged !== undefined));
    return { pages, ...(title ? { title } : {}), taggedHeadings };
  } finally {
    await pdf.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

async function readTagged(pdf: PdfDocument): Promise<boolean> {
  const marks = await pdf.getMarkInfo().catch(rethrow);
  return marks?.Marked === true;
}

async function readTitle(pdf: PdfDocument): Promise<string | undefined> {
  const { info } = await pdf.getMetadata().catch(rethrow);
  const title = (info as Record<string, unknown> | undefined)?.['Title'];
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

interface TextPiece {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
  type?: string;
  id?: string;
}

async function readPage(pdf: PdfDocument, number: number, tagged: boolean): Promise<PdfPage> {
  const page = await pdf.getPage(number);
  const [, , width, height] = page.view as [number, number, number, number];
  const headingOf = tagged ? await taggedHeadings(page) : new Map<string, number>();
  const content = await page.getTextContent({ includeMarkedContent: tagged });
  const pieces = content.items as TextPiece[];
  if (pieces.length > MAX_ITEMS_PER_PAGE) {
    throw new InputError(`has more than ${MAX_ITEMS_PER_PAGE.toLocaleString('en-GB')} pieces of text on page ${number}: it is not a plan's page`);
  }
  const items: PdfItem[] = [];
  // Marked content nests: the innermost open mark names the structure element a piece belongs to.
  const marks: (string | undefined)[] = [];
  for (const piece of pieces) {
    if (piece.type === 'beginMarkedContentProps' || piece.type === 'beginMarkedContent') {
      marks.push(piece.id);
      continue;
    }
    if (piece.type === 'endMarkedContent') {
      marks.pop();
      continue;
    }
    const item = toItem(piece);
    if (!item) continue;
    const mark = marks.findLast((id) => id !== undefined && headingOf.has(id));
    if (mark !== undefined) item.tagged = headingOf.get(mark)!;
    items.push(item);
  }
  page.cleanup();
  return { number, width: width - (page.view[0] ?? 0), height: height - (page.view[1] ?? 0), items };
}

/**
 * Upright text only, in page units: text turned on its side (a "DRAFT"
 * stamp, a label up the margin) is not read as lines of the plan.
 */
function toItem(piece: TextPiece): PdfItem | undefined {
  const { str, transform } = piece;
  if (!str || !transform || str.trim() === '') return undefined;
  const [a, b, c, d, x, y] = transform as [number, number, number, number, number, number];
  if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) return undefined;
  return { text: str, x, y, width: piece.width ?? 0, size: d, font: piece.fontName ?? '' };
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** The marked-content ids under each H1..H6 element of the page's structure tree, with the heading's depth. */
async function taggedHeadings(page: PdfPageProxy): Promise<Map<string, number>> {
  const tree = (await page.getStructTree()) as StructNode | null;
  const found = new Map<string, number>();
  const visit = (node: StructNode, depth: number | undefined): void => {
    const level = /^H([1-6])$/.exec(node.role ?? '');
    const here = level ? Number(level[1]) : depth;
    if (node.type === 'content' && node.id !== undefined && here !== undefined) found.set(node.id, here);
    for (const child of node.children ?? []) visit(child, here);
  };
  if (tree) visit(tree, undefined);
  return found;
}

function rethrow(error: unknown): never {
  throw fileProblem(error);
}

/**
 * Only pdf.js's own exceptions about the file are the file's fault; an
 * error of any other kind is planlint's (or a library's) own bug and is
 * left to be reported as one.
 */
function fileProblem(error: unknown): unknown {
  if (error instanceof InputError || !(error instanceof Error)) return error;
  if (error.name === 'PasswordException') {
    return new InputError('is encrypted: it needs a password to open; save a copy without one, or lint the source document');
  }
  if (DAMAGED.has(error.name)) {
    const detail = error.message.split('\n')[0]!.trim().replace(/\.$/, '');
    return new InputError(`cannot be read as a PDF${detail ? ` (${detail})` : ''}: it may be damaged; export it again, or lint the source document`);
  }
  return error;
}
