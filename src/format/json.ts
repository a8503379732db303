import type { Coverage, CoverageEntry, LintMessage, LintResult } from '../engine/results.js';

/*
 * ESLint's json format, with every object rebuilt in a fixed key order so the
 * output does not depend on how the engine happened to assemble its results,
 * and diffs of saved reports stay quiet. Absent optional fields drop out
 * through JSON.stringify.
 */

/**
 * Every key of T must be written, optional ones included (they may be
 * undefined): a field added to the result types fails to compile here until
 * it is given its place, instead of silently missing from the output. Mapping
 * over `Required<T>` rather than using `-?` keeps `undefined` allowed.
 */
type Placed<T> = { [K in keyof Required<T>]: T[K & keyof T] };

type Suggestion = NonNullable<LintMessage['suggestions']>[number];
type TypeEvidence = NonNullable<Coverage['documentTypeEvidence']>;
type Related = NonNullable<LintMessage['related']>[number];

export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results.map(orderResult));
}

function orderResult(result: LintResult): Placed<LintResult> {
  return {
    filePath: result.filePath,
    messages: result.messages.map(orderMessage),
    suppressedMessages: result.suppressedMessages.map(orderMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fatalErrorCount: result.fatalErrorCount,
    coverage: result.coverage === null ? null : orderCoverage(result.coverage),
    // Built in a fixed key order by the core, only when asked for.
    explanation: result.explanation,
  };
}

function orderMessage(message: LintMessage): Placed<LintMessage> {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    level: message.level,
    message: message.message,
    messageId: message.messageId,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    page: message.page,
    pageLine: message.pageLine,
    sectionPath: message.sectionPath,
    help: message.help,
    quote: message.quote,
    suggestions: message.suggestions?.map(orderSuggestion),
    related: message.related?.map(orderRelated),
    fatal: message.fatal,
    suppressions: message.suppressions?.map(({ kind, justification }) => ({ kind, justification })),
  };
}

function orderSuggestion(suggestion: Suggestion): Placed<Suggestion> {
  const { loc, text } = suggestion.fix;
  return {
    desc: suggestion.desc,
    messageId: suggestion.messageId,
    fix: {
      loc: { line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn },
      text,
    },
  };
}

function orderRelated(related: Related): Placed<Related> {
  return {
    message: related.message,
    line: related.line,
    column: related.column,
    endLine: related.endLine,
    endColumn: related.endColumn,
    page: related.page,
    pageLine: related.pageLine,
  };
}

function orderCoverage(coverage: Coverage): Placed<Coverage> {
  return {
    documentType: coverage.documentType,
    documentTypeSource: coverage.documentTypeSource,
    documentTypeEvidence: coverage.documentTypeEvidence && orderTypeEvidence(coverage.documentTypeEvidence),
    boardPaper: coverage.boardPaper,
    outcomes: coverage.outcomes.map(orderEntry),
    principles: coverage.principles.map(orderEntry),
  };
}

function orderTypeEvidence(evidence: TypeEvidence): Placed<TypeEvidence> {
  return { from: evidence.from, text: evidence.text, line: evidence.line, confidence: evidence.confidence };
}

function orderEntry<Id>(entry: CoverageEntry<Id>): Placed<CoverageEntry<Id>> {
  return {
    id: entry.id,
    status: entry.status,
    locations: entry.locations.map(({ line, column }) => ({ line, column })),
  };
}
