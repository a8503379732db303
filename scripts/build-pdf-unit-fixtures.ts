import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Writes the small PDFs of fixtures/pdf/unit/ in PDF syntax by hand, each
 * piece of text at a known place, so the parser's tests can say exactly
 * which lines, blocks and pages they expect: two columns, running headers
 * and footers over pages, hyphenation, a list, a table of indicators, and
 * the bad files (encrypted, a scan with no text, damaged). The fonts are
 * the standard Helvetica and Helvetica-Bold, which need no embedding.
 *
 *   node dist/scripts/build-pdf-unit-fixtures.js
 */

/** A piece of text: its place (PDF units from the bottom left), size, and bold or not. */
interface Text {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
}

const A4 = { width: 595, height: 842 };

function escape(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}

/** Characters outside ASCII as WinAnsiEncoding codes (the en dash and the bullet are all the fixtures use). */
function encode(text: string): string {
  return escape(text)
    .replace(/–/g, '\\226')
    .replace(/•/g, '\\225');
}

function pageContent(texts: readonly Text[]): string {
  return texts.map(({ x, y, text, size = 10, bold = false }) => `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x} ${y} Td (${encode(text)}) Tj ET`).join('\n');
}

interface PdfOptions {
  /** Extra entries of the trailer, e.g. an /Encrypt reference. */
  encrypt?: string;
  /** Drawing instead of text, for a page with no text layer. */
  drawing?: boolean;
}

/** A PDF of one page a list of texts, with a correct cross-reference table. */
function buildPdf(pages: readonly (readonly Text[])[], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObject = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const texts of pages) {
    const stream = options.drawing ? '0.5 g 72 400 300 200 re f' : pageContent(texts);
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (options.encrypt) encrypt = ` /Encrypt ${add(options.encrypt)} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Lines of body text down the page from `top`, `leading` apart. */
function column(x: number, top: number, lines: readonly string[], leading = 12): Text[] {
  return lines.map((text, index) => ({ x, y: top - index * leading, text }));
}

const twoColumns = buildPdf([
  [
    { x: 72, y: 780, text: 'Glenmuir Locality Plan', size: 18, bold: true },
    { x: 72, y: 750, text: 'Our priorities', size: 14, bold: true },
    ...column(72, 728, [
      'Unpaid carers in the north told us that',
      'short breaks are hard to arrange and',
      'that information is hard to find.',
    ]),
    ...column(72, 680, ['We will open a carers centre in', 'Kilmory by March 2026.']),
    ...column(320, 728, [
      'Older people in the south asked for',
      'more care at home and for support to',
      'stay active in their communities.',
    ]),
    ...column(320, 680, ['We will extend reablement to every', 'locality by June 2026.']),
  ],
]);

const header = (page: number): Text[] => [
  { x: 72, y: 810, text: 'Glenmuir Strategic Plan 2025–2028', size: 8 },
  { x: 280, y: 30, text: `Page ${page} of 3`, size: 8 },
];

const running = buildPdf([
  [
    ...header(1),
    { x: 72, y: 760, text: '1. Introduction', size: 16, bold: true },
    ...column(72, 736, [
      'This plan sets out how we will support the commun-',
      'ity to live well, with self-',
      'directed support for everyone who needs it, and how',
    ]),
  ],
  [
    ...header(2),
    ...column(72, 760, ['we will work with NHS-', 'Glenmuir and the council.']),
    { x: 72, y: 724, text: '2.3 Carers', bold: true },
    ...column(72, 708, ['We will support unpaid carers:']),
    { x: 90, y: 696, text: '•' },
    { x: 102, y: 696, text: 'with short breaks in every locality;' },
    { x: 90, y: 684, text: '•' },
    { x: 102, y: 684, text: 'with advice from the carers centre.' },
  ],
  [...header(3), ...column(72, 760, ['We will report on progress every year.'])],
]);

const table = buildPdf([
  [
    { x: 72, y: 780, text: 'Indicators', size: 14, bold: true },
    ...column(72, 756, ['We will measure our progress with these indicators.']),
    { x: 72, y: 730, text: 'Indicator' },
    { x: 300, y: 730, text: 'Baseline' },
    { x: 420, y: 730, text: 'Target' },
    { x: 72, y: 716, text: 'NI-11 Premature mortality' },
    { x: 300, y: 716, text: '442' },
    { x: 420, y: 716, text: '400 by 2028' },
    { x: 72, y: 702, text: 'NI-19 Delayed discharge bed days' },
    { x: 300, y: 702, text: '1,042' },
    { x: 420, y: 702, text: '750 by March' },
    { x: 72, y: 690, text: 'per 1,000 population' },
    { x: 420, y: 690, text: '2027' },
    ...column(72, 664, ['The Chief Officer reports on these indicators every quarter.']),
  ],
]);

/** A standard security handler whose user password is not empty: no reader opens it without the password. */
const ENCRYPT = `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`;
const encrypted = buildPdf([[{ x: 72, y: 780, text: 'Glenmuir Strategic Plan' }]], { encrypt: ENCRYPT });
const scan = buildPdf([[], []], { drawing: true });
/** A PDF's header, then no objects, no cross-reference table and no trailer: what a cut-off download leaves. */
const damaged = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R', 'latin1');

const folder = join(process.cwd(), 'fixtures', 'pdf', 'unit');
mkdirSync(folder, { recursive: true });
const files: Record<string, Buffer> = {
  'two-columns.pdf': twoColumns,
  'running-header.pdf': running,
  'table.pdf': table,
  'encrypted.pdf': encrypted,
  'scan.pdf': scan,
  'damaged.pdf': damaged,
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
process.stdout.write(`wrote ${Object.keys(files).length} PDFs to fixtures/pdf/unit/\n`);
