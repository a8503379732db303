import type { CoverageStatus } from '../analysis/types.js';
import type { ExplainedPlace, LintMessage, LintResult } from '../engine/results.js';
import type { RuleMeta } from '../engine/types.js';
import { conceptKeysOf, conceptsOf, problemsLine, STATUSES, statusCounts, totals, type ConceptView, type Family } from './concepts.js';
import { describeDocumentType } from './document-type.js';
import { escapeControl } from './escape.js';
import { workspacePath } from './github.js';
import { STYLE } from './html-style.js';
import type { FormatContext } from './index.js';
import { placeOf } from './place.js';

/*
 * One self-contained page for a review meeting: the counts across files,
 * then for each file the type it was judged as and how that was known, a
 * matrix of the nine outcomes and thirteen principles by status, where each
 * is addressed and the evidence beside it, quoted, and the findings. Inline
 * CSS and no script: it opens from a CI artefact or an e-mail with no network,
 * and prints. The only links out are the rules' documentation pages.
 *
 * The quotes come from the explanation, which the CLI asks for with this
 * format; without one (a Node API caller that did not ask) the page gives
 * the places alone.
 */

const SHOWN: Record<CoverageStatus, string> = { missing: 'missing', mentioned: 'mentioned', evidenced: 'evidenced' };

/** A passage or piece of evidence is quoted up to this many characters: enough to recognise, short enough for a cell. */
const QUOTED = 120;

