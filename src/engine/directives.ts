import type { Block, PlanDocument, SourceComment, SourceLocation } from '../document/types.js';
import type { LintMessage } from './results.js';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: Kind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  reason?: string;
  comment: SourceComment;
  /** Lines a line-scoped or anchored directive covers. */
  lines?: { from: number; to: number };
  /** Where a range directive starts acting: the heading it stands directly under, else the comment itself. */
  start: { line: number; column: number };
}

const DIRECTIVE = /^planlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/**
 * `<!-- planlint-disable rule-a, rule-b -- reason -->` and its kin, as in
 * ESLint. A Word comment acts on the paragraphs it is anchored to.
 */
function parseDirectives(document: PlanDocument): Directive[] {
  const directives: Directive[] = [];
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text.trim());
    if (!match) continue;
    const [list = '', reason] = (match[2] ?? '').split(/\s--\s|\s--$/, 2);
    const heading = comment.anchor ? undefined : headingAbove(document, comment);
    const directive: Directive = {
      kind: match[1] as Kind,
      ruleIds: list.split(/[\s,]+/).filter(Boolean),
      comment,
      start: heading && match[1] === 'disable' ? { line: heading.line, column: heading.column } : { line: comment.loc.line, column: comment.loc.column },
    };
    if (reason?.trim()) directive.reason = reason.trim();
    const lines = coveredLines(document, directive, heading);
    if (lines) directive.lines = lines;
    directives.push(directive);
  }
  return directives;
}

/**
 * The heading a comment stands directly under, with no text between them.
 * Findings about a whole section or the whole document sit on a heading,
 * where a comment cannot go without breaking it, so a directive right under
 * the heading speaks for it too.
 */
function headingAbove(document: PlanDocument, comment: SourceComment): SourceLocation | undefined {
  let above: Block | undefined;
  for (const block of document.blocks) {
    if (block.loc.endLine >= comment.loc.line) break;
    above = block;
  }
  return above?.kind === 'heading' ? above.loc : undefined;
}

function coveredLines(document: PlanDocument, directive: Directive, heading: SourceLocation | undefined): Directive['lines'] {
  const { comment } = directive;
  if (comment.anchor) return { from: comment.anchor.startLine, to: comment.anchor.endLine };
  if (directive.kind === 'disable-line') return { from: comment.loc.line, to: comment.loc.endLine };
  if (directive.kind !== 'disable-next-line') return undefined;
  // "Next line" in prose means the next paragraph, however many lines it wraps over.
  const next = document.blocks.find((block) => block.loc.line > comment.loc.endLine);
  const from = heading?.line ?? next?.loc.line ?? comment.loc.endLine + 1;
  return { from, to: next?.loc.endLine ?? comment.loc.endLine + 1 };
}

function before(directive: Directive, message: LintMessage): boolean {
  const { line, column } = directive.start;
  return line < message.line || (line === message.line && column <= message.column);
}

/** The directive that silences a message, if any. */
function suppressor(directives: readonly Directive[], message: LintMessage): Directive | undefined {
  const ruleId = message.ruleId ?? '';
  let active: Directive | undefined;
  for (const directive of directives) {
    const names = directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
    if (!names) continue;
    if (directive.lines || directive.comment.anchor) {
      if (directive.kind !== 'enable' && directive.lines && message.line >= directive.lines.from && message.line <= directive.lines.to) {
        return directive;
      }
      continue;
    }
    if (!before(directive, message)) continue;
    active = directive.kind === 'disable' ? directive : undefined;
  }
  return active;
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  suppressed: LintMessage[];
  problems: LintMessage[];
}

/**
 * Splits findings into reported and silenced, and reports directives that
 * name unknown rules (always) or silence nothing (when asked).
 */
export function applyDirectives(
  document: PlanDocument,
  messages: readonly LintMessage[],
  knownRuleIds: ReadonlySet<string>,
  reportUnused: boolean,
): DirectiveOutcome {
  const directives = parseDirectives(document);
  const used = new Set<Directive>();
  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const message of messages) {
    const by = suppressor(directives, message);
    if (by) {
      used.add(by);
      suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: by.reason ?? '' }] });
    } else {
      kept.push(message);
    }
  }
  const problems: LintMessage[] = [];
  for (const directive of directives) {
    for (const ruleId of directive.ruleIds.filter((id) => !knownRuleIds.has(id))) {
      problems.push(directiveProblem(directive, `Unknown rule "${ruleId}" in planlint-${directive.kind} directive`));
    }
    if (reportUnused && directive.kind !== 'enable' && !used.has(directive)) {
      const named = directive.ruleIds.length ? ` (no problems were reported from ${directive.ruleIds.map((id) => `"${id}"`).join(', ')})` : '';
      problems.push(directiveProblem(directive, `Unused planlint-${directive.kind} directive${named}`));
    }
  }
  return { messages: kept, suppressed, problems };
}

function directiveProblem(directive: Directive, message: string): LintMessage {
  const { loc } = directive.comment;
  return {
    ruleId: null,
    severity: 2,
    level: 'error',
    message,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    sectionPath: loc.sectionPath,
  };
}
