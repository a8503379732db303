import JSZip from 'jszip';
import { formatBytes, InputError } from '../../document/input-error.js';
import { damagedDocument } from './damaged.js';

/**
 * A .docx package opened with its parts' real inflated sizes checked, so a
 * decompression bomb is refused before mammoth inflates anything.
 */
export interface DocxPackage {
  /** A part's text, or undefined when the package has no such part. */
  read(name: string): Promise<string | undefined>;
}

/** Caps on the bytes a package inflates to: all its parts together, and its XML parts together. */
interface InflationCaps {
  total: number;
  xml: number;
}

export async function openDocxPackage(buffer: Buffer, maxInflatedSize: number, maxXmlSize = maxInflatedSize): Promise<DocxPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new InputError(`is damaged or incomplete (${describeZipError(error)}): save it again from Word`);
  }
  if (!zip.file('word/document.xml')) {
    throw new InputError('is a zip archive but not a Word document (it has no word/document.xml): save it as .docx from Word');
  }
  await checkInflatedSize(zip, { total: maxInflatedSize, xml: maxXmlSize });
  return {
    read: async (name) => zip.file(name)?.async('string'),
  };
}

function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory/i.test(message)) return 'the zip directory is missing, as in a truncated file';
  return message.replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
}

/** What jszip keeps of a part from the zip's central directory, which its type declarations leave out. */
interface DirectoryEntry {
  _data?: { uncompressedSize?: number };
  internalStream(type: 'uint8array'): ZipStream;
}

interface ZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', listener: (error: Error) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** Parts that are parsed as XML, by mammoth and by planlint; everything else (images, fonts) is only carried. */
const isXml = (name: string) => /\.(?:xml|rels)$/i.test(name);


/**
 * Bounds what the package inflates to, in total over its parts, and what its
 * XML parts inflate to on their own: mammoth holds the XML as a DOM, and 25 MB
 * of document.xml took it 40 s and 2.4 GB, 100 MB ran V8 out of memory. The
 * sizes the zip's directory declares are checked first, which costs nothing;
 * then every part is inflated as a stream and its bytes counted, since the
 * directory can lie and the bytes cannot. Nothing reaches mammoth before both
 * checks pass.
 */
async function checkInflatedSize(zip: JSZip, caps: InflationCaps): Promise<void> {
  const parts = Object.values(zip.files).filter((file) => !file.dir);
  const declared = { total: 0, xml: 0 };
  for (const file of parts) {
    const size = (file as unknown as DirectoryEntry)._data?.uncompressedSize ?? 0;
    declared.total += size;
    if (isXml(file.name)) declared.xml += size;
  }
  const refusal = overCaps(declared, caps);
  if (refusal) throw refusal;
  const inflated = { total: 0, xml: 0 };
  for (const file of parts) {
    const xml = isXml(file.name);
    const root = xml ? new RootElementSeeker() : undefined;
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as DirectoryEntry).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          inflated.total += chunk.length;
          if (xml) inflated.xml += chunk.length;
          root?.feed(chunk);
          const refusal = overCaps(inflated, caps);
          if (refusal) {
            stream.pause();
            reject(refusal);
          }
        })
        .on('error', (error: Error) => reject(new InputError(`is damaged (${error.message.replace(/\.$/, '')}): save it again from Word`)))
        .on('end', () => {
          if (root && !root.found()) reject(damagedDocument(`its part ${file.name} has no XML element`));
          else resolve();
        })
        .resume();
    });
  }
}

/**
 * Whether an XML part has a root element, read from its first bytes past the
 * prolog (byte-order mark, declaration, processing instructions, comments,
 * doctype). A part cut short inside its declaration, or holding only a
 * comment, parses without an error and without a root, and mammoth then
 * fails on the missing root with a TypeError (found by fuzzing: a cut
 * footnotes relationship part). Most parts decide within their first 60
 * bytes; a prolog has no length limit, so the seeker reads on across chunks.
 */
class RootElementSeeker {
  #state: 'between' | 'open' | 'instruction' | 'bang' | 'bangDash' | 'comment' | 'declaration' | 'root' | 'none' = 'between';
  #offset = 0;
  /** In an instruction: the last byte was '?'; in a comment: the dashes just before. */
  #run = 0;
  #inSubset = false;

  feed(chunk: Uint8Array): void {
    for (let index = 0; index < chunk.length && this.#state !== 'root' && this.#state !== 'none'; index++, this.#offset++) this.#step(chunk[index]!);
  }

  found(): boolean {
    return this.#state === 'root';
  }

  #step(byte: number): void {
    switch (this.#state) {
      case 'between':
        if (byte === 0x3c) this.#state = 'open';
        else if (!isXmlSpace(byte) && !(this.#offset < 3 && (byte === 0xef || byte === 0xbb || byte === 0xbf))) this.#state = 'none';
        return;
      case 'open':
        this.#run = 0;
        this.#state = byte === 0x3f ? 'instruction' : byte === 0x21 ? 'bang' : isNameStart(byte) ? 'root' : 'none';
        return;
      case 'instruction':
        if (byte === 0x3e && this.#run === 1) this.#state = 'between';
        this.#run = byte === 0x3f ? 1 : 0;
        return;
      case 'bang':
        this.#inSubset = byte === 0x5b;
        this.#state = byte === 0x2d ? 'bangDash' : 'declaration';
        return;
      case 'bangDash':
        this.#state = byte === 0x2d ? 'comment' : 'none';
        return;
      case 'comment':
        if (byte === 0x3e && this.#run >= 2) this.#state = 'between';
        this.#run = byte === 0x2d ? this.#run + 1 : 0;
        return;
      case 'declaration':
        if (byte === 0x5b) this.#inSubset = true;
        else if (byte === 0x5d) this.#inSubset = false;
        else if (byte === 0x3e && !this.#inSubset) this.#state = 'between';
        return;
      default:
        return;
    }
  }
}

const isXmlSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
/** A name's first byte: a letter, '_' or ':', or the lead byte of a character past ASCII. */
const isNameStart = (byte: number) =>
  (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x5f || byte === 0x3a || byte >= 0xc0;

function overCaps(sizes: { total: number; xml: number }, caps: InflationCaps): InputError | undefined {
  if (sizes.total > caps.total) {
    return new InputError(`inflates to more than ${formatBytes(caps.total)} when unzipped (a decompression bomb or a damaged file): not read`);
  }
  if (sizes.xml > caps.xml) {
    return new InputError(
      `holds more than ${formatBytes(caps.xml)} of text and markup when unzipped, over the limit (raise "maxFileSize" in the config to lint it)`,
    );
  }
  return undefined;
}
