import remarkFrontmatter from 'remark-frontmatter';
import remarkGfmProse from '../src/parse/markdown/remark-gfm-prose.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { rules } from '../rules/index.js';
import type { ResolvedConfig } from '../src/config/index.js';
import { lintText } from '../src/core/lint.js';
import { parseMarkdown } from '../src/parse/markdown/index.js';
import { timeCli } from './cli.js';
import { generatePlan } from './generate-plan.js';
import { line, megabytes, milliseconds, plural, verdict } from './report.js';
import { benchWord } from './word.js';
import { medians } from './stats.js';
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

async function main(): Promise<void> {
  const text = generatePlan(WORDS);
  const config = everyRuleOn();
  // The same plugins as parseMarkdown, so the ratio isolates what planlint adds to remark.
  const remark = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml']).freeze();

  const parse = () => parseMarkdown(text, 'bench-plan.md');
  const lint = () => lintText(text, { filePath: 'bench-plan.md', config });
  const blocks = parse().blocks.length;
  const findings = lint().messages.length;
  const [remarkMs, parseMs, lintMs] = medians([() => remark.parse(text), parse, lint], RUNS, WARMUP) as [number, number, number];
  const heapUsed = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const cli = timeCli(text, CLI_RUNS);

  const ratio = (ms: number) => `${(ms / remarkMs).toFixed(2)}× remark`;
  const lintRatio = lintMs / remarkMs;
  const kilobytes = Math.round(Buffer.byteLength(text) / 1024);
  console.log(
    `planlint bench — ${thousands(WORDS)}-word plan (${thousands(kilobytes)} KB, ${thousands(blocks)} blocks), medians of ${RUNS} interleaved runs after ${WARMUP} warm-up rounds`,
  );
  console.log(line('remark parse alone', milliseconds(remarkMs)));
  console.log(line('planlint parseMarkdown', milliseconds(parseMs), ratio(parseMs)));
  console.log(
    line('whole lint (lintText)', milliseconds(lintMs), ratio(lintMs), `target ≤ ${LINT_TARGET_RATIO}×`, `${verdict(lintRatio <= LINT_TARGET_RATIO)}  ${plural(findings, 'finding')}`),
  );
  console.log(
    line('CLI from the shell', milliseconds(cli.ms), '', `target < ${CLI_TARGET_MS / 1000} s`, `${verdict(cli.ms < CLI_TARGET_MS)}  ${plural(cli.findings, 'finding')}, median of ${CLI_RUNS}`),
  );
  console.log(line('peak RSS', megabytes(peakRss)));
  console.log(line('heap used after runs', megabytes(heapUsed)));
  await benchWord(text, config, { runs: RUNS, warmup: WARMUP, cliRuns: CLI_RUNS });
}

// Missing a target is a finding to report, not a failure: only a crash fails the run.
main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
