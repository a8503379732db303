import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { RuleEntry } from '../config/types.js';
import { internalFailureOf } from '../core/fatal.js';
import type { LintOptions } from '../core/lint.js';
import type { LintResult } from '../engine/results.js';
import type { Rule } from '../engine/types.js';
import { formatResults, rulesMetaOf } from '../format/index.js';
import { exitCodeFor } from './exit-code.js';
import { HELP, parseCliOptions, UsageError, type CliOptions } from './options.js';
import { version } from './version.js';

/*
 * The lint stack (parsers, analysis, rules, config validation) is imported
 * only by the commands that use it: --help and --version answer at bare
 * Node's speed instead of paying the ~1 s it costs to load.
 */
const loadStack = () => import('./stack.js');

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  /**
   * Raw bytes, so standard input gets the same checks (empty, binary, UTF-8)
   * as a file; reading stops past `maxFileSize`, the cap files have.
   */
  readStdin(maxFileSize: number): Promise<Buffer | string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Runs planlint as the command line does and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliOptions(argv);
    if (options.help) return write(io.stdout, HELP), 0;
    if (options.version) return write(io.stdout, `${version()}\n`), 0;
    const stack = await loadStack();
    const { rules } = stack;
    if (options.listRules) return write(io.stdout, listRules(rules)), 0;
    const lintOptions = await toLintOptions(options, rules, io.cwd);
    if (options.printConfig !== undefined) return write(io.stdout, await printConfig(options.printConfig, lintOptions, io.cwd)), 0;
    if (!options.stdin && options.patterns.length === 0) throw new UsageError('no files given: name the plans to lint, e.g. planlint plans/');
    const results = options.stdin
      ? [await lintStdin(io, options.stdinFilename, lintOptions)]
      : await stack.lintFiles(options.patterns, lintOptions);
    return report(results, rules, options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      write(io.stderr, `planlint: ${error instanceof ConfigError ? error.messageFrom(io.cwd) : error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function toLintOptions(options: CliOptions, rules: readonly Rule[], cwd: string): Promise<LintOptions> {
  const ruleOverrides: Record<string, RuleEntry> = {};
  if (options.rules.length) {
    const { parseRuleFlag } = await loadStack();
    for (const flag of options.rules) Object.assign(ruleOverrides, parseRuleFlag(flag));
  }
  return {
    cwd,
    rules,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    explain: options.explain || options.format === 'explain',
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.documentType ? { documentType: options.documentType } : {}),
    ...(options.rules.length ? { ruleOverrides } : {}),
  };
}

const STDIN_NAME = '<stdin>';

async function lintStdin(io: CliIo, name: string | undefined, options: LintOptions): Promise<LintResult> {
  // Unnamed input still finds its config from the working folder, but is not reported as a file there.
  const { lintRead } = await loadStack();
  const read = async (maxFileSize: number) => {
    const input = await io.readStdin(maxFileSize);
    return Buffer.isBuffer(input) ? input : Buffer.from(input);
  };
  const result = await lintRead(read, { ...options, filePath: name ?? STDIN_NAME });
  return name === undefined ? { ...result, filePath: STDIN_NAME } : result;
}

function report(results: LintResult[], rules: readonly Rule[], options: CliOptions, io: CliIo): number {
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const debug = options.debug || io.env['PLANLINT_DEBUG'] === '1';
  for (const result of results) {
    const fatal = result.messages.find((message) => message.fatal);
    if (!fatal) continue;
    const internal = internalFailureOf(result);
    // An internal error's message names the file itself, and is not the file's fault.
    if (internal) write(io.stderr, `planlint: ${fatal.message}\n${debug ? stackOf(internal.error) : ''}`);
    else write(io.stderr, `planlint: ${relative(io.cwd, result.filePath) || result.filePath}: ${fatal.message}\n`);
  }
  // no-color.org: an empty NO_COLOR does not count.
  const color = options.color ?? (!options.outputFile && Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']);
  // A terminal's findings wrap to its width; a pipe or a file keeps one line a finding for problem matchers.
  const width = !options.outputFile && io.stdout.isTTY ? io.stdout.columns : undefined;
  const output = formatResults(shown, options.format, { color, cwd: io.cwd, rulesMeta: rulesMetaOf(rules), ...(width ? { width } : {}) });
  if (options.outputFile) writeReport(resolve(io.cwd, options.outputFile), options.outputFile, output);
  else write(io.stdout, output);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  // Without this line a run can fail with exit code 1 and, under --quiet, print nothing at all.
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    write(io.stderr, `planlint: too many warnings: ${warnings} (--max-warnings ${options.maxWarnings})\n`);
  }
  return exitCodeFor(results, options.maxWarnings);
}

/** A report that cannot be written is a usage problem (a bad --output-file), not a crash. */
function writeReport(target: string, given: string, output: string): void {
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : message;
    throw new UsageError(`cannot write the report to ${given}: ${reason}`);
  }
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0 };
}

async function printConfig(file: string, options: LintOptions, cwd: string): Promise<string> {
  const { loadConfig, rules: builtIn } = await loadStack();
  const rules = options.rules ?? builtIn;
  const config = loadConfig(resolve(cwd, file), {
    rules,
    ...(options.configFile ? { configFile: resolve(cwd, options.configFile) } : {}),
    ...(options.ruleOverrides ? { cliRules: options.ruleOverrides } : {}),
  });
  const documentType = options.documentType ?? config.documentType;
  return `${JSON.stringify({ ...config, ...(documentType ? { documentType } : {}) }, null, 2)}\n`;
}

/** The stack under the one-line report, for `--debug` and PLANLINT_DEBUG=1. */
export function stackOf(error: unknown): string {
  const stack = error instanceof Error && error.stack ? error.stack : String(error);
  return `${stack}\n`;
}

function listRules(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const lines = rules.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${rule.meta.docs.description}`);
  return `${lines.join('\n')}\n`;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text);
}