export function formatHtml(results: readonly LintResult[], context: FormatContext): string {
  const files = results.map((result, index) => ({ result, id: `f${index + 1}`, path: workspacePath(result.filePath, context.cwd) }));
  const counts = totals(results);
  const body = [
    '<header>',
    '<h1>planlint: the outcomes and principles each plan addresses</h1>',
    `<p>${esc(problemsLine(counts))} in ${files.length} ${files.length === 1 ? 'file' : 'files'}.</p>`,
    legend(),
    '</header>',
    summaryTable(files),
    ...files.map((file) => fileSection(file.result, file.id, file.path, context.rulesMeta)),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>planlint report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function legend(): string {
  return (
    '<p class="legend">Each outcome and principle is ' +
    `<span class="status missing">missing</span> (nothing in the plan addresses it), ` +
    `<span class="status mentioned">mentioned</span> (addressed, without the evidence its rule asks for) or ` +
    `<span class="status evidenced">evidenced</span> (addressed, with a measure, target, owner or date beside it).</p>`
  );
}

interface FileEntry {
  result: LintResult;
  id: string;
  path: string;
}

function summaryTable(files: readonly FileEntry[]): string {
  const head =
    '<thead><tr><th scope="col">File</th><th scope="col">Judged as</th>' +
    '<th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info</th>' +
    familyHeads('Outcomes') +
    familyHeads('Principles') +
    '</tr></thead>';
  const all = { outcome: { missing: 0, mentioned: 0, evidenced: 0 }, principle: { missing: 0, mentioned: 0, evidenced: 0 } };
  const rows = files.map(({ result, id, path }) => {
    const concepts = conceptsOf(result);
    const judged = result.coverage ? esc(describeDocumentType(result.coverage)) : 'not linted';
    const cells = (family: Family) => {
      if (concepts.length === 0) return '<td class="num">–</td>'.repeat(STATUSES.length);
      const counts = statusCounts(concepts, family);
      for (const status of STATUSES) all[family][status] += counts[status];
      return [...STATUSES].reverse().map((status) => `<td class="num">${counts[status]}</td>`).join('');
    };
    return (
      `<tr><th scope="row"><a href="#${id}">${esc(path)}</a></th><td>${judged}</td>` +
      `<td class="num">${result.errorCount}</td><td class="num">${result.warningCount}</td><td class="num">${result.infoCount}</td>` +
      `${cells('outcome')}${cells('principle')}</tr>`
    );
  });
  const { errors, warnings, infos } = totals(files.map((file) => file.result));
  const sums = (family: Family) => [...STATUSES].reverse().map((status) => `<td class="num">${all[family][status]}</td>`).join('');
  const foot =
    `<tfoot><tr><th scope="row">All ${files.length} ${files.length === 1 ? 'file' : 'files'}</th><td></td>` +
    `<td class="num">${errors}</td><td class="num">${warnings}</td><td class="num">${infos}</td>${sums('outcome')}${sums('principle')}</tr></tfoot>`;
  return ['<section aria-labelledby="summary">', '<h2 id="summary">Summary</h2>', '<table class="summary">', head, `<tbody>${rows.join('\n')}</tbody>`, foot, '</table>', '</section>'].join('\n');
}

function familyHeads(family: string): string {
  return [...STATUSES]
    .reverse()
    .map((status) => `<th scope="col" class="num">${family}: ${SHOWN[status]}</th>`)
    .join('');
}

function fileSection(result: LintResult, id: string, path: string, rulesMeta: Readonly<Record<string, RuleMeta>>): string {
  const out = [`<section class="file" id="${id}" aria-labelledby="${id}-name">`, `<h2 id="${id}-name">${esc(path)}</h2>`];
  const pdf = result.messages.some((message) => message.page !== undefined);
  const word = !pdf && (/\.docx$/iu.test(result.filePath) || result.messages.some((message) => message.quote !== undefined));
  const place = (line: number, column: number) => (word ? `¶${line}:${column}` : `${line}:${column}`);
  if (!result.coverage) {
    const fatal = result.messages.find((message) => message.fatal);
    out.push(`<p class="fatal"><strong>Not linted:</strong> ${esc(fatal?.message ?? 'no coverage')}</p>`, '</section>');
    return out.join('\n');
  }
  out.push(`<p><strong>Judged as:</strong> ${esc(describeDocumentType(result.coverage))}</p>`);
  const suppressed = result.suppressedMessages.length;
  out.push(
    `<p>${esc(problemsLine({ errors: result.errorCount, warnings: result.warningCount, infos: result.infoCount }))}` +
      `${suppressed > 0 ? `; ${suppressed} more silenced by directives in the plan` : ''}.` +
      (word ? ' Places are given as ¶paragraph:character, counting paragraphs through the document, since Word shows no line numbers.' : '') +
      (pdf ? ' Findings are placed as p.page:line, the line counted on its page; other places as line:character, counting the lines through the document.' : '') +
      '</p>',
  );
  const concepts = conceptsOf(result);
  const findings = result.messages.map((message, index) => ({ message, anchor: `${id}-finding-${index + 1}`, keys: conceptKeysOf(message) }));
  const findingsOf = (concept: ConceptView) => findings.filter((finding) => finding.keys.has(concept.key));
  for (const family of ['outcome', 'principle'] as const) {
    out.push(matrix(family, concepts.filter((concept) => concept.family === family), id, place, findingsOf));
  }
  out.push(`<h3 id="${id}-where">Where each is addressed, and the evidence</h3>`);
  for (const concept of concepts) out.push(conceptDetail(concept, id, place, findingsOf(concept)));
  out.push(`<h3 id="${id}-findings">Findings</h3>`);
  if (findings.length === 0) out.push('<p>None.</p>');
  else {
    out.push('<ol class="findings">');
    for (const { message, anchor } of findings) out.push(findingItem(message, anchor, place, rulesMeta));
    out.push('</ol>');
  }
  out.push('</section>');
  return out.join('\n');
}

type Place = (line: number, column: number) => string;
type FindingRef = { message: LintMessage; anchor: string };

function matrix(
  family: Family,
  concepts: readonly ConceptView[],
  id: string,
  place: Place,
  findingsOf: (concept: ConceptView) => FindingRef[],
): string {
  const noun = family === 'outcome' ? 'Outcome' : 'Principle';
  const head =
    `<thead><tr><th scope="col">${noun}</th>` +
    STATUSES.map((status) => `<th scope="col">${SHOWN[status][0]!.toUpperCase()}${SHOWN[status].slice(1)}</th>`).join('') +
    '<th scope="col">Addressed at</th><th scope="col">Evidence beside it</th><th scope="col">Findings</th></tr></thead>';
  const rows = concepts.map((concept) => {
    const anchor = `${id}-${concept.key}`;
    const statuses = STATUSES.map((status) =>
      status === concept.status
        ? `<td class="status ${status}"><a href="#${anchor}">${SHOWN[status]}</a></td>`
        : '<td class="empty" aria-hidden="true"></td>',
    ).join('');
    const explained = concept.explained;
    const passage = explained?.passages[0];
    const addressed = passage
      ? quotePlace(passage, place)
      : concept.locations.length > 0
        ? `<span class="at">${concept.locations.slice(0, 3).map((location) => place(location.line, location.column)).join(', ')}</span>`
        : '';
    const backing = explained?.backing[0];
    const evidence = backing ? quotePlace(backing, place) : '';
    const refs = findingsOf(concept);
    const findings = refs.map((ref) => `<a href="#${ref.anchor}" title="${esc(ref.message.message)}">${esc(ref.message.level)}</a>`).join(', ');
    return `<tr><th scope="row"><a href="#${anchor}">${esc(label(concept))}</a></th>${statuses}<td>${addressed}</td><td>${evidence}</td><td>${findings}</td></tr>`;
  });
  return [`<table class="matrix" aria-label="${noun}s by status">`, `<caption>${noun}s</caption>`, head, `<tbody>${rows.join('\n')}</tbody>`, '</table>'].join('\n');
}

function conceptDetail(concept: ConceptView, id: string, place: Place, findings: readonly FindingRef[]): string {
  const explained = concept.explained;
  const level = explained ? `; strongest evidence: ${esc(explained.evidence)}` : '';
  const out = [
    `<div class="concept" id="${id}-${concept.key}">`,
    `<h4>${esc(label(concept))}: <span class="status ${concept.status}">${SHOWN[concept.status]}</span>${level}</h4>`,
  ];
  if (explained) {
    if (explained.passages.length > 0) {
      const more = explained.passageCount - explained.passages.length;
      out.push('<p>Addressed at:</p>', places(explained.passages, place));
      if (more > 0) out.push(`<p class="where">and ${more} more ${more === 1 ? 'passage' : 'passages'}.</p>`);
    }
    if (explained.backing.length > 0) out.push('<p>Evidence beside it:</p>', places(explained.backing, place));
  } else if (concept.locations.length > 0) {
    out.push(`<p>Addressed at: <span class="at">${concept.locations.map((location) => place(location.line, location.column)).join(', ')}</span></p>`);
  }
  if (concept.status === 'missing') out.push('<p>Nothing in the plan addresses it.</p>');
  if (findings.length > 0) {
    const links = findings.map((finding) => `<li><a href="#${finding.anchor}">${esc(finding.message.message)}</a> (${esc(finding.message.level)})</li>`);
    out.push('<p>Findings:</p>', `<ul class="places">${links.join('')}</ul>`);
  }
  out.push('</div>');
  return out.join('\n');
}

function places(items: readonly ExplainedPlace[], place: Place): string {
  return `<ul class="places">${items.map((item) => `<li>${quotePlace(item, place)}</li>`).join('')}</ul>`;
}

function quotePlace(item: ExplainedPlace, place: Place): string {
  const section = item.sectionPath.length > 0 ? ` <span class="where">in ${esc(item.sectionPath.join(' › '))}</span>` : '';
  return `<span class="at">${place(item.line, item.column)}</span> ${esc(item.kind)} <span class="quote">“${esc(shorten(item.text))}”</span>${section}`;
}

function findingItem(message: LintMessage, anchor: string, place: Place, rulesMeta: Readonly<Record<string, RuleMeta>>): string {
  const level = message.fatal === true ? 'error' : message.level;
  const url = message.ruleId ? rulesMeta[message.ruleId]?.docs.url : undefined;
  // Only a documentation page is linked: a rule of the user's own could give any URL, and `javascript:` is one.
  const rule = message.ruleId ? (url && /^(?:https?|file):/iu.test(url) ? `<a href="${esc(url)}">${esc(message.ruleId)}</a>` : esc(message.ruleId)) : '';
  const where = [
    message.sectionPath.length > 0 ? esc(message.sectionPath.join(' › ')) : '',
    message.quote !== undefined ? `<span class="quote">“${esc(shorten(message.quote))}”</span>` : '',
  ].filter(Boolean);
  const at = (item: Parameters<typeof placeOf>[0]) => (item.page === undefined ? place(item.line, item.column) : placeOf(item));
  const related = (message.related ?? []).map((item) => `<li><span class="at">${at(item)}</span> ${esc(item.message)}</li>`);
  return [
    `<li id="${anchor}"><span class="level ${level}">${level}</span> <span class="at">${at(message)}</span> ${esc(message.message)} ${rule}`,
    message.help ? `<br><span class="help">${esc(message.help)}</span>` : '',
    where.length > 0 ? `<br><span class="where">${where.join(' · ')}</span>` : '',
    related.length > 0 ? `<ul class="places">${related.join('')}</ul>` : '',
    '</li>',
  ].join('');
}

function label(concept: ConceptView): string {
  return concept.name ? `${concept.title} (${concept.name})` : concept.title;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > QUOTED ? `${flat.slice(0, QUOTED - 1)}…` : flat;
}

/** Text and attribute values alike: every character that HTML reads as markup, and control characters shown as escapes. */
function esc(text: string): string {
  return escapeControl(text).replace(/[&<>"']/gu, (char) => ENTITIES[char]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
