import { isAbsolute, relative, sep } from 'node:path';
import type { LintMessage, LintResult } from '../engine/results.js';
import { problemsLine, totals } from './concepts.js';
import type { FormatContext } from './index.js';
import { placeOf } from './place.js';

/*
 * GitHub Actions workflow commands, one line a finding:
 * `::error file=plans/a.md,line=12,endLine=12,col=3,endColumn=40,title=outcome-evidence::message`.
 * The runner turns each into an annotation on the file and line; it shows
 * about ten of each kind a step, so the CLI also writes the coverage and the
 * counts to the job summary (./step-summary.ts) when the runner gives one.
 *
 * A finding from a Word file has a paragraph, not a line: its `line` is the
 * paragraph's ordinal in the document, as in the JSON output, and the
 * message says so and quotes the paragraph's opening words, since GitHub
 * cannot show a .docx at a line.
 */

const COMMAND: Record<LintMessage['level'], string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(results: readonly LintResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = workspacePath(result.filePath, context.cwd);
    for (const message of result.messages) lines.push(annotation(file, message));
  }
  if (lines.length === 0) return '';
  // A plain line after the commands, for the log: the runner shows the commands as annotations, not as text.
  return `${lines.join('\n')}\n${problemsLine(totals(results))}\n`;
}

function annotation(file: string, message: LintMessage): string {
  const level = message.fatal === true ? 'error' : message.level;
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', message.line],
    ['endLine', message.endLine],
  ];
  // GitHub reads columns only within one line; across lines it would mark the wrong span.
  if (message.endLine === message.line) properties.push(['col', message.column], ['endColumn', message.endColumn]);
  properties.push(['title', message.ruleId ?? 'planlint']);
  const head = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[level]} ${head}::${escapeData(body(message))}`;
}

/** The message, what to do about it, and where: the annotation is all a reviewer sees of the finding. */
function body(message: LintMessage): string {
  const lines = [message.message];
  if (message.help) lines.push(message.help);
  const section = message.sectionPath.join(' › ');
  if (message.page !== undefined) {
    const place = [`page ${message.page}, line ${message.pageLine} of the page (the line number counts the PDF's lines)`, section, `"${message.quote}"`].filter(Boolean);
    lines.push(place.join(' · '));
  } else if (message.quote !== undefined) {
    const place = [`paragraph ${message.line} (the line number counts paragraphs)`, section, `"${message.quote}"`].filter(Boolean);
    lines.push(place.join(' · '));
  } else if (section) lines.push(`in ${section}`);
  for (const related of message.related ?? []) lines.push(`${placeOf(related)} ${related.message}`);
  return lines.join('\n');
}

/**
 * The file as GitHub finds it: relative to the workspace the CLI ran in,
 * with POSIX separators. A name that is not a path (`<stdin>`) is left as it is.
 */
export function workspacePath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const path = relative(cwd, filePath) || filePath;
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The escaping of @actions/core (`escapeData` in its command.ts) for a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** The escaping of @actions/core (`escapeProperty`) for a property's value, where `:` and `,` end it. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}
