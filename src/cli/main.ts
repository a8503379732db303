import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { rules } from '../../rules/index.js';
import { ConfigError, loadConfig, parseRuleFlag, type RuleEntry } from '../config/index.js';
import type { LintResult } from '../engine/results.js';
import { formatResults } from '../format/index.js';
import { lintFiles, lintText, type LintOptions } from '../core/lint.js';
import { exitCodeFor } from './exit-code.js';
import { HELP, parseCliOptions, UsageError, type CliOptions } from './options.js';
import { version } from './version.js';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  readStdin(): Promise<string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Runs planlint as the command line does and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliOptions(argv);
    if (options.help) return write(io.stdout, HELP), 0;
    if (options.version) return write(io.stdout, `${version()}\n`), 0;
    if (options.listRules) return write(io.stdout, listRules()), 0;
    const lintOptions = toLintOptions(options, io.cwd);
    if (options.printConfig !== undefined) return write(io.stdout, printConfig(options.printConfig, lintOptions, io.cwd)), 0;
    if (!options.stdin && options.patterns.length === 0) throw new UsageError('no files given: name the plans to lint, e.g. planlint plans/');
    const results = options.stdin
      ? [lintText(await io.readStdin(), { ...lintOptions, filePath: options.stdinFilename ?? '<stdin>' })]
      : await lintFiles(options.patterns, lintOptions);
    return report(results, options, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      write(io.stderr, `planlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function toLintOptions(options: CliOptions, cwd: string): LintOptions {
  const ruleOverrides: Record<string, RuleEntry> = {};
  for (const flag of options.rules) Object.assign(ruleOverrides, parseRuleFlag(flag));
  return {
    cwd,
    rules,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.documentType ? { documentType: options.documentType } : {}),
    ...(options.rules.length ? { ruleOverrides } : {}),
  };
}

function report(results: LintResult[], options: CliOptions, io: CliIo): number {
  const shown = options.quiet ? results.map(errorsOnly) : results;
  for (const result of results) {
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) write(io.stderr, `planlint: ${relative(io.cwd, result.filePath) || result.filePath}: ${fatal.message}\n`);
  }
  const color = options.color ?? (!options.outputFile && Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env));
  const output = formatResults(shown, options.format, { color, cwd: io.cwd });
  if (options.outputFile) {
    const target = resolve(io.cwd, options.outputFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  } else {
    write(io.stdout, output);
  }
  return exitCodeFor(results, options.maxWarnings);
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0 };
}

function printConfig(file: string, options: LintOptions, cwd: string): string {
  const config = loadConfig(resolve(cwd, file), {
    rules,
    ...(options.configFile ? { configFile: resolve(cwd, options.configFile) } : {}),
    ...(options.ruleOverrides ? { cliRules: options.ruleOverrides } : {}),
  });
  const documentType = options.documentType ?? config.documentType;
  return `${JSON.stringify({ ...config, ...(documentType ? { documentType } : {}) }, null, 2)}\n`;
}

function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const lines = rules.map((rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${rule.meta.docs.description}`);
  return `${lines.join('\n')}\n`;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text);
}
