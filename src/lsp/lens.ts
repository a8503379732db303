import { SymbolKind, type CodeLens, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import type { LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import { conceptKeysOf, conceptsOf, statusCounts, type ConceptView, type Family } from '../format/concepts.js';
import { describeDocumentType } from '../format/document-type.js';
import { splitLines } from './blocks.js';
import { rangeOf } from './diagnostics.js';
import type { LintedDocument } from './state.js';

/** The command a lens runs to put the cursor on a place; its arguments are the document's URI and the range. */
export const REVEAL = 'planlint.reveal';

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

type Meta = Readonly<Record<string, RuleMeta>>;

/** Whether a rule applies to the document's type, as the engine decides it (no `documentTypes`: every type). */
function applies(rulesMeta: Meta, ruleId: string, documentType: string): boolean {
  const types = rulesMeta[ruleId]?.documentTypes;
  return !types || (types as readonly string[]).includes(documentType);
}

function addressed(concepts: readonly ConceptView[], family: Family): { addressed: number; evidenced: number; total: number } {
  const counts = statusCounts(concepts, family);
  const addressed = counts.mentioned + counts.evidenced;
  return { addressed, evidenced: counts.evidenced, total: counts.missing + addressed };
}

/**
 * Where the plan stands, in one line: `Outcomes 7/9 addressed, 5 evidenced ·
 * principles 9/13`, from the statuses of `coverage` (addressed is mentioned
 * or evidenced, as the job summary and the HTML report count them). The
 * evidenced count only where the evidence rule applies to the document's
 * type (an integration scheme has regard to the outcomes, it does not
 * evidence them); nothing for a result without coverage (a plan that could
 * not be linted) or a type the outcomes do not apply to.
 */
export function coverageSummary(result: LintResult, rulesMeta: Meta): string | undefined {
  const { coverage } = result;
  if (!coverage || !applies(rulesMeta, 'outcome-coverage', coverage.documentType)) return undefined;
  const concepts = conceptsOf(result);
  const outcomes = addressed(concepts, 'outcome');
  const evidenced = applies(rulesMeta, 'outcome-evidence', coverage.documentType) ? `, ${outcomes.evidenced} evidenced` : '';
  const parts = [`Outcomes ${outcomes.addressed}/${outcomes.total} addressed${evidenced}`];
  if (applies(rulesMeta, 'principle-coverage', coverage.documentType)) {
    const principles = addressed(concepts, 'principle');
    parts.push(`principles ${principles.addressed}/${principles.total}`);
  }
  return parts.join(' · ');
}

/**
 * The first finding about an outcome or principle that is not evidenced,
 * in document order: where the author has most to do.
 */
export function firstGap(result: LintResult): Range | undefined {
  const open = new Set(conceptsOf(result).filter((concept) => concept.status !== 'evidenced').map((concept) => concept.key));
  const gap = result.messages.find((message) => [...conceptKeysOf(message)].some((key) => open.has(key)));
  return gap ? rangeOf(gap) : undefined;
}

/**
 * The summary as a lens on the first line, with the type the document was
 * judged as (which decides the duties it is held to). Clicking it puts the
 * cursor on the first gap; with none, it is a plain line of text.
 */
export function coverageLenses(document: Pick<LintedDocument, 'uri' | 'result'>, rulesMeta: Meta): CodeLens[] {
  const summary = coverageSummary(document.result, rulesMeta);
  if (!summary) return [];
  const title = `${summary} · judged as: ${describeDocumentType(document.result.coverage!)}`;
  const gap = firstGap(document.result);
  return [{ range: TOP, command: gap ? { title, command: REVEAL, arguments: [document.uri, gap] } : { title, command: '' } }];
}

/**
 * The summary as a document symbol, for clients that show an outline but no
 * lenses; under it each outcome and principle that is not evidenced, at the
 * first place it is addressed (the top when it is nowhere), so the outline
 * lists the gaps.
 */
export function coverageSymbols(document: Pick<LintedDocument, 'result' | 'text'>, rulesMeta: Meta): DocumentSymbol[] {
  const summary = coverageSummary(document.result, rulesMeta);
  if (!summary) return [];
  const children = conceptsOf(document.result)
    .filter((concept) => concept.status !== 'evidenced')
    .map((concept): DocumentSymbol => {
      const [first] = concept.locations;
      const range = first ? rangeOf({ line: first.line, column: first.column, endLine: first.line, endColumn: first.column }) : TOP;
      return { name: `${concept.title}: ${concept.status}`, kind: SymbolKind.Key, range, selectionRange: range };
    });
  // A symbol's range holds its children's: the summary's spans the document, its name the top.
  const lines = splitLines(document.text);
  const whole = { start: TOP.start, end: { line: lines.length - 1, character: lines.at(-1)!.length } };
  return [
    {
      name: summary,
      detail: `judged as: ${describeDocumentType(document.result.coverage!)}`,
      kind: SymbolKind.File,
      range: whole,
      selectionRange: TOP,
      children,
    },
  ];
}
