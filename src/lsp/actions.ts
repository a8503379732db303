import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { RuleMeta } from '../engine/types.js';
import { afterFrontMatter, disablePlace, lineEnding, splitLines, type DisablePlace } from './blocks.js';
import { rangeOf } from './diagnostics.js';
import type { LintedDocument } from './state.js';

/** The kind of the action that applies every safe fix at once, under the source action editors run on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.planlint`;
/** The command that opens a rule's page; its one argument is the page's address. */
export const SHOW_DOCUMENTATION = 'planlint.showDocumentation';

/** What a code action needs of an open document: its text, the newest lint of it and the diagnostics published for that. */
export type LintedText = Pick<LintedDocument, 'uri' | 'text' | 'result' | 'diagnostics'>;

export interface CodeActionRequest {
  range: Range;
  context: CodeActionContext;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => !before(a.end, b.start) && !before(b.end, a.start);

/**
 * A Word file is linted from its bytes, not edited as text: its findings get
 * the documentation and nothing that would write into the file.
 */
const editable = (uri: string) => !/\.docx$/i.test(uri);

/**
 * The code actions for the findings in `request.range`: each suggestion as a
 * quick fix, a directive disabling the rule for the finding's block or the
 * whole file, the rule's documentation; and, when the request asks for
 * source actions, one that applies every fix safe to apply unattended.
 */
export function codeActions(
  document: LintedText,
  request: CodeActionRequest,
  rulesMeta: Readonly<Record<string, RuleMeta>>,
  /** The version of the text linted, when the document has changed since: the client then refuses an edit made for it. */
  version?: number,
): CodeAction[] {
  const editOf = (edits: TextEdit[]): WorkspaceEdit =>
    version === undefined
      ? { changes: { [document.uri]: edits } }
      : { documentChanges: [{ textDocument: { uri: document.uri, version }, edits }] };
  const { only } = request.context;
  const wants = (kind: string) => !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(document, request, rulesMeta, editOf));
  // Only on request: a fix-all offered with the quick fixes would stand beside each finding's own.
  if (only && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document, rulesMeta, editOf);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}


type EditOf = (edits: TextEdit[]) => WorkspaceEdit;
type Meta = Readonly<Record<string, RuleMeta>>;

function quickFixes(document: LintedText, request: CodeActionRequest, rulesMeta: Meta, editOf: EditOf): CodeAction[] {
  const suggestions: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const fileDisables: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  const canEdit = editable(document.uri);
  let lines: string[] | undefined;
  for (const [index, message] of document.result.messages.entries()) {
    const ruleId = message.ruleId;
    if (!ruleId || message.fatal) continue;
    if (!overlaps(rangeOf(message), request.range)) continue;
    // The diagnostic as published, which the client matches a fix to by its fields.
    const diagnostic = document.diagnostics[index];
    const tied = diagnostic ? { diagnostics: [diagnostic] } : {};
    if (canEdit) {
      const offered = message.suggestions ?? [];
      for (const suggestion of offered) {
        suggestions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          ...tied,
          ...(offered.length === 1 ? { isPreferred: true } : {}),
          edit: editOf([{ range: rangeOf(suggestion.fix.loc), newText: suggestion.fix.text }]),
        });
      }
      lines ??= splitLines(document.text);
      const place = disablePlace(lines, message.line - 1);
      if (once(`block ${ruleId} ${place.at} ${place.line}`)) {
        disables.push({
          title: `Disable ${ruleId} for this ${place.kind}`,
          kind: CodeActionKind.QuickFix,
          ...tied,
          edit: editOf([disableEdit(lines, lineEnding(document.text), place, ruleId)]),
        });
      }
      if (once(`file ${ruleId}`)) {
        const line = afterFrontMatter(lines);
        fileDisables.push({
          title: `Disable ${ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          ...tied,
          edit: editOf([insertLines(lines, lineEnding(document.text), line, [`<!-- planlint-disable ${ruleId} -->`])]),
        });
      }
    }
    const url = rulesMeta[ruleId]?.docs.url;
    if (url && once(`docs ${ruleId}`)) {
      docs.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: { title: `Show documentation for ${ruleId}`, command: SHOW_DOCUMENTATION, arguments: [url] },
      });
    }
  }
  return [...suggestions, ...disables, ...fileDisables, ...docs];
}

/** Whole lines inserted before `line`, or after the last line when the document ends first. */
function insertLines(lines: readonly string[], eol: string, line: number, inserted: readonly string[]): TextEdit {
  if (line < lines.length) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: inserted.map((text) => text + eol).join('') };
  const last = lines.length - 1;
  const end = { line: last, character: lines[last]!.length };
  return { range: { start: end, end }, newText: inserted.map((text) => eol + text).join('') };
}

/**
 * A heading cannot hold a comment, so its findings are disabled from directly
 * under it (the engine reads a `planlint-disable` there as starting at the
 * heading) and enabled again at once, leaving the section's text checked.
 */
function disableEdit(lines: readonly string[], eol: string, place: DisablePlace, ruleId: string): TextEdit {
  switch (place.at) {
    case 'after':
      return insertLines(lines, eol, place.line + 1, [
        `${place.prefix}<!-- planlint-disable ${ruleId} -->`,
        `${place.prefix}<!-- planlint-enable ${ruleId} -->`,
      ]);
    case 'before':
      return insertLines(lines, eol, place.line, [`${place.prefix}<!-- planlint-disable-next-line ${ruleId} -->`]);
    case 'inline': {
      const at = { line: place.line, character: place.column };
      return { range: { start: at, end: at }, newText: `<!-- planlint-disable-line ${ruleId} -->` };
    }
  }
}

/**
 * Every safe fix in the document as one edit. A fix is safe when its rule is
 * `fixable` and the finding offers exactly one suggestion (src/engine/types.ts
 * says why); fixes that overlap an earlier one are left for a second run, as
 * ESLint leaves them.
 */
function fixAllAction(document: LintedText, rulesMeta: Meta, editOf: EditOf): CodeAction | undefined {
  if (!editable(document.uri)) return undefined;
  const fixes = document.result.messages
    .map((message, index) => ({ message, diagnostic: document.diagnostics[index] }))
    .filter(({ message }) => message.ruleId && rulesMeta[message.ruleId]?.fixable && message.suggestions?.length === 1)
    .map(({ message, diagnostic }) => {
      const { fix } = message.suggestions![0]!;
      return { diagnostic, edit: { range: rangeOf(fix.loc), newText: fix.text } };
    })
    .sort((a, b) => (before(a.edit.range.start, b.edit.range.start) ? -1 : before(b.edit.range.start, a.edit.range.start) ? 1 : 0));
  const edits: TextEdit[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { diagnostic, edit } of fixes) {
    const previous = edits.at(-1);
    if (previous && before(edit.range.start, previous.range.end)) continue;
    edits.push(edit);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  if (edits.length === 0) return undefined;
  return {
    title: 'Fix all auto-fixable planlint problems',
    kind: FIX_ALL_KIND,
    ...(diagnostics.length ? { diagnostics } : {}),
    edit: editOf(edits),
  };
}
