import { basename, relative, resolve } from 'node:path';
import { analyse } from '../analysis/index.js';
import type { AnalysisReuse } from '../analysis/reuse.js';
import { ConfigError, loadConfig, type ResolvedConfig, type RuleEntry } from '../config/index.js';
import { isDocumentType } from '../analysis/document-type.js';
import type { Reused } from '../document/reuse.js';
import { DOCUMENT_TYPES, type DocumentType, type PlanDocument } from '../document/types.js';
import { applyDirectives } from '../engine/directives.js';
import type { LintMessage, LintResult } from '../engine/results.js';
import { RuleFailure, runRules } from '../engine/runner.js';
import type { Rule } from '../engine/types.js';
import { discoverFiles } from '../load/discover.js';
import { InputError } from '../document/input-error.js';
import { checkSize, readPlanFile, sniffFormat } from '../load/read.js';
import type { KeptParse } from '../parse/markdown/index.js';
import { parseMarkdownText } from '../parse/markdown/text.js';
import { INPUT_FORMATS } from '../parse/registry.js';
import { rules as builtInRules } from '../../rules/index.js';
import { coverageOf, evidenceRequirements } from './coverage.js';
import { explain } from './explanation.js';
import { addPages, addQuotes } from './quote.js';
import { fatalResult, internalErrorResult } from './fatal.js';

export interface LintOptions {
  /** Folder that relative paths and `.planlintignore` are read from; defaults to `process.cwd()`. */
  cwd?: string;
  /** A config file to use instead of discovering one from each file's folder. */
  configFile?: string;
  /** A resolved config to use as it is, skipping discovery (the language server and tests use this). */
  config?: ResolvedConfig;
  /** Rule settings applied over every config, as `--rule` gives them. */
  ruleOverrides?: Record<string, RuleEntry>;
  /** Document type for every file, over front matter and config. */
  documentType?: DocumentType;
  reportUnusedDisableDirectives?: boolean;
  /** Add to each result why each outcome and principle got its status. */
  explain?: boolean;
  rules?: readonly Rule[];
  /**
   * Told each phase as a file's lint enters it (`read`, `parse (docx)`,
   * `analysis`, …), so that whoever stops a lint that overran its budget
   * can say where it was stuck.
   */
  onPhase?: (phase: string) => void;
}

export interface LintTextOptions extends LintOptions {
  /** Where the text would live: names the result and places config discovery. */
  filePath?: string;
}

/**
 * Where the linting of one file has got to, so that a fault of planlint's own
 * can be reported with the part of planlint that failed.
 */
class Step {
  #phase: string;

  constructor(
    phase: string,
    private readonly listener: ((phase: string) => void) | undefined,
  ) {
    this.#phase = phase;
    listener?.(phase);
  }

  get phase(): string {
    return this.#phase;
  }

  set phase(phase: string) {
    this.#phase = phase;
    this.listener?.(phase);
  }
}

/**
 * Lints one plan given as Markdown text. Config errors throw a ConfigError
 * (the whole run is misconfigured); a text that cannot be parsed gives a
 * fatal result, and so does a fault of planlint's own (an internal error).
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  return lintTextKeeping(text, options);
}

/** What a LintSession keeps from one lint of its document to the next. */
export interface KeptWork {
  parses: Reused<string, KeptParse>;
  analysis: AnalysisReuse;
}

/** lintText, using and refilling what earlier lints of the same document kept (session.ts). */
export function lintTextKeeping(text: string, options: LintTextOptions, kept?: KeptWork): LintResult {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? '<text>');
  const config = options.config ?? resolveConfig(filePath, options);
  const step = new Step('parse (markdown)', options.onPhase);
  try {
    return lintParsed(parseMarkdownText(text, filePath, kept?.parses), config, options, step, kept?.analysis);
  } catch (error) {
    return failed(error, filePath, step, cwd);
  }
}

/**
 * Lints a plan given as bytes, in any registered format, told apart by
 * content. A file that is not a plan, or cannot be parsed, gives a fatal result.
 */
export async function lintBuffer(buffer: Buffer, options: LintTextOptions = {}): Promise<LintResult> {
  return lintRead(() => Promise.resolve(buffer), options);
}

/**
 * Lints a plan from `read`, which is told the size cap of the plan's config
 * and reads no further past it (standard input): bytes over the cap are
 * refused as a file over it is.
 */
export async function lintRead(read: (maxFileSize: number) => Promise<Buffer>, options: LintTextOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? '<buffer>');
  const config = options.config ?? resolveConfig(filePath, options);
  const step = new Step('read', options.onPhase);
  try {
    const buffer = await read(config.maxFileSize);
    checkSize(buffer.length, config.maxFileSize);
    return await lintBytes(buffer, filePath, config, options, step);
  } catch (error) {
    return failed(error, filePath, step, cwd);
  }
}

/**
 * Lints one file from disk; an unreadable or unparsable file gives a fatal
 * result naming the problem, and so does a broken config file found for it
 * (the files that config does not govern are linted as usual).
 */
