import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Range } from 'vscode-languageserver/node';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintText } from '../../src/core/lint.js';
import type { LintMessage } from '../../src/engine/results.js';
import { rulesMetaOf } from '../../src/format/names.js';
import { codeActions, FIX_ALL_KIND, SHOW_DOCUMENTATION } from '../../src/lsp/actions.js';
import { rangeOf as messageRange, toDiagnostics } from '../../src/lsp/diagnostics.js';
import { parseMarkdown } from '../../src/parse/markdown/index.js';

const URI = 'file:///plans/plan.md';
const rulesMeta = rulesMetaOf(rules);
const lint = (text: string) => lintText(text, { filePath: '/plans/plan.md', rules });

/** What a finding is, apart from where: an inserted line moves every place below it. */
const what = (message: LintMessage) => `${message.ruleId} | ${message.message} | ${message.sectionPath.join(' › ')}`;

function findingAt(text: string, ruleId: string, line: number): LintMessage {
  const found = lint(text).messages.find((message) => message.ruleId === ruleId && message.line === line);
  if (!found) throw new Error(`no ${ruleId} finding on line ${line}: ${lint(text).messages.map((m) => `${m.line} ${m.ruleId}`).join(', ')}`);
  return found;
}

/** An open document as the server keeps it: the text, its lint and the diagnostics published for it. */
function linted(text: string, uri = URI) {
  const result = lint(text);
  return { uri, text, result, diagnostics: toDiagnostics(result, uri, rulesMeta) };
}

function actionsAt(text: string, range: Range, only?: string[]): CodeAction[] {
  return codeActions(linted(text), { range, context: { diagnostics: [], ...(only ? { only } : {}) } }, rulesMeta);
}

function apply(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI];
  if (!edits) throw new Error(`"${action.title}" has no edit of the document`);
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), edits);
}

/** The blocks as the parser reads them: a comment that broke a list or a table would change them. */
const blocks = (text: string) =>
  parseMarkdown(text, 'plan.md', 0).blocks.map(({ kind, text: blockText, listId, listIndex, cell }) => ({ kind, blockText, listId, listIndex, cell }));

/**
 * Applies the action titled `title` for the finding and re-lints: the
 * finding is gone, every other finding is as it was, and the blocks of the
 * document are the same.
 */
function expectDisabled(text: string, ruleId: string, line: number, title: string): string {
  const finding = findingAt(text, ruleId, line);
  const action = actionsAt(text, messageRange(finding)).find((candidate) => candidate.title === title);
  expect(action, `${title} among ${actionsAt(text, messageRange(finding)).map((a) => a.title).join(', ')}`).toBeDefined();
  const edited = apply(text, action!);
  const before = lint(text).messages.map(what);
  const after = lint(edited);
  const gone = before.filter((entry) => entry !== what(finding));
  expect(gone.length).toBe(before.length - 1);
  expect(after.messages.map(what)).toEqual(gone);
  expect(after.suppressedMessages.map(what)).toEqual([what(finding)]);
  expect(blocks(edited)).toEqual(blocks(text));
  return edited;
}

const plan = (...body: string[]) => ['# Strategic plan', '', ...body, ''].join('\n');

