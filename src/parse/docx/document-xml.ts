import { SaxesParser } from 'saxes';
import { InputError } from '../../document/input-error.js';
import { damagedDocument } from './damaged.js';
import { wordKeyword, wordNumber } from './numbers.js';

/**
 * What word/document.xml says of each paragraph that mammoth does not: its
 * ordinal (the `line` of a Word location, docs/design.md), its numbering list, and
 * where comments are anchored. The text is kept only to align these
 * paragraphs with mammoth's.
 */
export interface XmlParagraph {
  /** 1-based, over body and table-cell paragraphs in document order. */
  ordinal: number;
  text: string;
  styleId?: string;
  numId?: string;
  level?: number;
  outlineLevel?: number;
}

export interface CommentAnchor {
  startLine?: number;
  endLine?: number;
  referenceLine?: number;
}

export interface DocumentXml {
  paragraphs: XmlParagraph[];
  comments: Map<string, CommentAnchor>;
}

const PART = 'word/document.xml';
/** Word's own limit on a table's columns, which a cell cannot span past. */
const MAX_COLUMNS = 63;
/** Word's nine list levels, 0 to 8, and ten outline levels, 0 to 9 (9 is body text). */
const MAX_LIST_LEVEL = 8;
const MAX_OUTLINE_LEVEL = 9;
/**
 * Elements within elements, as deep as the body may nest them. mammoth reads
 * the XML into its tree by recursion, and tables nested within tables 3,000
 * deep (about 9,000 elements; found by fuzzing) ran it out of stack. A plan's
 * paragraph stands some 10 elements deep, in a table within a table about 20.
 */
const MAX_DEPTH = 1000;

/**
 * Numbers mammoth reads from the body as well as planlint (a cell's column
 * span and vertical merge, a list level), checked wherever they stand, before
 * either uses them.
 */
function checkNumbers(tag: { name: string; attributes: Record<string, string> }): void {
  const value = tag.attributes['w:val'];
  if (value === undefined) return;
  if (tag.name === 'w:gridSpan') wordNumber(value, 'w:gridSpan', PART, 1, MAX_COLUMNS);
  else if (tag.name === 'w:vMerge') wordKeyword(value, 'w:vMerge', PART, ['restart', 'continue']);
  else if (tag.name === 'w:ilvl') wordNumber(value, 'w:ilvl', PART, 0, MAX_LIST_LEVEL);
  else if (tag.name === 'w:outlineLvl') wordNumber(value, 'w:outlineLvl', PART, 0, MAX_OUTLINE_LEVEL);
}

/**
 * Subtrees whose paragraphs or text are not part of the running body text (a move's source reads as deleted).
 * The Word annotator counts paragraphs past the same subtrees, so a finding's `line` names one paragraph to both.
 */
export const SKIPPED: ReadonlySet<string> = new Set(['w:txbxContent', 'w:del', 'w:delText', 'w:moveFrom', 'mc:Fallback', 'w:instrText']);

export function readDocumentXml(xml: string): DocumentXml {
  const paragraphs: XmlParagraph[] = [];
  const comments = new Map<string, CommentAnchor>();
  const anchor = (id: string): CommentAnchor => {
    const found = comments.get(id) ?? {};
    comments.set(id, found);
    return found;
  };
  let skipping = 0;
  let inText = false;
  let current: XmlParagraph | undefined;
  let inNumbering = false;
  let depth = 0;

  const parser = new SaxesParser();
  // saxes hands its well-formedness errors here; an exception in the handlers below is planlint's and passes through.
  parser.on('error', (error) => {
    throw damagedDocument(error);
  });
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) {
      throw new InputError(`nests elements in ${PART} over ${MAX_DEPTH.toLocaleString('en-GB')} levels deep (tables within tables); planlint reads at most ${MAX_DEPTH.toLocaleString('en-GB')}`);
    }
    checkNumbers(tag);
    if (SKIPPED.has(tag.name)) skipping += 1;
    if (skipping > 0) return;
    const value = tag.attributes['w:val'];
    const id = tag.attributes['w:id'];
    switch (tag.name) {
      case 'w:p':
        current = { ordinal: paragraphs.length + 1, text: '' };
        paragraphs.push(current);
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (current && !inNumbering) current.text += '\t';
        break;
      case 'w:pStyle':
        if (current && value) current.styleId = value;
        break;
      case 'w:numPr':
        inNumbering = true;
        break;
      case 'w:numId':
        if (current && inNumbering && value) current.numId = value;
        break;
      case 'w:ilvl':
        if (current && inNumbering && value) current.level = Number(value);
        break;
      case 'w:outlineLvl':
        if (current && value) current.outlineLevel = Number(value);
        break;
      case 'w:commentRangeStart':
        // A range opened between paragraphs starts at the next one.
        if (id !== undefined) anchor(id).startLine = current ? current.ordinal : paragraphs.length + 1;
        break;
      case 'w:commentRangeEnd':
        if (id !== undefined) anchor(id).endLine = Math.max(1, paragraphs.length);
        break;
      case 'w:commentReference':
        if (id !== undefined) anchor(id).referenceLine = Math.max(1, paragraphs.length);
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && skipping === 0 && current) current.text += text;
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    if (SKIPPED.has(tag.name)) {
      skipping -= 1;
      return;
    }
    if (skipping > 0) return;
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:numPr') inNumbering = false;
    else if (tag.name === 'w:p') current = undefined;
  });
  parser.write(xml).close();
  return { paragraphs, comments };
}
