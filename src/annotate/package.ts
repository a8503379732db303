import { posix } from 'node:path';
import type JSZip from 'jszip';
import { descendants, parsePart, serialise } from './xml.js';

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Relationship types of the comment parts, as Word writes them (Office 2007, 2013, 2016 and 2018). */
export const PART_TYPES = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  commentsExtended: 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
  commentsIds: 'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds',
  commentsExtensible: 'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible',
} as const;

const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** The XML parts of a package that an annotation reads and changes, written back only when asked. */
export class WordPackage {
  private readonly parts = new Map<string, Document>();

  constructor(private readonly zip: JSZip) {}

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** A part as a DOM, parsed once; undefined when the package has no such part. */
  async read(name: string): Promise<Document | undefined> {
    const cached = this.parts.get(name);
    if (cached) return cached;
    const text = await this.zip.file(name)?.async('string');
    if (text === undefined) return undefined;
    const document = parsePart(text, name);
    this.parts.set(name, document);
    return document;
  }

  /** Puts a part (new or changed) back into the package. */
  write(name: string, document: Document): void {
    this.parts.set(name, document);
    this.zip.file(name, serialise(document));
  }

  async generate(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
}

/** A part's relationships: `word/document.xml` → `word/_rels/document.xml.rels`. */
function relationshipsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** The part a relationship of `source` points to, by its type; undefined when there is none. */
export async function relatedPart(pkg: WordPackage, source: string, type: string): Promise<string | undefined> {
  const rels = await pkg.read(relationshipsOf(source));
  if (!rels) return undefined;
  const found = descendants(rels).find((element) => element.localName === 'Relationship' && element.getAttribute('Type') === type);
  const target = found?.getAttribute('TargetMode') === 'External' ? undefined : found?.getAttribute('Target');
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(source), target));
}

/**
 * Adds a comments part to a package that has none: its relationship from
 * the document and, when the content types do not already name it, its
 * content type. Returns the part's name, free in the package.
 */
export async function addCommentsPart(pkg: WordPackage, source: string, commentsRoot: Document): Promise<string> {
  const folder = posix.dirname(source);
  let name = posix.join(folder, 'comments.xml');
  for (let count = 1; pkg.has(name); count += 1) name = posix.join(folder, `comments${count}.xml`);
  pkg.write(name, commentsRoot);

  const relsName = relationshipsOf(source);
  const rels = (await pkg.read(relsName)) ?? parsePart(`<Relationships xmlns="${RELATIONSHIPS}"/>`, relsName);
  const ids = new Set(descendants(rels).map((element) => element.getAttribute('Id')));
  let id = 1;
  while (ids.has(`rId${id}`)) id += 1;
  const relationship = rels.createElementNS(RELATIONSHIPS, 'Relationship');
  relationship.setAttribute('Id', `rId${id}`);
  relationship.setAttribute('Type', PART_TYPES.comments);
  relationship.setAttribute('Target', posix.relative(folder, name));
  rels.documentElement.appendChild(relationship);
  pkg.write(relsName, rels);

  const typesName = '[Content_Types].xml';
  const types = await pkg.read(typesName);
  if (types) {
    const partName = `/${name}`;
    const named = descendants(types).some((element) => element.localName === 'Override' && element.getAttribute('PartName')?.toLowerCase() === partName.toLowerCase());
    if (!named) {
      const override = types.createElementNS(CONTENT_TYPES, 'Override');
      override.setAttribute('PartName', partName);
      override.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
      types.documentElement.appendChild(override);
      pkg.write(typesName, types);
    }
  }
  return name;
}
