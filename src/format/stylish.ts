import type { LintMessage, LintResult } from '../engine/results.js';
import { describeDocumentType } from './document-type.js';
import { escapeControl } from './escape.js';
import type { FormatOptions } from './index.js';

/*
 * ESLint's stylish layout (lib/cli-engine/formatters/stylish.js), so that
 * problem matchers written for ESLint read planlint's output unchanged:
 * GitHub's `eslint-stylish` matcher, which actions/setup-node registers on
 * its own, and VS Code's `$eslint-stylish`. Each finding is a row
 * `line:column  severity  message  rule-id`; a Word finding gives its
 * paragraph's ordinal and the column in it (`14:162`), so the matchers take
 * it too, and says `¶14` in its section. A PDF finding gives its page and
 * the line on the page (`p.12:7`), as the reader of a PDF goes to it: the
 * matchers pass such a row by, which costs nothing, since no editor or
 * annotation opens a PDF at a line (the `github` format annotates it).
 *
 * Unlike ESLint, the message column is not padded to the longest message:
 * the rule id follows two spaces after each message, which is all the
 * matchers need, and a short finding stays short.
 *
 * Two layouts, by where the output goes:
 * - Not a terminal (a pipe, a file, CI): one line per finding, nothing else,
 *   the section and a Word quote in brackets at the end of the message. A
 *   matcher reads a file's findings with a looping pattern, and GitHub's
 *   runner ends the loop at the first line the pattern misses, so a line of
 *   any other shape after a finding would cost the annotations of every later
 *   finding in that file (setup-node's matcher even takes such a line for the
 *   next file name). Lines are as long as they need to be.
 * - A terminal (`width` given): the finding's row, its message wrapped to the
 *   width (at most 100 columns), then a dim line for the section and a Word
 *   quote, wrapped too. No matcher reads a terminal.
 *
 * The type the document was judged as, and where that came from, is the
 * last line of its block, indented: not on the file line, which both
 * matchers take whole as the file's path, and not before the findings, where
 * it would end the matcher's loop before the first of them. After the last
 * finding it ends a loop that had nothing more to read.
 */

type Style = (text: string) => string;

interface Palette {
  underline: Style;
  dim: Style;
  bold: Style;
  red: Style;
  yellow: Style;
  blue: Style;
}

/*
 * Plain SGR codes rather than `util.styleText`: it is missing before Node
 * 20.12 (the engines field allows 20.10), and later Node versions have it
 * consult process.stdout, which would overrule the caller's `color` choice.
 * An empty text stays empty, as with chalk, so a fatal message's empty rule
 * cell still trims away at the end of its line.
 */
const sgr =
  (open: number, close: number): Style =>
  (text) =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;

const ANSI: Palette = {
  underline: sgr(4, 24),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
};

const unstyled: Style = (text) => text;
const PLAIN: Palette = { underline: unstyled, dim: unstyled, bold: unstyled, red: unstyled, yellow: unstyled, blue: unstyled };

const COLUMN_GAP = '  ';

export function formatStylish(results: readonly LintResult[], options: FormatOptions): string {
  const palette = options.color ? ANSI : PLAIN;
  const errors = sum(results.map((result) => result.errorCount));
  const warnings = sum(results.map((result) => result.warningCount));
  const infos = sum(results.map((result) => result.infoCount));
  if (errors + warnings + infos === 0) return '';
  const files = results.filter((result) => result.messages.length > 0).map((result) => fileBlock(result, palette, options.width));
  return `\n${files.join('')}${summary(errors, warnings, infos, palette)}\n`;
}

function fileBlock(result: LintResult, palette: Palette, width: number | undefined): string {
  const judged = result.coverage ? `\n${COLUMN_GAP}${palette.dim(`judged as: ${describeDocumentType(result.coverage)}`)}` : '';
  return `${palette.underline(escapeControl(result.filePath))}\n${messageTable(result.messages, palette, width)}${judged}\n\n`;
}

