import type { LintMessage, LintResult } from '../engine/results.js';
import type { FormatOptions } from './index.js';

/*
 * ESLint's stylish layout (lib/cli-engine/formatters/stylish.js with its
 * text-table), reproduced so that problem matchers written for ESLint read
 * planlint's output unchanged: GitHub's `eslint-stylish` matcher, which
 * actions/setup-node registers on its own, and VS Code's `$eslint-stylish`.
 *
 * The section path goes at the end of the message text, in brackets and
 * before the rule id, and not on a line of its own: a matcher reads a file's
 * messages with a looping pattern, and GitHub's runner ends the loop at the
 * first line the pattern misses, so an extra line after a message would cost
 * the annotations of every later message in that file (setup-node's matcher
 * even takes such a line for the next file name). In the message column the
 * path rides along into the annotation, and the rule id stays last where the
 * matchers look for it.
 *
 * A quoted paragraph (Word documents) does get a line of its own: those
 * messages have a paragraph number, not a line and column, so no matcher
 * could annotate them anyway.
 */

type Style = (text: string) => string;

interface Palette {
  underline: Style;
  dim: Style;
  bold: Style;
  red: Style;
  yellow: Style;
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
};

const unstyled: Style = (text) => text;
const PLAIN: Palette = { underline: unstyled, dim: unstyled, bold: unstyled, red: unstyled, yellow: unstyled };

/** A table cell: `width` is what it occupies on screen, whatever escape codes `text` holds. */
interface Cell {
  text: string;
  width: number;
}

const COLUMN_GAP = '  ';

export function formatStylish(results: readonly LintResult[], options: FormatOptions): string {
  const palette = options.color ? ANSI : PLAIN;
  const errors = sum(results.map((result) => result.errorCount));
  const warnings = sum(results.map((result) => result.warningCount));
  if (errors + warnings === 0) return '';
  const files = results.filter((result) => result.messages.length > 0).map((result) => fileBlock(result, palette));
  return `\n${files.join('')}${summary(errors, warnings, palette)}\n`;
}

function fileBlock(result: LintResult, palette: Palette): string {
  return `${palette.underline(result.filePath)}\n${messageTable(result.messages, palette)}\n\n`;
}

function messageTable(messages: readonly LintMessage[], palette: Palette): string {
  const headWidth = Math.max(...messages.map((message) => positionHead(message).length));
  const rows = messages.map((message) => messageRow(message, headWidth, palette));
  const widths = columnWidths(rows);
  // The quote sits under the message column, which starts after the first three cells and their gaps.
  const quoteIndent = ' '.repeat(sum(widths.slice(0, 3)) + 3 * COLUMN_GAP.length);
  return messages
    .flatMap((message, index) => {
      const line = renderRow(rows[index] ?? [], widths);
      return message.quote === undefined ? [line] : [line, quoteIndent + palette.dim(`"${oneLine(message.quote)}"`)];
    })
    .join('\n');
}

/** ESLint's row: an empty first cell (the indent), position, severity, message, rule id. */
function messageRow(message: LintMessage, headWidth: number, palette: Palette): Cell[] {
  const isError = message.fatal === true || message.severity === 2;
  const text = oneLine(message.message).replace(/([^ ])\.$/u, '$1');
  const section = message.sectionPath.length > 0 ? ` [${message.sectionPath.map(oneLine).join(' › ')}]` : '';
  return [
    plainCell(''),
    positionCell(message, headWidth, palette),
    styledCell(isError ? 'error' : 'warning', isError ? palette.red : palette.yellow),
    { text: text + palette.dim(section), width: text.length + section.length },
    styledCell(message.ruleId ?? '', palette.dim),
  ];
}

/**
 * `line:column` with the line numbers right-aligned and the columns
 * left-aligned, which is where ESLint's two text-table columns land once it
 * joins them with a colon; a quoted Word paragraph shows `¶N` instead.
 */
function positionCell(message: LintMessage, headWidth: number, palette: Palette): Cell {
  const head = positionHead(message);
  const position = message.quote === undefined ? `${head}:${message.column}` : head;
  const indent = ' '.repeat(headWidth - head.length);
  return { text: indent + palette.dim(position), width: indent.length + position.length };
}

function positionHead(message: LintMessage): string {
  return message.quote === undefined ? String(message.line) : `¶${message.line}`;
}

function plainCell(text: string): Cell {
  return { text, width: text.length };
}

function styledCell(text: string, style: Style): Cell {
  return { text: style(text), width: text.length };
}

function columnWidths(rows: readonly Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.width);
    });
  }
  return widths;
}

/** text-table's rendering: pad each cell to its column, join with two spaces, trim the end. */
function renderRow(row: readonly Cell[], widths: readonly number[]): string {
  return row
    .map((cell, column) => cell.text + ' '.repeat((widths[column] ?? 0) - cell.width))
    .join(COLUMN_GAP)
    .trimEnd();
}

function summary(errors: number, warnings: number, palette: Palette): string {
  const total = errors + warnings;
  const text =
    `\u2716 ${total} ${pluralize('problem', total)} ` +
    `(${errors} ${pluralize('error', errors)}, ${warnings} ${pluralize('warning', warnings)})`;
  const color = errors > 0 ? palette.red : palette.yellow;
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
