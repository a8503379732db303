import { parseArgs } from 'node:util';
import { isDocumentType } from '../analysis/document-type.js';
import type { DocumentType } from '../document/types.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../format/names.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read.js';

/** A file's lint may take a minute: the 20 MB plan at the size cap takes about 15 s on a loaded 2-core machine. */
export const DEFAULT_MAX_TIME_PER_FILE = 60;

/**
 * A file's lint may hold 64 bytes of heap for each byte the size cap lets
 * in: 1,280 MB at the 20 MB cap. A plan at the cap peaks at about 530 MB
 * resident (`npm run bench`), so a plan within the cap fits with room to
 * spare, and a .docx that inflates past what any plan needs is stopped
 * before it takes the machine's memory.
 */
export const DEFAULT_MAX_MEMORY_PER_FILE = Math.round((64 * DEFAULT_MAX_FILE_SIZE) / (1024 * 1024));

/**
 * Worker threads are asked for, not assumed: on the shared 2-core machine
 * 200 plans of 2,000 words took 1.66× (and, under heavier load, 1.98×) as
 * long in two workers as in this thread (`npm run bench`), each file costing
 * about half as much CPU again through a worker, and the two threads
 * contending for the cores the rest of the machine uses.
 */
export const DEFAULT_CONCURRENCY: Concurrency = 'off';

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  configFile?: string;
  rules: string[];
  documentType?: DocumentType;
  /** -1 means no limit, as in ESLint. */
  maxWarnings: number;
  /** Seconds one file's lint may take. */
  maxTimePerFile: number;
  /** Megabytes of heap one file's lint may hold. */
  maxMemoryPerFile: number;
  quiet: boolean;
  printConfig?: string;
  listRules: boolean;
  reportUnusedDisableDirectives: boolean;
  stdin: boolean;
  stdinFilename?: string;
  outputFile?: string;
  color?: boolean;
  explain: boolean;
  /** Print the stack trace of an internal error after its one-line report. */
  debug: boolean;
  baseline: BaselineOptions;
  help: boolean;
  version: boolean;
  /** Reuse the results of files unchanged since the last run (`--cache`). */
  cache: boolean;
  /** Where the cache is kept: a file, or a folder to hold `.planlintcache`. */
  cacheLocation?: string;
  /** How many worker threads lint files at once; `auto` decides from the cores and the files. */
  concurrency: Concurrency;
  /** Run the language server over standard input and output instead of linting (`--lsp [--stdio]`). */
  lsp: boolean;
  /** Where the Word copies with the findings as comments go (README "Findings in the Word file"). */
  annotate?: AnnotateOptions;
}

/** `--annotate-docx OUT.docx` (one plan) or `--annotate-docx-suffix SUFFIX` (each Word plan beside itself). */
export type AnnotateOptions = { kind: 'file'; path: string } | { kind: 'suffix'; suffix: string };

/** The baseline's flags, as ESLint's bulk suppressions name them (README "Baseline"). */
export interface BaselineOptions {
  suppressAll: boolean;
  /** Rule ids whose errors are written to the baseline; empty unless `--suppress-rule` is given. */
  suppressRules: string[];
  /** The suppressions file, or a folder to hold planlint-suppressions.json; the working folder's when absent. */
  location?: string;
  prune: boolean;
  passOnUnpruned: boolean;
}
export type Concurrency = number | 'auto' | 'off';

