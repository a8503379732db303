import { InputError } from '../../document/input-error.js';
import type { InputFormat } from '../input-format.js';

/**
 * A Word package inflating, all its parts together, to more than this many
 * times the file size cap is refused: a plan's images and fonts are stored
 * about as large as they are, its XML deflates a few times over, and bombs a
 * thousandfold. Its XML parts together may inflate to the size cap itself:
 * mammoth holds them as a DOM, and 20 MB of document.xml is a plan as long as
 * the longest Markdown plan planlint reads (the old cap, twenty times the size
 * cap, let 100 MB of it run V8 out of memory).
 */
const INFLATION_LIMIT = 2;

/** The OLE compound file signature: .doc files, and .docx files that Word has encrypted with a password. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const docx: InputFormat = {
  id: 'docx',
  name: 'Word',
  extensions: ['.docx'],
  binary: true,
  locations: 'paragraph',
  /** By content, not by name: a zip is a Word package, Office's old binary container is refused with the remedy. */
  sniff(bytes, name) {
    if (isZip(bytes)) return true;
    if (bytes.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) throw new InputError(describeCompoundFile(bytes));
    if (name.toLowerCase().endsWith('.docx')) {
      throw new InputError('is not a Word .docx file (it is not a zip package): save it as .docx from Word');
    }
    return false;
  },
  async parse(bytes, { uri, maxFileSize }) {
    // mammoth, jszip and saxes are a third of what a run would load: only Word files pay for them.
    const { parseDocx } = await import('./index.js');
    return parseDocx(bytes, uri, { maxInflatedSize: maxFileSize * INFLATION_LIMIT, maxXmlSize: maxFileSize });
  },
};

export default docx;

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Stream names are stored in UTF-16 in the container's directory. */
function hasStream(bytes: Buffer, name: string): boolean {
  return bytes.includes(Buffer.from(name, 'utf16le'));
}

function describeCompoundFile(bytes: Buffer): string {
  if (hasStream(bytes, 'EncryptionInfo') || hasStream(bytes, 'EncryptedPackage')) {
    return 'is password-protected: remove the password in Word (File › Info › Protect Document) and save it again';
  }
  if (hasStream(bytes, 'WordDocument')) return 'is an old Word .doc file: open it in Word and save it as .docx';
  return 'is an old Office binary file, not a plan: save it as .docx or Markdown';
}
