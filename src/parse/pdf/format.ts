import { InputError } from '../../document/input-error.js';
import type { InputFormat } from '../input-format.js';

/**
 * Readers accept the `%PDF-` header anywhere in the first kilobyte (some
 * producers put a few bytes of junk before it), and so does planlint.
 */
const HEADER_WITHIN = 1024;
const HEADER = Buffer.from('%PDF-');

const pdf: InputFormat = {
  id: 'pdf',
  name: 'PDF',
  extensions: ['.pdf'],
  binary: true,
  locations: 'page',
  sniff(bytes, name) {
    if (bytes.subarray(0, HEADER_WITHIN + HEADER.length).includes(HEADER)) return true;
    if (name.toLowerCase().endsWith('.pdf')) throw new InputError('is not a PDF file (it has no %PDF- header): export it again as PDF, or lint the source document');
    return false;
  },
  async parse(bytes, { uri }) {
    // pdf.js is a megabyte and a half of script: only PDF files pay for loading it.
    const { parsePdf } = await import('./index.js');
    return parsePdf(bytes, uri);
  },
};

export default pdf;
