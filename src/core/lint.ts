import { extname, resolve } from 'node:path';
import { analyse } from '../analysis/index.js';
import { loadConfig, type ResolvedConfig, type RuleEntry } from '../config/index.js';
import { isDocumentType } from '../analysis/document-type.js';
import { DOCUMENT_TYPES, type DocumentType, type PlanDocument } from '../document/types.js';
import { applyDirectives } from '../engine/directives.js';
import type { LintMessage, LintResult } from '../engine/results.js';
import { runRules } from '../engine/runner.js';
import type { Rule } from '../engine/types.js';
import { discoverFiles } from '../load/discover.js';
import { InputError } from '../load/input-error.js';
import { readPlanFile, sniffPlan } from '../load/read.js';
import { parseDocx } from '../parse/docx/index.js';
import { parseMarkdown } from '../parse/markdown/index.js';
import { rules as builtInRules } from '../../rules/index.js';
import { coverageOf, evidenceRequirements } from './coverage.js';
import { explain } from './explanation.js';
import { addQuotes } from './quote.js';
import { fatalResult } from './fatal.js';

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
}

export interface LintTextOptions extends LintOptions {
  /** Where the text would live: names the result and places config discovery. */
  filePath?: string;
}

/**
 * Lints one plan given as text. Config errors throw a ConfigError (the whole
 * run is misconfigured); a text that cannot be parsed gives a fatal result.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? '<text>');
  const config = options.config ?? configFor(filePath, options);
  let document: PlanDocument;
  try {
    document = parseMarkdown(text.replace(/^\uFEFF/, ''), filePath);
  } catch (error) {
    return fatalResult(filePath, `cannot be parsed: ${(error as Error).message}`);
  }
  return lintParsed(document, config, options);
}

/**
 * A Word package inflating to more than this many times the file size cap is
 * refused: ordinary .docx files inflate a few times over, bombs a thousandfold.
 */
const DOCX_INFLATION_LIMIT = 20;

/**
 * Lints a plan given as bytes, Markdown or Word, told apart by content. A
 * file that is not a plan, or cannot be parsed, gives a fatal result.
 */
export async function lintBuffer(buffer: Buffer, options: LintTextOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? '<buffer>');
  const config = options.config ?? configFor(filePath, options);
  try {
    const plan = sniffPlan(buffer, extname(filePath).toLowerCase());
    if (plan.format === 'markdown') return lintText(plan.text, { ...options, filePath, config });
    const document = await parseDocx(plan.buffer, filePath, { maxInflatedSize: config.maxFileSize * DOCX_INFLATION_LIMIT }).catch(
      (error: unknown) => {
        if (error instanceof InputError) throw error;
        // mammoth and the XML reader fail on malformed parts; that is the file's fault, not planlint's.
        throw new InputError(`cannot be read as a Word document (${(error as Error).message.split('\n')[0]}): save it again from Word`);
      },
    );
    return lintParsed(document, config, options);
  } catch (error) {
    if (error instanceof InputError) return fatalResult(filePath, error.message);
    throw error;
  }
}

function lintParsed(document: PlanDocument, config: ResolvedConfig, options: LintOptions): LintResult {
  const filePath = document.uri;
  const declared = document.frontMatter['documentType'];
  if (declared !== undefined && !isDocumentType(declared)) {
    // A typo here would silently change which duties apply; refuse it as a bad config is refused.
    return fatalResult(filePath, `front matter documentType ${JSON.stringify(declared)} is not one of: ${DOCUMENT_TYPES.join(', ')}`);
  }
  return lintDocument(document, config, options);
}

/** Lints one file from disk; an unreadable or unparsable file gives a fatal result naming the problem. */
export async function lintFile(path: string, options: LintOptions = {}): Promise<LintResult> {
  const filePath = resolve(options.cwd ?? process.cwd(), path);
  const config = options.config ?? configFor(filePath, options);
  let buffer: Buffer;
  try {
    buffer = await readPlanFile(filePath, config.maxFileSize);
  } catch (error) {
    if (error instanceof InputError) return fatalResult(filePath, error.message);
    throw error;
  }
  return lintBuffer(buffer, { ...options, filePath, config });
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

function configFor(filePath: string, options: LintOptions): ResolvedConfig {
  return loadConfig(filePath, {
    rules: options.rules ?? builtInRules,
    ...(options.configFile ? { configFile: resolve(options.cwd ?? process.cwd(), options.configFile) } : {}),
    ...(options.ruleOverrides ? { cliRules: options.ruleOverrides } : {}),
  });
}

function lintDocument(document: PlanDocument, config: ResolvedConfig, options: LintOptions): LintResult {
  const rules = options.rules ?? builtInRules;
  const analysis = analyse(document, {
    explicit: options.documentType,
    configured: config.documentType,
    evidence: evidenceRequirements(rules, config.rules),
  });
  const found = runRules({ filePath: document.uri, document, analysis, rules, settings: config.rules });
  const known = new Set(rules.map((rule) => rule.meta.id));
  const directed = applyDirectives(document, found, known, options.reportUnusedDisableDirectives ?? false);
  const messages = [...directed.messages, ...directed.problems].sort(byPlace);
  if (document.format === 'docx') addQuotes(document, [...messages, ...directed.suppressed]);
  return {
    filePath: document.uri,
    messages,
    suppressedMessages: directed.suppressed.sort(byPlace),
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    fatalErrorCount: 0,
    coverage: coverageOf(document, analysis),
    ...(options.explain ? { explanation: explain(document, analysis) } : {}),
  };
}

function byPlace(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

