import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { docxToPdf, hasSoffice } from './docx-to-pdf.js';
import { markdownToDocx, type PageLayout } from './markdown-to-docx.js';

/**
 * Writes the PDF fixtures (fixtures/pdf/README.md says what each one is):
 * every Markdown sample as Word and then PDF through LibreOffice, as plans
 * are published; three layouts that only a page shows (two columns, a table
 * of indicators, running heads and page numbers); and the PDFs planlint
 * refuses. The PDFs are committed, so the tests need no LibreOffice.
 */

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const PDF_FIXTURES = new URL('pdf/', FIXTURES);
const BAD_PDFS = new URL('bad/', PDF_FIXTURES);

/** The password of the encrypted fixture, given in the README so that a reader can open it. */
const PASSWORD = 'secret';

/** 2^20 pages: past any page cap, from 21 objects. */
const BOMB_LEVELS = 20;

function write(folder: URL, name: string, content: Buffer): void {
  writeFileSync(new URL(name, folder), content);
  console.log(`wrote ${new URL(name, folder).pathname}`);
}

function exported(source: URL, layout: PageLayout = {}): Promise<Buffer> {
  return markdownToDocx(readFileSync(source, 'utf8'), layout).then((docx) => docxToPdf(docx));
}

/**
 * A PDF from its objects, numbered from 1 in the order given (object 1 is
 * the catalogue), with a correct cross-reference table. For the files that
 * no word processor writes: a scan and a page-tree bomb.
 */
function pdfOf(objects: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/**
 * A scanned plan: two A4 pages that are each one greyscale image, with dark
 * bars where a scanner would have caught lines of print, and no text layer,
 * as a scanner without OCR writes them.
 */
function scan(): Buffer {
  const width = 210;
  const height = 297;
  const pixels = Buffer.alloc(width * height, 0xf4);
  for (let row = 20; row < height - 20; row += 9) {
    const end = row % 5 === 0 ? 120 : width - 20;
    for (let line = row; line < row + 4; line += 1) pixels.fill(0x30, line * width + 20, line * width + end);
  }
  const image = stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(pixels, { level: 9 }));
  const content = stream('', Buffer.from('q 595 0 0 842 0 0 cm /Scan Do Q', 'latin1'));
  const page = (contents: number) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 3 0 R >> >> /Contents ${contents} 0 R >>`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 >>',
    image,
    content,
    page(4),
    page(4),
  ]);
}

/**
 * A page-tree bomb: each node of the page tree names the node below it
 * twice, so twenty levels declare 2^20 pages, every /Count honest, in a file
 * of under two kilobytes. A reader that walks every page never finishes.
 */
function pageBomb(): Buffer {
  const objects: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < BOMB_LEVELS; level += 1) {
    const self = level + 2;
    const parent = level === 0 ? '' : ` /Parent ${self - 1} 0 R`;
    objects.push(`<< /Type /Pages${parent} /Kids [${self + 1} 0 R ${self + 1} 0 R] /Count ${2 ** (BOMB_LEVELS - level)} >>`);
  }
  const leaf = BOMB_LEVELS + 2;
  const font = leaf + 2;
  objects.push(`<< /Type /Page /Parent ${leaf - 1} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${leaf + 1} 0 R >>`);
  objects.push(stream('', Buffer.from('BT /F1 12 Tf 72 770 Td (We will support unpaid carers.) Tj ET', 'latin1')));
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return pdfOf(objects);
}

/**
 * A download cut short: the first half of an exported plan. The page tree,
 * the catalogue and the cross-reference table, which LibreOffice writes
 * last, are all gone.
 */
function damaged(whole: Buffer): Buffer {
  return whole.subarray(0, Math.floor(whole.length / 2));
}

async function main(): Promise<void> {
  if (!hasSoffice()) {
    console.error('build-pdf-fixtures: soffice (LibreOffice Writer) is not installed; on Debian: apt-get install libreoffice-writer');
    process.exitCode = 1;
    return;
  }
  mkdirSync(BAD_PDFS, { recursive: true });

  const samples = readdirSync(FIXTURES).filter((name) => name.endsWith('.md') && name !== 'README.md');
  const shipped = new Map<string, Buffer>();
  for (const sample of samples) {
    const pdf = await exported(new URL(sample, FIXTURES));
    shipped.set(sample, pdf);
    write(FIXTURES, sample.replace(/\.md$/, '.pdf'), pdf);
  }

  // The scheme's outcomes are mentioned only in section 3 and the annexes, which hold no evidence:
  // read across the columns in the wrong order, their text would fall into sections that do.
  write(PDF_FIXTURES, 'two-column.pdf', await exported(new URL('integration-scheme.md', FIXTURES), { columns: 2 }));
  write(PDF_FIXTURES, 'indicators-table.pdf', await exported(new URL('indicators-table.md', PDF_FIXTURES)));
  // Outcome 2 is missing from the plan with gaps and there is no outcome 10: running heads read as text would change both verdicts.
  write(
    PDF_FIXTURES,
    'running-heads.pdf',
    await exported(new URL('strategic-plan-gaps.md', FIXTURES), {
      header: 'Kilbrannan IJB | Consultation draft: the Outcome 2 chapter on living at home follows',
      footer: 'Outcome 10 (digital inclusion) is proposed for the next plan',
    }),
  );

  const complete = readFileSync(new URL('strategic-plan-complete.md', FIXTURES), 'utf8');
  const encrypted = docxToPdf(await markdownToDocx(complete), {
    EncryptFile: { type: 'boolean', value: 'true' },
    DocumentOpenPassword: { type: 'string', value: PASSWORD },
  });
  if (!/\/Encrypt\s/.test(encrypted.toString('latin1'))) throw new Error('LibreOffice ignored the encryption options: the encrypted fixture would be a plain PDF');
  write(BAD_PDFS, 'encrypted.pdf', encrypted);
  write(BAD_PDFS, 'scan.pdf', scan());
  write(BAD_PDFS, 'damaged.pdf', damaged(shipped.get('strategic-plan-complete.md')!));
  write(BAD_PDFS, 'page-bomb.pdf', pageBomb());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
