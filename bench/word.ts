import { markdownToDocx } from '../scripts/markdown-to-docx.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { annotateDocx } from '../src/annotate/index.js';
import { lintBuffer } from '../src/core/lint.js';
import { readDocumentXml } from '../src/parse/docx/document-xml.js';
import { parseDocx } from '../src/parse/docx/index.js';
import { readWithMammoth } from '../src/parse/docx/mammoth-tree.js';
import { openDocxPackage } from '../src/parse/docx/package.js';
import { timeCli } from './cli.js';
import { line, milliseconds, plural, verdict } from './report.js';
import { mediansAsync } from './stats.js';
import { thousands } from './vocabulary.js';

const CLI_TARGET_MS = 2000;
const NO_CAP = Number.MAX_SAFE_INTEGER;

/**
 * The same plan as a Word package: where the time goes (unzip and size
 * check, the word/document.xml pass, mammoth, analysis and rules) and the
 * CLI from the shell; and the copy `--annotate-docx` writes.
 */
export async function benchWord(
  markdown: string,
  config: ResolvedConfig,
  counts: { runs: number; warmup: number; cliRuns: number },
): Promise<void> {
  const docx = await markdownToDocx(markdown);
  const unzip = async () => openDocxPackage(docx, NO_CAP);
  const xmlPass = async () => readDocumentXml((await (await unzip()).read('word/document.xml')) ?? '');
  const mammoth = () => readWithMammoth(docx);
  const parse = () => parseDocx(docx, 'bench-plan.docx', { maxInflatedSize: NO_CAP });
  const lint = () => lintBuffer(docx, { filePath: 'bench-plan.docx', config });
  const paragraphs = (await parse()).lineCount;
  const { messages } = await lint();
  const annotate = () => annotateDocx(docx, messages);
  const timed = await mediansAsync([unzip, xmlPass, mammoth, parse, lint, annotate], counts.runs, counts.warmup);
  const [unzipMs, xmlMs, mammothMs, parseMs, lintMs, annotateMs] = timed as [number, number, number, number, number, number];
  const cli = timeCli(docx, counts.cliRuns, 'bench-plan.docx');
  const kilobytes = Math.round(docx.length / 1024);
  console.log(`\nthe same plan as Word (.docx, ${thousands(kilobytes)} KB, ${thousands(paragraphs)} paragraphs)`);
  console.log(line('unzip and size check', milliseconds(unzipMs)));
  console.log(line('unzip + document.xml pass', milliseconds(xmlMs)));
  console.log(line('mammoth', milliseconds(mammothMs)));
  console.log(line('whole parse (parseDocx)', milliseconds(parseMs)));
  console.log(line('whole lint (lintBuffer)', milliseconds(lintMs), `${milliseconds(lintMs - parseMs).trim()} analysis and rules`));
  console.log(line('copy with the findings as comments', milliseconds(annotateMs), plural(messages.length, 'comment')));
  console.log(
    line('CLI from the shell', milliseconds(cli.ms), '', `target < ${CLI_TARGET_MS / 1000} s`, `${verdict(cli.ms < CLI_TARGET_MS)}  ${plural(cli.findings, 'finding')}, wall, median of ${counts.cliRuns}`),
  );
}
