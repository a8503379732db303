import type { CoverageStatus } from '../analysis/types.js';
import type { LintResult } from '../engine/results.js';
import { conceptsOf, problemsLine, statusCounts, totals, type ConceptView, type Family } from './concepts.js';
import { describeDocumentType } from './document-type.js';
import { escapeControl } from './escape.js';
import { workspacePath } from './github.js';
import type { FormatContext } from './index.js';

/**
 * GitHub's limit on the job summary a step may write, in bytes; past it the
 * runner drops the summary and annotates the step with an error.
 */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

const SHOWN: Record<CoverageStatus, string> = { missing: '🔴 **missing**', mentioned: '🟡 mentioned', evidenced: '🟢 evidenced' };

/**
 * The job summary that goes with `--format github`: the counts, one row a
 * file, then each file's coverage matrix, folded, in GitHub-flavoured
 * Markdown of at most `maxBytes` bytes (UTF-8). GitHub shows only the first
 * annotations of each kind a step, so this is where a reviewer sees them all
 * counted and every outcome and principle of every plan. A pure function:
 * the CLI appends it to the file `GITHUB_STEP_SUMMARY` names, with what is
 * left of the limit after what the step wrote there before.
 *
 * Past the limit it stops before the first part that does not fit, and says
 * how many files it left out and where the whole report is.
 */
export function formatStepSummary(results: readonly LintResult[], context: Pick<FormatContext, 'cwd'>, maxBytes: number): string {
  const files = results.map((result) => ({ result, path: workspacePath(result.filePath, context.cwd), concepts: conceptsOf(result) }));
  const counts = totals(results);
  const problems = counts.errors + counts.warnings + counts.infos;
  const head = [
    '## planlint',
    '',
    `${problems === 0 ? 'No problems' : problemsLine(counts)} in ${files.length} ${files.length === 1 ? 'file' : 'files'}.`,
    '',
    '| File | Judged as | Errors | Warnings | Info | Outcomes: evidenced / mentioned / missing | Principles: evidenced / mentioned / missing |',
    '|---|---|--:|--:|--:|--:|--:|',
    '',
  ].join('\n');
  const rows = files.map(({ result, path, concepts }) => {
    const judged = result.coverage ? describeDocumentType(result.coverage) : `not linted: ${result.messages.find((m) => m.fatal)?.message ?? ''}`;
    const cells = [path, judged, result.errorCount, result.warningCount, result.infoCount, tally(concepts, 'outcome'), tally(concepts, 'principle')];
    return `| ${cells.map((cell) => cellText(String(cell))).join(' | ')} |\n`;
  });
  const matrices = files.filter((file) => file.concepts.length > 0).map(({ path, concepts }) => matrix(path, concepts));

  const parts: { text: string; kind: 'head' | 'row' | 'matrix' }[] = [
    { text: head, kind: 'head' },
    ...rows.map((text) => ({ text, kind: 'row' as const })),
    ...matrices.map((text, index) => ({ text: index === 0 ? `\n${text}` : text, kind: 'matrix' as const })),
  ];
  const shown = { row: 0, matrix: 0 };
  let out = '';
  let used = 0;
  for (const [index, part] of parts.entries()) {
    const size = Buffer.byteLength(part.text);
    // Room for the note stays free while anything is left after this part.
    const room = index < parts.length - 1 ? NOTE_ROOM : 0;
    if (used + size + room > maxBytes) {
      const note = cutNote(files.length, shown.row, matrices.length, shown.matrix);
      return used + Buffer.byteLength(note) <= maxBytes ? out + note : out;
    }
    out += part.text;
    used += size;
    if (part.kind !== 'head') shown[part.kind] += 1;
  }
  return out;
}

/** Bytes kept free for the note that says the summary was cut. */
const NOTE_ROOM = 400;

function cutNote(files: number, rows: number, matrices: number, matricesShown: number): string {
  return (
    `\n\n> [!NOTE]\n> The summary stops here: GitHub takes at most 1 MiB of job summary a step. ` +
    `It shows ${rows} of ${files} files in the table and ${matricesShown} of ${matrices} coverage matrices. ` +
    'Run planlint with `--format html -o planlint.html` for a report of every file.\n'
  );
}

function tally(concepts: readonly ConceptView[], family: Family): string {
  if (concepts.length === 0) return '';
  const counts = statusCounts(concepts, family);
  return `${counts.evidenced} / ${counts.mentioned} / ${counts.missing}`;
}

function matrix(path: string, concepts: readonly ConceptView[]): string {
  const rows = concepts.map((concept) => {
    const name = concept.name ? ` (${concept.name})` : '';
    return `| ${cellText(concept.title + name)} | ${SHOWN[concept.status]} |`;
  });
  const outcomes = rows.filter((_, index) => concepts[index]!.family === 'outcome');
  const principles = rows.filter((_, index) => concepts[index]!.family === 'principle');
  const evidenced = statusCounts(concepts, 'outcome').evidenced;
  const principlesEvidenced = statusCounts(concepts, 'principle').evidenced;
  return [
    `<details><summary>${htmlText(path)}: ${evidenced} of ${outcomes.length} outcomes and ${principlesEvidenced} of ${principles.length} principles evidenced</summary>`,
    '',
    '| Outcome | Status |',
    '|---|---|',
    ...outcomes,
    '',
    '| Principle | Status |',
    '|---|---|',
    ...principles,
    '',
    '</details>',
    '',
    '',
  ].join('\n');
}

/** Text in an HTML element of the summary, where Markdown is not read. */
function htmlText(text: string): string {
  return escapeControl(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * Text in a table cell, taken literally: file names and messages come from
 * the plans' authors, and a `|` would split the cell, a `*`, `_` or `~`
 * start emphasis, a `[` a link, a backtick code, a `<` an HTML tag. Inside
 * a cell nothing else is read as Markdown (a cell holds inline content
 * only, so `#`, `-` or `1.` start no block).
 */
function cellText(text: string): string {
  return htmlText(text.replace(/\s+/gu, ' ')).replace(/[\\`*_[\]|~]/gu, '\\$&');
}
