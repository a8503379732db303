import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Word to PDF through LibreOffice Writer, as partnerships publish their
 * plans: most are written in Word and exported, and LibreOffice is the
 * exporter a build machine can run headless.
 */

/** LibreOffice's launcher on Debian and most Linux packages. */
export const SOFFICE = 'soffice';

/** Whether `soffice` can be started here: the PDF fixtures and the bench's PDF section need it, the tests do not. */
export function hasSoffice(): boolean {
  const probe = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** A PDF export filter option as LibreOffice 7.4+ reads it from `--convert-to 'pdf:writer_pdf_Export:{…}'`. */
export type ExportOption = { type: 'boolean'; value: 'true' | 'false' } | { type: 'string'; value: string } | { type: 'long'; value: string };

/**
 * Converts a .docx to PDF with `soffice --headless`. Each conversion gets a
 * profile folder of its own: two LibreOffice processes sharing the user's
 * profile wait on its lock, or the second quietly converts nothing.
 */
export function docxToPdf(docx: Buffer, exportOptions: Record<string, ExportOption> = {}): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'planlint-soffice-'));
  try {
    const source = join(folder, 'plan.docx');
    writeFileSync(source, docx);
    const filter = Object.keys(exportOptions).length === 0 ? 'pdf' : `pdf:writer_pdf_Export:${JSON.stringify(exportOptions)}`;
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', filter, '--outdir', folder, source],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (run.error) throw run.error;
    const target = join(folder, 'plan.pdf');
    let pdf: Buffer;
    try {
      pdf = readFileSync(target);
    } catch {
      throw new Error(`soffice wrote no PDF (exit ${String(run.status)}): ${run.stderr.trim() || run.stdout.trim()}`);
    }
    return fixVolatile(pdf);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * LibreOffice stamps each export with the time (`/CreationDate`) and a fresh
 * file identifier and checksum (`/ID`, `/DocChecksum`). Each is overwritten
 * in place with a fixed value of the same length, so that the cross-reference
 * offsets stay right and a rebuild of an unchanged fixture changes no byte;
 * the identifier becomes a digest of the rest of the file, as ISO 32000-1
 * 14.4 suggests. An encrypted file is left as it is: its key is derived from
 * the identifier, and its dates are encrypted strings.
 */
export function fixVolatile(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  if (/\/Encrypt\s/.test(text)) return pdf;
  const dated = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, (_whole, key: string) => `${key}${FIXED_DATE}`);
  const id = md5(dated.replace(/<[0-9A-F]{32}>/gi, '<>').replace(/(\/DocChecksum\s*\/)[0-9A-F]{32}/gi, '$1'));
  const identified = dated.replace(/(\/ID\s*\[\s*)<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>/gi, (_whole, open: string, gap: string) => `${open}<${id}>${gap}<${id}>`);
  const checked = identified.replace(/(\/DocChecksum\s*\/)[0-9A-F]{32}/gi, (_whole, key: string) => `${key}${id}`);
  return Buffer.from(checked, 'latin1');
}

/** The fixtures' publication date, in PDF's date digits (YYYYMMDDHHmmSS). */
const FIXED_DATE = '20250601000000';

function md5(content: string): string {
  return createHash('md5').update(content, 'latin1').digest('hex').toUpperCase();
}
