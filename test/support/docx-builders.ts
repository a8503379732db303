import CFB from 'cfb';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  type FileChild,
  type IPropertiesOptions,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';

/** Document options other than the body, which `wordPlan` takes as its children. */
export type PlanOptions = Omit<IPropertiesOptions, 'sections'> & { section?: Omit<ISectionOptions, 'children'> };

/**
 * A plan with what an author's copy holds when planlint annotates it: a
 * comment of their own (id 0), tracked changes, a text box and a table.
 */
export function authorsPlan(): Promise<Buffer> {
  const revision = { author: 'Editor', date: '2025-01-01T00:00:00Z' };
  return wordPlan(
    [
      new Paragraph({ text: 'Carers', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new CommentRangeStart(0), new TextRun('Our figures for Outcome 10 are old.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
      }),
      new Paragraph({
        children: [
          new TextRun('We support '),
          new DeletedTextRun({ text: 'Outcome 14', id: 1, ...revision }),
          new InsertedTextRun({ text: 'Outcome 12', id: 2, ...revision }),
          new TextRun(' through respite.'),
        ],
      }),
      new Textbox({ style: { width: '2in', height: '1in' }, children: [new Paragraph('A box on Outcome 13.')] }),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [new Paragraph('Measure')] }), new TableCell({ children: [new Paragraph('Outcome')] })] }),
          new TableRow({ children: [new TableCell({ children: [new Paragraph('Carers assessed')] }), new TableCell({ children: [new Paragraph('Outcome 15')] })] }),
        ],
      }),
    ],
    { comments: { children: [{ id: 0, author: 'Reviewer', initials: 'RV', date: new Date('2025-01-02T00:00:00Z'), children: [new Paragraph('Please update.')] }] } },
  );
}

/** A .docx as Word would save it, with one section holding `children`. */
export async function wordPlan(children: FileChild[], options: PlanOptions = {}): Promise<Buffer> {
  const { section = {}, ...properties } = options;
  return Packer.toBuffer(new Document({ ...properties, sections: [{ ...section, children }] }));
}

export async function readPart(docx: Buffer, name: string): Promise<string> {
  const part = await (await JSZip.loadAsync(docx)).file(name)?.async('string');
  if (part === undefined) throw new Error(`the package has no ${name}`);
  return part;
}

/**
 * The ordinal a paragraph has in word/document.xml, counted independently of
 * planlint's reader: `<w:p>` elements (not `<w:pPr>`) outside text boxes, up
 * to the first one whose XML holds `text`.
 */
export function ordinalInXml(documentXml: string, text: string): number {
  const body = documentXml.replace(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g, '');
  const at = body.indexOf(text);
  if (at < 0 || body.indexOf(text, at + 1) >= 0) throw new Error(`"${text}" must occur exactly once in document.xml`);
  return (body.slice(0, at).match(/<w:p[\s>/]/g) ?? []).length;
}

/** A zip holding exactly these files, deflated as Word's packages are. */
export async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The package with one part's text replaced, everything else as it was. */
export async function replacePart(docx: Buffer, name: string, replace: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const part = await zip.file(name)?.async('string');
  if (part === undefined) throw new Error(`the package has no ${name}`);
  zip.file(name, replace(part));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * An OLE compound file with the given streams. Word's .doc files are these
 * with a `WordDocument` stream; Office stores a password-protected .docx as
 * one with `EncryptionInfo` and `EncryptedPackage` streams (MS-OFFCRYPTO).
 */
export function compoundFile(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}