function messageTable(messages: readonly LintMessage[], palette: Palette, width: number | undefined): string {
  const lineWidth = Math.max(...messages.map((message) => String(message.line).length));
  const positionWidth = Math.max(...messages.map((message) => position(message, lineWidth).length));
  const severityWidth = Math.max(...messages.map((message) => severityOf(message).length));
  // The indent, the position and severity columns and their gaps.
  const messageColumn = COLUMN_GAP.length * 3 + positionWidth + severityWidth;
  return messages
    .flatMap((message) => {
      const place = position(message, lineWidth);
      const severity = severityOf(message);
      const head =
        COLUMN_GAP +
        palette.dim(place) +
        ' '.repeat(positionWidth - place.length) +
        COLUMN_GAP +
        palette[SEVERITY_COLOR[severity]](severity) +
        ' '.repeat(severityWidth - severity.length) +
        COLUMN_GAP;
      const text = escapeControl(oneLine(message.message)).replace(/([^ ])\.$/u, '$1');
      const section = sectionOf(message);
      const rule = message.ruleId ?? '';
      if (width === undefined) {
        const row = `${head}${text}${palette.dim(section ? ` [${section}]` : '')}${rule ? COLUMN_GAP + palette.dim(rule) : ''}`;
        return [row];
      }
      const room = Math.max(Math.min(width, MAX_WIDTH) - messageColumn, MIN_ROOM);
      const indent = ' '.repeat(messageColumn);
      const lines = wrap(text, room);
      const last = lines[lines.length - 1]!;
      // The rule id stays whole, two spaces after the message as on a matcher's line, or under it when that does not fit.
      if (rule && last.length + COLUMN_GAP.length + rule.length <= room) lines[lines.length - 1] = last + COLUMN_GAP + palette.dim(rule);
      else if (rule) lines.push(palette.dim(rule));
      const styled = lines;
      const sectionLines = section ? wrap(section, room).map((line) => indent + palette.dim(line)) : [];
      return [head + styled[0]!, ...styled.slice(1).map((line) => indent + line), ...sectionLines];
    })
    .join('\n');
}

/** A wider terminal still gets lines of at most this many columns: longer lines are hard to read. */
const MAX_WIDTH = 100;

/** Below this many columns for the message, wrapping would leave a word a line; the line overflows instead. */
const MIN_ROOM = 30;

/** Breaks text at spaces into lines of at most `room` characters; a longer word keeps a line of its own. */
function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** ESLint's two words, and `info`, which the `eslint-stylish` problem matchers also take. */
function severityOf(message: LintMessage): LintMessage['level'] {
  return message.fatal === true ? 'error' : message.level;
}

const SEVERITY_COLOR: Record<LintMessage['level'], 'red' | 'yellow' | 'blue'> = { error: 'red', warning: 'yellow', info: 'blue' };

/**
 * `line:column` with the line numbers right-aligned and the columns
 * left-aligned, which is where ESLint's two text-table columns land once it
 * joins them with a colon.
 */
function position(message: LintMessage, lineWidth: number): string {
  if (message.page !== undefined) return `p.${message.page}:${message.pageLine}`;
  return `${String(message.line).padStart(lineWidth)}:${message.column}`;
}

/**
 * The heading path, and for Word, which shows no line numbers, the
 * paragraph's ordinal and its opening words; for a PDF, whose page and line
 * are the row's place, the line's opening words.
 */
function sectionOf(message: LintMessage): string {
  const parts = message.sectionPath.length > 0 ? [message.sectionPath.map(oneLine).join(' › ')] : [];
  if (message.quote === undefined) return parts.join('');
  const paragraph = message.page === undefined ? [`¶${message.line}`] : [];
  return [...paragraph, ...parts, `"${oneLine(message.quote)}"`].join(' · ');
}

/**
 * ESLint's summary, with info findings counted when there are any ("1 info",
 * "3 info": a word a plan author reads as a note, not a count noun), so a run
 * without them reads exactly as ESLint's would.
 */
function summary(errors: number, warnings: number, infos: number, palette: Palette): string {
  const total = errors + warnings + infos;
  const text =
    `\u2716 ${total} ${pluralize('problem', total)} ` +
    `(${errors} ${pluralize('error', errors)}, ${warnings} ${pluralize('warning', warnings)}${infos > 0 ? `, ${infos} info` : ''})`;
  const color = errors > 0 ? palette.red : warnings > 0 ? palette.yellow : palette.blue;
  return color(palette.bold(text));
}

function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** A line break inside a cell would split its row, and a matcher would take the rest for a file name. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