describe('disable for the block a finding stands in', () => {
  test('a paragraph that wraps: the comment goes before its first line', () => {
    const text = plan('We will report on carers each year', 'under Outcome 10 and Outcome 2.', '', 'Outcome 11 is also cited.');
    const edited = expectDisabled(text, 'outcome-reference', 4, 'Disable outcome-reference for this paragraph');
    expect(edited.split('\n')[2]).toBe('<!-- planlint-disable-next-line outcome-reference -->');
  });

  test('the first item of a list, right after a paragraph', () => {
    const text = plan('Our priorities:', '- carers, under Outcome 10', '- staff wellbeing', '- prevention');
    expectDisabled(text, 'outcome-reference', 4, 'Disable outcome-reference for this list item');
  });

  test('an item in the middle of a list: the comment joins the item before it, so the list goes on', () => {
    const text = plan('- carers', '- staff wellbeing, under Outcome 10', '- prevention');
    const edited = expectDisabled(text, 'outcome-reference', 4, 'Disable outcome-reference for this list item');
    expect(edited.split('\n')[3]).toBe('  <!-- planlint-disable-next-line outcome-reference -->');
  });

  test('the tenth item of an ordered list, a wrapped item, a loose list', () => {
    const ordered = plan(...Array.from({ length: 9 }, (_, index) => `${index + 1}. priority ${index + 1}`), '10. carers, under Outcome 10');
    expectDisabled(ordered, 'outcome-reference', 12, 'Disable outcome-reference for this list item');
    const wrapped = plan('- carers', '- staff wellbeing, which we report', '  under Outcome 10', '- prevention');
    expectDisabled(wrapped, 'outcome-reference', 5, 'Disable outcome-reference for this list item');
    const loose = plan('- carers', '', '- staff wellbeing', '', '  and its second paragraph, under Outcome 10', '', '- prevention');
    expectDisabled(loose, 'outcome-reference', 7, 'Disable outcome-reference for this list item');
  });

  test('a nested item, first and later', () => {
    const first = plan('- carers', '  - young carers, under Outcome 10', '  - older carers', '- staff');
    expectDisabled(first, 'outcome-reference', 4, 'Disable outcome-reference for this list item');
    const later = plan('- carers', '  - young carers', '  - older carers, under Outcome 10', '- staff');
    expectDisabled(later, 'outcome-reference', 5, 'Disable outcome-reference for this list item');
  });

  test('a table row: the comment goes into its first cell, since a line between rows would end the table', () => {
    const text = plan('| Priority | Outcome |', '|---|---|', '| Carers | Outcome 10 |', '| Staff | Outcome 11 |');
    const edited = expectDisabled(text, 'outcome-reference', 5, 'Disable outcome-reference for this table row');
    expect(edited.split('\n')[4]).toBe('| <!-- planlint-disable-line outcome-reference -->Carers | Outcome 10 |');
    const header = plan('| Outcome 10 | Outcome 2 |', '|---|---|', '| Carers | Staff |');
    expectDisabled(header, 'outcome-reference', 3, 'Disable outcome-reference for this table row');
  });

  test('a heading: a disable directly under it and an enable after, so the section stays checked', () => {
    const text = plan('## Outcome 6: Unpaid carers', 'We value unpaid carers and their work.', '', '## Outcome 3: Experiences', 'People have positive experiences.');
    const edited = expectDisabled(text, 'outcome-evidence', 3, 'Disable outcome-evidence for this heading');
    expect(edited.split('\n').slice(2, 5)).toEqual([
      '## Outcome 6: Unpaid carers',
      '<!-- planlint-disable outcome-evidence -->',
      '<!-- planlint-enable outcome-evidence -->',
    ]);
    const setext = plan('Outcome 6: Unpaid carers', '------------------------', 'We value unpaid carers and their work.', '', '## Outcome 3: Experiences', 'People have positive experiences.');
    expectDisabled(setext, 'outcome-evidence', 3, 'Disable outcome-evidence for this heading');
  });

  test('a heading that ends the document, with no line break after it', () => {
    const text = '# Strategic plan\n\nOutcome 10 is cited.\n\n## Outcome 6: Unpaid carers';
    const edited = expectDisabled(text, 'outcome-evidence', 5, 'Disable outcome-evidence for this heading');
    expect(edited.endsWith('## Outcome 6: Unpaid carers\n<!-- planlint-disable outcome-evidence -->\n<!-- planlint-enable outcome-evidence -->')).toBe(true);
  });

  test('in a real plan with front matter, each finding can be disabled where it stands', () => {
    const text = readFileSync('fixtures/strategic-plan-gaps.md', 'utf8');
    expectDisabled(text, 'outcome-reference', 91, 'Disable outcome-reference for this paragraph');
    expectDisabled(text, 'outcome-evidence', 65, 'Disable outcome-evidence for this heading');
    expectDisabled(text, 'principle-evidence', 103, 'Disable principle-evidence for this paragraph');
  });
});

describe('disable for the file', () => {
  test('after the front matter, which a comment above would break', () => {
    const text = readFileSync('fixtures/strategic-plan-gaps.md', 'utf8');
    const finding = findingAt(text, 'outcome-reference', 91);
    const action = actionsAt(text, messageRange(finding)).find((candidate) => candidate.title === 'Disable outcome-reference for this file')!;
    const edited = apply(text, action);
    expect(edited.split('\n').slice(3, 5)).toEqual(['---', '<!-- planlint-disable outcome-reference -->']);
    const after = lint(edited);
    expect(after.messages.filter((message) => message.ruleId === 'outcome-reference')).toEqual([]);
    expect(after.messages.map(what)).toEqual(lint(text).messages.filter((message) => message.ruleId !== 'outcome-reference').map(what));
    expect(lint(edited).coverage?.documentTypeSource).toBe('front-matter');
  });

  test('at the top of a file without front matter, in its own line endings', () => {
    const text = plan('Outcome 10 is cited.').replace(/\n/g, '\r\n');
    const action = actionsAt(text, messageRange(findingAt(text, 'outcome-reference', 3))).find((candidate) => candidate.title.endsWith('for this file'))!;
    expect(apply(text, action).startsWith('<!-- planlint-disable outcome-reference -->\r\n# Strategic plan\r\n')).toBe(true);
  });
});

