import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintText } from '../src/core/lint.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';
import { timeCli } from './cli.js';
import { everyRuleOn } from './config.js';
import { generatePlan } from './generate-plan.js';
import { benchEditor } from './editor.js';
import { benchLarge } from './large.js';
import { benchMany } from './many.js';
import { benchPdf } from './pdf.js';
import { ProcessTimer } from './processes.js';
import { line, megabytes, milliseconds, plural, ratioTo, verdict } from './report.js';
import { benchStartup } from './startup.js';
import { benchWord } from './word.js';
import { medians } from './stats.js';
import { thousands } from './vocabulary.js';

const WORDS = 50_000;
const RUNS = 7;
const WARMUP = 3;
const CLI_RUNS = 5;
const STARTUP_ROUNDS = 15;
const LARGE_RUNS = 3;
const MANY_RUNS = 3;
const LINT_TARGET_RATIO = 1.3;
const CLI_TARGET_MS = 1500;

/** `node dist/bench/bench.js pdf` runs only the PDF section, which needs LibreOffice and most of a minute to export the plan. */
async function pdfOnly(text: string, config: ResolvedConfig): Promise<void> {
  console.log(`planlint bench, PDF section — ${thousands(WORDS)}-word plan, medians of ${RUNS} interleaved runs after ${WARMUP} warm-up rounds`);
  const folder = mkdtempSync(join(tmpdir(), 'planlint-bench-'));
  try {
    await benchPdf(text, config, folder, { runs: RUNS, warmup: WARMUP });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const text = generatePlan(WORDS);
  const config = everyRuleOn();
  if (process.argv[2] === 'pdf') return pdfOnly(text, config);
  // How Markdown is usually read: the ratio is what planlint's whole lint costs over that.
  const remark = unified().use(remarkParse).use(remarkGfm).freeze();

  const parse = () => parseMarkdown(text, 'bench-plan.md');
  const lint = () => lintText(text, { filePath: 'bench-plan.md', config });
  const blocks = parse().blocks.length;
  const findings = lint().messages.length;
  const [remarkMs, parseMs, lintMs] = medians([() => remark.parse(text), parse, lint], RUNS, WARMUP) as [number, number, number];
  const heapUsed = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const cli = timeCli(text, CLI_RUNS);

  const lintRatio = lintMs / remarkMs;
  const bytes = Buffer.byteLength(text);
  console.log(
    `planlint bench — ${thousands(WORDS)}-word plan (${thousands(Math.round(bytes / 1024))} KB, ${thousands(blocks)} blocks), medians of ${RUNS} interleaved runs after ${WARMUP} warm-up rounds, wall time in this process`,
  );
  console.log(line('unified + remark-parse + remark-gfm', milliseconds(remarkMs)));
  console.log(line('planlint parseMarkdown', milliseconds(parseMs), ratioTo(parseMs / remarkMs, 'remark')));
  console.log(
    line('whole lint (lintText)', milliseconds(lintMs), ratioTo(lintRatio, 'remark'), `target ≤ ${LINT_TARGET_RATIO}×`, `${verdict(lintRatio <= LINT_TARGET_RATIO)}  ${plural(findings, 'finding')}`),
  );
  console.log(
    line('CLI from the shell', milliseconds(cli.ms), '', `target < ${CLI_TARGET_MS / 1000} s`, `${verdict(cli.ms < CLI_TARGET_MS)}  ${plural(cli.findings, 'finding')}, wall, median of ${CLI_RUNS}`),
  );
  console.log(line('peak RSS', megabytes(peakRss)));
  console.log(line('heap used after runs', megabytes(heapUsed)));

  const folder = mkdtempSync(join(tmpdir(), 'planlint-bench-'));
  try {
    benchStartup(new ProcessTimer(folder), folder, STARTUP_ROUNDS);
    benchLarge(folder, bytes / WORDS, LARGE_RUNS);
    benchMany(folder, MANY_RUNS);
    await benchEditor(config, folder, { runs: RUNS, warmup: WARMUP });
    await benchPdf(text, config, folder, { runs: RUNS, warmup: WARMUP });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await benchWord(text, config, { runs: RUNS, warmup: WARMUP, cliRuns: CLI_RUNS });
}

// Missing a target is a finding to report, not a failure: only a crash fails the run.
main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
