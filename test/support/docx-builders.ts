import CFB from 'cfb';
import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
  type IPropertiesOptions,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import { parse as parseYaml } from 'yaml';

/** Document options other than the body, which `wordPlan` takes as its children. */
export type PlanOptions = Omit<IPropertiesOptions, 'sections'> & { section?: Omit<ISectionOptions, 'children'> };

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

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** `**bold**` and `*italic*` as Word runs; the text is what a reader sees. */
function runs(text: string): TextRun[] {
  return text
    .split(/(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part.startsWith('**')) return new TextRun({ text: part.slice(2, -2), bold: true });
      if (part.startsWith('*')) return new TextRun({ text: part.slice(1, -1), italics: true });
      return new TextRun(part);
    });
}

const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^(\d+)\.\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;

/**
 * The same plan as an author would type it in Word: front matter becomes the
 * Title and a `documentType` custom property, headings take Word's heading
 * styles, lists Word's numbering, tables Word tables. Wrapped lines join into
 * one paragraph, as Word has no hard-wrapped prose. Only the Markdown the
 * fixtures use is understood.
 */
export async function markdownAsWord(markdown: string): Promise<Buffer> {
  let body = markdown;
  const properties: { -readonly [K in keyof PlanOptions]: PlanOptions[K] } = {};
  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (front) {
    body = markdown.slice(front[0].length);
    const data = parseYaml(front[1]!) as Record<string, unknown>;
    if (typeof data.title === 'string') properties.title = data.title;
    if (typeof data.documentType === 'string') properties.customProperties = [{ name: 'documentType', value: data.documentType }];
  }

  const children: FileChild[] = [];
  const lines = body.split('\n');
  // Each Markdown ordered list restarts its numbers, as a new numbering instance does in Word.
  let instance = 0;
  let lastList: 'bullet' | 'numbered' | undefined;
  const starts = new Set<number>();
  let listStart = 1;
  const continuation = (from: number): [string, number] => {
    const parts: string[] = [];
    let index = from;
    while (index < lines.length && /^\s+\S/.test(lines[index]!)) parts.push(lines[index++]!.trim());
    return [parts.join(' '), index];
  };

  for (let index = 0; index < lines.length; ) {
    const line = lines[index]!;
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (heading) {
      children.push(new Paragraph({ heading: HEADINGS[heading[1]!.length - 1]!, children: runs(heading[2]!) }));
      lastList = undefined;
      index += 1;
    } else if (bullet || numbered) {
      const [rest, next] = continuation(index + 1);
      const text = [(bullet ?? numbered)![bullet ? 1 : 2]!, rest].filter(Boolean).join(' ');
      if (bullet) {
        children.push(new Paragraph({ bullet: { level: 0 }, children: runs(text) }));
        lastList = 'bullet';
      } else {
        if (lastList !== 'numbered') {
          instance += 1;
          listStart = Number(numbered![1]);
          starts.add(listStart);
        }
        children.push(new Paragraph({ numbering: { reference: `decimal-from-${listStart}`, level: 0, instance }, children: runs(text) }));
        lastList = 'numbered';
      }
      index = next;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; index < lines.length && lines[index]!.startsWith('|'); index += 1) {
        const cells = lines[index]!.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
        if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
        rows.push(cells);
      }
      children.push(
        new Table({
          rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) })),
        }),
      );
      lastList = undefined;
    } else {
      const quoted = line.startsWith('>');
      const parts: string[] = [];
      for (; index < lines.length; index += 1) {
        const current = lines[index]!;
        if (current.trim() === '' || HEADING.test(current) || current.startsWith('|')) break;
        if (parts.length && (BULLET.test(current) || NUMBERED.test(current))) break;
        parts.push(quoted ? current.replace(/^>\s?/, '').trim() : current.trim());
      }
      children.push(new Paragraph({ children: runs(parts.join(' ')) }));
      lastList = undefined;
    }
  }

  const config = [...starts].map((start) => ({
    reference: `decimal-from-${start}`,
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start }],
  }));
  return wordPlan(children, { ...properties, numbering: { config } });
}