/** A mistake in how planlint was called: one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'document-type': { type: 'string' },
  'max-warnings': { type: 'string' },
  'max-time-per-file': { type: 'string' },
  'max-memory-per-file': { type: 'string' },
  quiet: { type: 'boolean' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  explain: { type: 'boolean' },
  debug: { type: 'boolean' },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'suppressions-location': { type: 'string' },
  'prune-suppressions': { type: 'boolean' },
  'pass-on-unpruned-suppressions': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  lsp: { type: 'boolean' },
  'annotate-docx': { type: 'string' },
  'annotate-docx-suffix': { type: 'string' },
  // What language clients pass to a server they talk to over standard input and output.
  stdio: { type: 'boolean' },
} as const;

export function parseCliOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // One line, but keep Node's hint for a value that starts with a dash (--max-warnings=-1).
    const lines = (error as Error).message.split('\n').filter((line) => !line.startsWith('Did you forget'));
    throw new UsageError(lines.join(' ').replace(/\. To specify a positional.*$/, ''));
  }
  const { values, positionals } = parsed;
  // --explain is read as a report of its own, unless another format is asked for (JSON then carries it).
  const format = values.format ?? (values.explain ? 'explain' : 'stylish');
  if (!isFormatName(format)) throw new UsageError(`unknown format "${format}" (use one of: ${FORMAT_NAMES.join(', ')})`);
  const documentType = values['document-type'];
  if (documentType !== undefined && !isDocumentType(documentType)) {
    throw new UsageError(
      `unknown document type "${documentType}" (use one of: strategic-plan, integration-scheme, plan-review, performance-report)`,
    );
  }
  const options: CliOptions = {
    patterns: positionals,
    format,
    rules: values.rule ?? [],
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    maxTimePerFile: parseBudget('--max-time-per-file', values['max-time-per-file'], DEFAULT_MAX_TIME_PER_FILE),
    maxMemoryPerFile: parseBudget('--max-memory-per-file', values['max-memory-per-file'], DEFAULT_MAX_MEMORY_PER_FILE),
    quiet: values.quiet ?? false,
    listRules: values['list-rules'] ?? false,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    stdin: values.stdin ?? false,
    explain: values.explain ?? false,
    debug: values.debug ?? false,
    baseline: parseBaseline(values),
    help: values.help ?? false,
    version: values.version ?? false,
    ...manyFiles(values.cache, values['cache-location'], values.concurrency),
    lsp: values.lsp ?? false,
  };
  if (values.config !== undefined) options.configFile = values.config;
  if (documentType !== undefined) options.documentType = documentType;
  if (values['print-config'] !== undefined) options.printConfig = values['print-config'];
  if (values['stdin-filename'] !== undefined) options.stdinFilename = values['stdin-filename'];
  if (values['output-file'] !== undefined) options.outputFile = values['output-file'];
  if (values['no-color']) options.color = false;
  else if (values.color) options.color = true;
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (values.stdio && !options.lsp) throw new UsageError('--stdio needs --lsp');
  // The editor names the documents to the server: files given here would be silently ignored.
  if (options.lsp && (positionals.length > 0 || options.stdin)) throw new UsageError('--lsp lints what the editor opens: give it no files');
  const annotate = parseAnnotate(values['annotate-docx'], values['annotate-docx-suffix']);
  if (annotate) {
    // The copy is made from the file on disk, which standard input has not got.
    if (options.stdin) throw new UsageError(`--annotate-docx${annotate.kind === 'suffix' ? '-suffix' : ''} copies a Word file from disk: it cannot be used with --stdin`);
    options.annotate = annotate;
  }
  const { suppressAll, suppressRules, prune } = options.baseline;
  // As ESLint: the baseline is kept per file on disk, which standard input is not.
  if (options.stdin && (suppressAll || suppressRules.length > 0 || prune)) {
    throw new UsageError('--suppress-all, --suppress-rule and --prune-suppressions cannot be used with --stdin');
  }
  return options;
}

type ParsedValues = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** ESLint's rules for the flags: one way of changing the file a run. */
function parseBaseline(values: ParsedValues): BaselineOptions {
  const baseline: BaselineOptions = {
    suppressAll: values['suppress-all'] ?? false,
    suppressRules: values['suppress-rule'] ?? [],
    prune: values['prune-suppressions'] ?? false,
    passOnUnpruned: values['pass-on-unpruned-suppressions'] ?? false,
  };
  if (values['suppressions-location'] !== undefined) baseline.location = values['suppressions-location'];
  const changes = [
    baseline.suppressAll && '--suppress-all',
    baseline.suppressRules.length > 0 && '--suppress-rule',
    baseline.prune && '--prune-suppressions',
  ].filter((flag): flag is string => flag !== false);
  if (changes.length > 1) throw new UsageError(`${changes.join(' and ')} cannot be used together`);
  return baseline;
}

function parseAnnotate(path: string | undefined, suffix: string | undefined): AnnotateOptions | undefined {
  if (path !== undefined && suffix !== undefined) throw new UsageError('--annotate-docx and --annotate-docx-suffix cannot be used together');
  if (path !== undefined) {
    // Word opens a package by its extension: a copy under another name would not open with a double click.
    if (!path.toLowerCase().endsWith('.docx')) throw new UsageError(`--annotate-docx writes a Word file: give it a name ending in .docx, not "${path}"`);
    return { kind: 'file', path };
  }
  if (suffix === undefined) return undefined;
  // The copy stands beside its plan: a suffix with a folder in it would put it elsewhere, an empty one on the plan itself.
  if (suffix === '' || /[/\\\0]/.test(suffix)) {
    throw new UsageError(`--annotate-docx-suffix takes what to add to a file's name, such as .planlint (plan.docx → plan.planlint.docx), not "${suffix}"`);
  }
  return { kind: 'suffix', suffix };
}

