import mammoth from 'mammoth';
import { damagedDocument, isProgrammingError } from './damaged.js';

/** The parts of mammoth's document model that planlint reads. */
export interface MammothElement {
  type: string;
  children?: MammothElement[];
  styleId?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  value?: string;
  colSpan?: number;
  rowSpan?: number;
  noteId?: string;
  noteType?: string;
  commentId?: string;
  body?: MammothElement[];
}

export interface MammothDocument {
  children: MammothElement[];
  notes: { resolve(reference: { noteType: string; noteId: string }): MammothElement | null };
  comments: MammothElement[];
}

/**
 * mammoth's reading of the body: text with tracked deletions dropped and
 * insertions kept, fields and hyperlinks resolved, tables with their spans,
 * notes and comments. Its HTML conversion is skipped: the document handed
 * back to it is empty.
 */
export async function readWithMammoth(buffer: Buffer): Promise<MammothDocument> {
  let captured: MammothDocument | undefined;
  await mammoth
    .convertToHtml(
      { buffer },
      {
        ignoreEmptyParagraphs: false,
        transformDocument: (document: MammothDocument) => {
          captured = document;
          return { ...document, children: [] };
        },
      },
    )
    .catch((error: unknown) => {
      // mammoth rejects a part it cannot parse (xmldom's errors, a missing part); a TypeError is a bug to report.
      throw isProgrammingError(error) ? error : damagedDocument(error);
    });
  if (!captured) throw new Error('mammoth returned no document');
  return captured;
}

/** A paragraph's text as a reader sees it; notes it cites are collected on the side. */
export function paragraphText(paragraph: MammothElement, noteRefs: MammothElement[] = []): string {
  let text = '';
  const visit = (element: MammothElement): void => {
    switch (element.type) {
      case 'text':
        text += element.value ?? '';
        return;
      case 'tab':
        text += '\t';
        return;
      case 'break':
        text += '\n';
        return;
      case 'noteReference':
        noteRefs.push(element);
        return;
      default:
        for (const child of element.children ?? []) visit(child);
    }
  };
  for (const child of paragraph.children ?? []) visit(child);
  return text;
}
