import { InputError } from '../../document/input-error.js';
import type { InputFormat } from '../input-format.js';

/** How much of a file to look at for NUL bytes: enough to tell text from binary. */
const SNIFF_BYTES = 8000;

const markdown: InputFormat = {
  id: 'markdown',
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  binary: false,
  locations: 'line:column',
  sniff(bytes) {
    // Notepad and Word save "Unicode" text as UTF-16, whose NUL bytes would otherwise pass for binary.
    if (isUtf16(bytes)) throw new InputError('is UTF-16 text, not UTF-8: save it with UTF-8 encoding');
    return !bytes.subarray(0, SNIFF_BYTES).includes(0);
  },
  async parse(bytes, { uri }) {
    const text = decodeUtf8(bytes);
    const { parseMarkdownText } = await import('./text.js');
    return parseMarkdownText(text, uri);
  },
};

export default markdown;

function isUtf16(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new InputError(`is not valid UTF-8 text (first bad byte on line ${line}): save it with UTF-8 encoding`);
  }
}