/** The options for runs over many files: the cache and the worker threads. */
function manyFiles(
  cache: boolean | undefined,
  cacheLocation: string | undefined,
  concurrency: string | undefined,
): Pick<CliOptions, 'cache' | 'cacheLocation' | 'concurrency'> {
  if (cacheLocation !== undefined && !cache) throw new UsageError('--cache-location needs --cache');
  return {
    cache: cache ?? false,
    ...(cacheLocation !== undefined ? { cacheLocation } : {}),
    concurrency: parseConcurrency(concurrency),
  };
}

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--concurrency takes a number of threads, auto or off, not "${value}"`);
  return Number(value);
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

function parseBudget(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const budget = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || budget <= 0) throw new UsageError(`${flag} takes a number greater than 0, not "${value}"`);
  return budget;
}

export const HELP = `planlint [options] [file|folder|glob ...]

Lints Scottish health and social care strategic plans, integration schemes,
plan reviews and performance reports for the nine National Health and
Wellbeing Outcomes and the integration delivery principles.

Output:
  -f, --format NAME                  ${FORMAT_NAMES.join(' | ')} (default: stylish)
  -o, --output-file FILE             Write the report to FILE instead of stdout
  --color, --no-color                Force or turn off colours (NO_COLOR is honoured)
  --quiet                            Report errors only
  --explain                          Show, for each outcome and principle, the verdict, the
                                     passages that address it and the evidence beside them

Configuration:
  -c, --config FILE                  Use this config file instead of looking for one
  --rule 'ID: SEVERITY'              Set a rule, e.g. --rule 'outcome-evidence: error'
                                     or --rule 'outcome-evidence: ["error", {"minimum": "measure"}]'
  --document-type TYPE               strategic-plan | integration-scheme | plan-review | performance-report
  --print-config FILE                Print the config that applies to FILE and exit
  --list-rules                       List the rules and exit

Inline directives:
  --report-unused-disable-directives Report planlint-disable comments that silence nothing

Word copies with the findings as comments:
  --annotate-docx OUT.docx           Write a copy of the Word plan with a comment a finding
  --annotate-docx-suffix SUFFIX      Write a copy of each Word plan beside it, SUFFIX added to
                                     its name: .planlint makes plan.docx plan.planlint.docx

Input:
  --stdin                            Lint the plan given on standard input
  --stdin-filename NAME              The name to report it under (and find config from)

Baseline (errors only, counted per file and rule):
  --suppress-all                     Record the errors found in planlint-suppressions.json
  --suppress-rule ID                 Record only this rule's errors (repeatable)
  --suppressions-location PATH       Use this suppressions file (or a folder to hold it)
  --prune-suppressions               Remove suppressions whose errors are gone
  --pass-on-unpruned-suppressions    Do not fail on suppressions whose errors are gone

Limits:
  --max-warnings N                   Exit 1 when there are more than N warnings
  --max-time-per-file SECONDS        Stop a file's lint after this long and report it
                                     (default: ${DEFAULT_MAX_TIME_PER_FILE})
  --max-memory-per-file MB           Stop a file's lint when it needs more memory
                                     (default: ${DEFAULT_MAX_MEMORY_PER_FILE})

Many files:
  --cache                            Reuse the results of files unchanged since the last run
  --cache-location FILE|DIR          Where to keep the cache (default: .planlintcache)
  --concurrency N|auto|off           Lint in N worker threads at once; auto uses them when
                                     there are cores and files enough (default: ${DEFAULT_CONCURRENCY})

Editors:
  --lsp [--stdio]                    Run the language server over standard input and output

Miscellaneous:
  --debug                            After an internal error, print its stack trace
                                     (also PLANLINT_DEBUG=1)
  -h, --help                         Show this help
  -v, --version                      Show the version

Exit codes: 0 no errors, 1 lint errors or too many warnings,
2 a usage, config or input failure, a stale baseline, or an internal error
(the other files are still linted).
`;
