import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { LintMessage, LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';

export const SOURCE = 'planlint';

/** What a diagnostic carries for the code actions and hovers, so they need not find its message again. */
export interface DiagnosticData {
  ruleId: string;
  help?: string;
  suggestions?: NonNullable<LintMessage['suggestions']>;
}

type Place = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>;

/**
 * planlint's places are 1-based with an exclusive end column, in UTF-16 code
 * units (the JavaScript string's); LSP's are 0-based, also UTF-16 by default.
 * A Word plan's line is its paragraph, so the Problems panel lists a .docx
 * finding by paragraph.
 */
export function rangeOf(place: Place): Range {
  const start = { line: Math.max(place.line - 1, 0), character: Math.max(place.column - 1, 0) };
  const end = { line: Math.max(place.endLine - 1, 0), character: Math.max(place.endColumn - 1, 0) };
  // A place whose end precedes its start would be refused by some clients (Neovim's among them).
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return { start, end: start };
  return { start, end };
}

const SEVERITIES: Record<LintMessage['level'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * One finding as a diagnostic of the document at `uri`. The rule's page is
 * the `codeDescription`, so an editor links the code to it; `related` places
 * (where the concept is addressed, a duty's other findings) are in the same
 * document.
 */
export function toDiagnostic(message: LintMessage, uri: string, rulesMeta: Readonly<Record<string, RuleMeta>>): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message),
    severity: SEVERITIES[message.level],
    source: SOURCE,
    message: message.message,
  };
  const { ruleId } = message;
  if (ruleId !== null) {
    diagnostic.code = ruleId;
    const url = rulesMeta[ruleId]?.docs.url;
    if (url) diagnostic.codeDescription = { href: url };
    const data: DiagnosticData = { ruleId };
    if (message.help !== undefined) data.help = message.help;
    if (message.suggestions?.length) data.suggestions = message.suggestions;
    diagnostic.data = data;
  }
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((related) => ({
      location: { uri, range: rangeOf(related) },
      message: related.message,
    }));
  }
  return diagnostic;
}

/** Every finding of a result; a fatal result (a plan that cannot be parsed) has one, on the first line. */
export function toDiagnostics(result: LintResult, uri: string, rulesMeta: Readonly<Record<string, RuleMeta>>): Diagnostic[] {
  return result.messages.map((message) => toDiagnostic(message, uri, rulesMeta));
}

/**
 * A problem that is not the text's (a bad config, a fault of planlint's own)
 * shown where the author looks first: at the top of the document, as an
 * error, since no finding below it can be trusted.
 */
export function topDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message,
  };
}
