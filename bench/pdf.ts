import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { docxToPdf, hasSoffice } from '../scripts/docx-to-pdf.js';
import { markdownToDocx } from '../scripts/markdown-to-docx.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintBuffer } from '../src/core/lint.js';
import { parsePdf } from '../src/parse/pdf/index.js';
import { line, milliseconds, plural, ratioTo, verdict } from './report.js';
import { mediansAsync } from './stats.js';
import { thousands } from './vocabulary.js';

/** planlint's whole lint of a PDF against pdf.js reading the same file's text: the target. */
const LINT_TARGET_RATIO = 3;

/**
 * The same plan as a PDF, exported through Word and LibreOffice as plans
 * are published. The baseline is what the PDF library alone costs: open the
 * file and extract every page's text (unpdf's `extractText`); planlint
 * reads the same text items and adds the geometry (lines, columns,
 * paragraphs, headings, tables, running heads), the analysis and the rules.
 */
export async function benchPdf(
  markdown: string,
  config: ResolvedConfig,
  folder: string,
  counts: { runs: number; warmup: number },
): Promise<void> {
  if (!hasSoffice()) {
    console.log('\nthe same plan as PDF: skipped, soffice (LibreOffice Writer) is not installed to export it');
    return;
  }
  const pdf = docxToPdf(await markdownToDocx(markdown));
  writeFileSync(join(folder, 'bench-plan.pdf'), pdf);
  // pdf.js takes over the bytes it is given, so each run gets a copy, as a file read from disk would be.
  const extract = async () => {
    const document = await getDocumentProxy(new Uint8Array(pdf));
    await extractText(document);
    await document.destroy();
  };
  const parse = () => parsePdf(Buffer.from(pdf), 'bench-plan.pdf');
  const lint = () => lintBuffer(Buffer.from(pdf), { filePath: 'bench-plan.pdf', config });
  const parsed = await parse();
  const findings = (await lint()).messages.length;
  const timed = await mediansAsync([extract, parse, lint], counts.runs, counts.warmup);
  const [extractMs, parseMs, lintMs] = timed as [number, number, number];
  const ratio = lintMs / extractMs;
  const kilobytes = Math.round(pdf.length / 1024);
  console.log(
    `\nthe same plan as PDF (exported by LibreOffice, ${thousands(kilobytes)} KB, ${thousands(parsed.pages?.length ?? 0)} pages, ${thousands(parsed.lineCount)} lines, ${thousands(parsed.blocks.length)} blocks)`,
  );
  console.log(line('unpdf extractText, every page', milliseconds(extractMs)));
  console.log(line('whole parse (parsePdf)', milliseconds(parseMs), ratioTo(parseMs / extractMs, 'unpdf')));
  console.log(
    line('whole lint (lintBuffer)', milliseconds(lintMs), ratioTo(ratio, 'unpdf'), `target ≤ ${LINT_TARGET_RATIO}×`, `${verdict(ratio <= LINT_TARGET_RATIO)}  ${plural(findings, 'finding')}`),
  );
}
