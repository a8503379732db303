import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { rules } from '../rules/index.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintText } from '../src/core/lint.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { timeCli } from './cli.js';
import { generatePlan } from './generate-plan.js';
import { line, megabytes, milliseconds, verdict } from './report.js';
import { time } from './stats.js';
import { thousands } from './vocabulary.js';

const WORDS = 50_000;
const RUNS = 7;
const WARMUP = 3;
const CLI_RUNS = 5;
const LINT_TARGET_RATIO = 2;
const CLI_TARGET_MS = 1500;

/** Every rule at its recommended severity and default options, without config discovery, which would time the file system. */
function everyRuleOn(): ResolvedConfig {
  const settings = rules.map((rule) => [rule.meta.id, { severity: rule.meta.severity === 'error' ? 2 : 1, options: { ...rule.meta.defaultOptions } }] as const);
  return { rules: Object.fromEntries(settings), maxFileSize: Infinity, configFiles: [] };
}

function main(): void {
  const text = generatePlan(WORDS);
  const config = everyRuleOn();
  // The same plugins as parseMarkdown, so the ratio isolates what planlint adds to remark.
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

  const baseline = time(() => remark.parse(text), RUNS, WARMUP);
  const parsed = time(() => parseMarkdown(text, 'bench-plan.md'), RUNS, WARMUP);
  const linted = time(() => lintText(text, { filePath: 'bench-plan.md', config }), RUNS, WARMUP);
  const heapUsed = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const folder = mkdtempSync(join(tmpdir(), 'planlint-bench-'));
  let cli;
  try {
    const file = join(folder, 'bench-plan.md');
    writeFileSync(file, text);
    cli = timeCli(file, CLI_RUNS, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const ratio = (ms: number) => `${(ms / baseline.ms).toFixed(2)}× remark`;
  const lintRatio = linted.ms / baseline.ms;
  const kilobytes = Math.round(Buffer.byteLength(text) / 1024);
  console.log(
    `planlint bench — ${thousands(WORDS)}-word plan (${thousands(kilobytes)} KB, ${thousands(parsed.last.blocks.length)} blocks), medians of ${RUNS} runs after ${WARMUP} warm-up runs`,
  );
  console.log(line('remark parse alone', milliseconds(baseline.ms)));
  console.log(line('planlint parseMarkdown', milliseconds(parsed.ms), ratio(parsed.ms)));
  console.log(
    line('whole lint (lintText)', milliseconds(linted.ms), ratio(linted.ms), `target ≤ ${LINT_TARGET_RATIO}×`, `${verdict(lintRatio <= LINT_TARGET_RATIO)}  ${thousands(linted.last.messages.length)} findings`),
  );
  console.log(
    line('CLI from the shell', milliseconds(cli.ms), '', `target < ${CLI_TARGET_MS / 1000} s`, `${verdict(cli.ms < CLI_TARGET_MS)}  ${thousands(cli.findings)} findings, median of ${CLI_RUNS}`),
  );
  console.log(line('peak RSS', megabytes(peakRss)));
  console.log(line('heap used after runs', megabytes(heapUsed)));
}

// Missing a target is a finding to report, not a failure: only a crash fails the run.
try {
  main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