describe('suggestions and documentation', () => {
  const text = readFileSync('fixtures/strategic-plan-gaps.md', 'utf8');

  test("a finding's one suggestion is a preferred quick fix tied to its diagnostic, and applying it clears the finding", () => {
    const finding = findingAt(text, 'outcome-wording', 109);
    const document = linted(text);
    const diagnostic = document.diagnostics[document.result.messages.findIndex((message) => message.ruleId === 'outcome-wording' && message.line === 109)];
    expect(diagnostic).toMatchObject({ code: 'outcome-wording', source: 'planlint' });
    const actions = codeActions(document, { range: messageRange(finding), context: { diagnostics: [diagnostic!] } }, rulesMeta);
    const fix = actions.find((action) => action.title === 'Replace with the statutory wording of outcome 7')!;
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [diagnostic] });
    const after = lint(apply(text, fix));
    expect(after.messages.map(what)).toEqual(lint(text).messages.map(what).filter((entry) => entry !== what(finding)));
  });

  test('documentation is a command with the rule\'s page, once a rule', () => {
    const finding = findingAt(text, 'outcome-coverage', 49);
    const docs = actionsAt(text, messageRange(finding)).filter((action) => action.command?.command === SHOW_DOCUMENTATION);
    expect(docs.map((action) => [action.title, action.command?.arguments])).toEqual([
      ['Show documentation for outcome-coverage', [rulesMeta['outcome-coverage']!.docs.url]],
      ['Show documentation for statutory-duty', [rulesMeta['statutory-duty']!.docs.url]],
    ]);
  });

  test('a request for quick fixes only leaves out the fix-all, and one for it leaves out the quick fixes', () => {
    const range = messageRange(findingAt(text, 'outcome-wording', 109));
    expect(actionsAt(text, range, ['quickfix']).every((action) => action.kind === 'quickfix')).toBe(true);
    expect(actionsAt(text, range).some((action) => action.kind === FIX_ALL_KIND)).toBe(false);
    expect(actionsAt(text, range, ['source.fixAll']).map((action) => action.kind)).toEqual([FIX_ALL_KIND]);
  });

  test('for text changed since its lint, the edit names the version linted, which the client checks before applying it', () => {
    const finding = findingAt(text, 'outcome-wording', 109);
    const [fix] = codeActions(linted(text), { range: messageRange(finding), context: { diagnostics: [] } }, rulesMeta, 4);
    expect(fix?.edit).toEqual({
      documentChanges: [
        { textDocument: { uri: URI, version: 4 }, edits: [{ range: messageRange(finding), newText: finding.suggestions![0]!.fix.text }] },
      ],
    });
  });

  test('a Word document gets the documentation and no edit', () => {
    const finding = findingAt(text, 'outcome-wording', 109);
    const actions = codeActions(linted(text, 'file:///plans/plan.docx'), { range: messageRange(finding), context: { diagnostics: [] } }, rulesMeta);
    expect(actions.map((action) => action.title)).toEqual(['Show documentation for outcome-wording']);
  });
});

describe('fix all', () => {
  const text = plan(
    '## Outcomes we quote',
    '',
    '- Outcome 3: "People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and wellbeing."',
    '- "People who use services are safe from harm and kept safe."',
    '- Outcome 10 is cited here, and Outcome 3.',
  );

  test('applies the fixable rules\' single suggestions at once; what needs an author stays', () => {
    const before = lint(text).messages;
    const fixable = before.filter((message) => rulesMeta[message.ruleId!]?.fixable && message.suggestions?.length === 1);
    expect(fixable.map((message) => message.ruleId).sort()).toEqual(['outcome-reference', 'outcome-wording']);
    const [fixAll] = actionsAt(text, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [FIX_ALL_KIND]);
    expect(fixAll?.kind).toBe(FIX_ALL_KIND);
    const fixed = apply(text, fixAll!);
    expect(fixed).toContain('- Outcome 6: "People who provide unpaid care');
    expect(fixed).toContain('- "People who use health and social care services are safe from harm."');
    const after = lint(fixed).messages;
    // Sorted: a renumbered citation moves where its outcome's finding sits in the list, not what it says.
    expect(after.map(what).sort()).toEqual(before.filter((message) => !fixable.includes(message)).map(what).sort());
    expect(after.some((message) => message.ruleId === 'outcome-reference' && message.message === 'Outcome 10 does not exist')).toBe(true);
  });

  test('nothing to fix, no action', () => {
    expect(actionsAt(plan('Outcome 10.'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.planlint'])).toEqual([]);
  });
});