export async function lintFile(path: string, options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, path);
  const step = new Step('config', options.onPhase);
  try {
    const config = options.config ?? resolveConfig(filePath, options);
    step.phase = 'read';
    const buffer = await readPlanFile(filePath, config.maxFileSize);
    return await lintBytes(buffer, filePath, config, options, step);
  } catch (error) {
    if (error instanceof ConfigError && governsOnlySome(error, options)) return fatalResult(filePath, error.messageFrom(cwd));
    return failed(error, filePath, step, cwd);
  }
}

/**
 * A config file found beside the plans governs only the plans under it, so
 * its fault is theirs alone. `--config` and `--rule` govern every file: their
 * faults still stop the run, as a usage error does. A package.json that is
 * not valid JSON counts as found config: whether it has a "planlint" key
 * cannot be told, and linting its plans with the recommended settings
 * instead of their own would report findings their config may turn off.
 */
function governsOnlySome(error: ConfigError, options: LintOptions): boolean {
  return error.filePath !== '' && options.configFile === undefined;
}

/**
 * Lints files, folders and globs. Every input that fails gives its own fatal
 * result and the others are still linted, so one bad file cannot hide the
 * findings of the rest.
 */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const { files, failures } = await discoverFiles(patterns, cwd);
  const results = failures.map((failure) => fatalResult(resolve(cwd, failure.path), failure.message));
  for (const file of files) results.push(await lintFile(file, { ...options, cwd }));
  return results;
}

async function lintBytes(buffer: Buffer, filePath: string, config: ResolvedConfig, options: LintOptions, step: Step): Promise<LintResult> {
  const format = sniffFormat(buffer, basename(filePath));
  step.phase = `parse (${format.id})`;
  const document = await format.parse(buffer, { uri: filePath, maxFileSize: config.maxFileSize });
  return lintParsed(document, config, options, step);
}

/**
 * docs/design.md: only the documented input problems (InputError) are the
 * file's; config errors stop the run; anything else is planlint's fault, in
 * the phase it was in, for this file only.
 */
function failed(error: unknown, filePath: string, step: Step, cwd: string): LintResult {
  if (error instanceof InputError) return fatalResult(filePath, error.message);
  if (error instanceof ConfigError) throw error;
  const shown = relative(cwd, filePath) || filePath;
  if (error instanceof RuleFailure) return internalErrorResult(filePath, shown, { phase: `rule ${error.ruleId}`, error: error.cause });
  return internalErrorResult(filePath, shown, { phase: step.phase, error });
}

function lintParsed(document: PlanDocument, config: ResolvedConfig, options: LintOptions, step: Step, reuse?: AnalysisReuse): LintResult {
  const declared = document.frontMatter['documentType'];
  if (declared !== undefined && !isDocumentType(declared)) {
    // A typo here would silently change which duties apply; refuse it as a bad config is refused.
    throw new InputError(`front matter documentType ${JSON.stringify(declared)} is not one of: ${DOCUMENT_TYPES.join(', ')}`);
  }
  const rules = options.rules ?? builtInRules;
  step.phase = 'analysis';
  const analysis = analyse(document, {
    explicit: options.documentType,
    configured: config.documentType,
    evidence: evidenceRequirements(rules, config.rules),
  }, undefined, reuse);
  step.phase = 'rules';
  const found = runRules({ filePath: document.uri, document, analysis, rules, settings: config.rules });
  step.phase = 'directives';
  const known = new Set(rules.map((rule) => rule.meta.id));
  const directed = applyDirectives(document, found, known, options.reportUnusedDisableDirectives ?? false);
  const messages = [...directed.messages, ...directed.problems].sort(byPlace);
  step.phase = 'quotes';
  // A format located by paragraph (Word) or page (PDF) shows no line numbers: a finding there carries a quote of its place.
  if (QUOTED_FORMATS.has(document.format)) addQuotes(document, [...messages, ...directed.suppressed]);
  addPages(document, [...messages, ...directed.suppressed]);
  step.phase = 'coverage';
  const coverage = coverageOf(document, analysis);
  step.phase = 'explanation';
  const explanation = options.explain ? { explanation: explain(document, analysis) } : {};
  return {
    filePath: document.uri,
    messages,
    suppressedMessages: directed.suppressed.sort(byPlace),
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    infoCount: messages.filter((message) => message.level === 'info').length,
    fatalErrorCount: 0,
    coverage,
    ...explanation,
  };
}

const QUOTED_FORMATS = new Set(INPUT_FORMATS.filter((format) => format.locations !== 'line:column').map((format) => format.id));

/**
 * The config a plan at `filePath` (absolute) is linted under: the nearest
 * config file, or `options.configFile`, then `--rule` overrides. The command
 * line asks it too, for standard input's size cap, the cache key and
 * `--print-config`.
 */
export function resolveConfig(filePath: string, options: LintOptions): ResolvedConfig {
  return loadConfig(filePath, {
    rules: options.rules ?? builtInRules,
    ...(options.configFile ? { configFile: resolve(options.cwd ?? process.cwd(), options.configFile) } : {}),
    ...(options.ruleOverrides ? { cliRules: options.ruleOverrides } : {}),
  });
}

function byPlace(a: LintMessage, b: LintMessage): number {
  // Rule ids are ASCII: a plain comparison, as the first localeCompare of a run loads a collator (some 6 ms).
  const left = a.ruleId ?? '';
  const right = b.ruleId ?? '';
  return a.line - b.line || a.column - b.column || (left < right ? -1 : left > right ? 1 : 0);
}
