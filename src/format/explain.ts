import type {
  ConceptExplanation,
  ExplainedMapping,
  ExplainedPlace,
  ExplainedPoint,
  Explanation,
  LintMessage,
  LintResult,
} from '../engine/results.js';
import { describeDocumentType } from './document-type.js';
import { placeOf } from './place.js';
import type { FormatOptions } from './index.js';

/**
 * `--explain`: for each outcome and principle, the verdict, the strongest
 * evidence, the passages that address it (how each was recognised) and the
 * evidence in their sections, with places a reader can go to; then the
 * findings with what to do about each, and the count, since the exit code
 * reflects them.
 */
export function formatExplain(results: readonly LintResult[], _options: FormatOptions): string {
  const out: string[] = [];
  for (const result of results) {
    out.push(result.filePath);
    const { explanation } = result;
    if (!explanation) {
      const fatal = result.messages.find((message) => message.fatal);
      out.push(`  not explained: ${fatal?.message ?? 'no explanation was asked for'}`, '');
      continue;
    }
    out.push(`  document type: ${describeDocumentType(explanation)}`);
    const { threshold, minTerms } = explanation.paraphrase;
    out.push(`  a paraphrase needs a score of ${threshold} and ${minTerms} distinctive words`);
    const { outcomes, principles } = explanation.requirements;
    out.push(`  evidence required: outcomes ${requirement(outcomes)}; principles ${requirement(principles)}`);
    for (const concept of explanation.concepts) out.push(...describe(concept));
    out.push(...signals(explanation.signals));
    for (const mapping of explanation.mappings) out.push(...mappingLines(mapping));
    out.push(...findings(result.messages));
    out.push('');
  }
  out.push(summary(results));
  return `${out.join('\n')}\n`;
}

function findings(messages: readonly LintMessage[]): string[] {
  if (messages.length === 0) return ['  findings               none'];
  return [
    '  findings',
    ...messages.flatMap((message) => {
      const severity = message.fatal === true ? 'error' : message.level;
      const where = message.sectionPath.length ? `  [${message.sectionPath.join(' › ')}]` : '';
      const head = `      ${placeOf(message).padEnd(8)} ${severity.padEnd(7)}  ${message.message}  ${message.ruleId ?? ''}`;
      const related = (message.related ?? []).map((item) => `${' '.repeat(15)}${placeOf(item).padEnd(8)} ${item.message}`);
      return [head.trimEnd() + where, ...(message.help ? [`${' '.repeat(15)}${message.help}`] : []), ...related];
    }),
  ];
}

function summary(results: readonly LintResult[]): string {
  const errors = results.reduce((total, result) => total + result.errorCount, 0);
  const warnings = results.reduce((total, result) => total + result.warningCount, 0);
  const infos = results.reduce((total, result) => total + result.infoCount, 0);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const info = infos > 0 ? `, ${infos} info` : '';
  return `${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${info})`;
}

function describe(concept: ConceptExplanation): string[] {
  const lines = [`  ${concept.label.padEnd(54)} ${concept.status.padEnd(10)} evidence: ${concept.evidence}`];
  for (const passage of concept.passages) {
    // A phrase speaks for itself; a paraphrase is only as good as the words it rests on.
    const paraphrase = passage.kind === 'paraphrase';
    const score = passage.score === undefined || paraphrase ? '' : `  score ${passage.score.toFixed(1)}`;
    lines.push(`      ${place(passage)}${score}`);
    if (paraphrase && passage.score !== undefined) lines.push(`${' '.repeat(15)}score ${passage.score.toFixed(1)} from: ${(passage.terms ?? []).join(', ')}`);
    if (passage.deferred) lines.push(`${' '.repeat(15)}puts the provision off ("not yet", "will follow"), so no evidence can back it`);
  }
  if (concept.passageCount > concept.passages.length) lines.push(`      … and ${concept.passageCount - concept.passages.length} more passages`);
  for (const item of concept.backing) lines.push(`      evidence ${place(item)}`);
  if (concept.evidence === 'context') lines.push(`${' '.repeat(15)}only context (the population, its projections, the workforce, the area) stands beside it: a setting, not evidence`);
  return lines;
}

function requirement({ within, minimum }: Explanation['requirements']['outcomes']): string {
  return `"${minimum}" or stronger ${within === 'document' ? 'anywhere in the document' : `in the same ${within}`}`;
}

const at = (item: ExplainedPoint | undefined) => (item ? `${item.line}:${item.column}` : 'not found');

/** What the statutory-duty rule reads, one line a signal. */
function signals(found: Explanation['signals']): string[] {
  const { regard, localities, planningGroup, spending } = found;
  const family = (name: string, counts: { regarded: unknown[]; addressed: unknown[] }) =>
    `${name} named ${counts.regarded.length}, addressed beyond a list ${counts.addressed.length}`;
  const locality = (item: Explanation['signals']['localities'][number]) =>
    `${item.title} ${at(item)} (${item.arrangement ? `${item.arrangement.kind} ${at(item.arrangement)}` : 'no arrangements'})`;
  return [
    '  statutory signals',
    `      regard                 ${family('outcomes', regard.outcomes)}; ${family('principles', regard.principles)}`,
    `      localities             ${localities.length ? localities.map(locality).join(', ') : 'none'}`,
    `      planning group views   effectiveness ${at(planningGroup.effectiveness)}, replacement plan ${at(planningGroup.replacement)}`,
    `      five-year comparison   ${at(found.fiveYearComparison)}`,
    `      significant decisions  ${at(found.significantDecisions)}`,
    `      spending by category   ${spending ? `${at(spending)} [${spending.sectionPath.join(' › ')}], ${spending.sums} sums` : 'not found'}`,
  ];
}

function mappingLines(mapping: ExplainedMapping): string[] {
  const unmapped = mapping.unmapped.length ? `; no priority for outcome ${mapping.unmapped.join(', ')}` : '';
  const lines = [`  mapping table ${at(mapping)}  [${mapping.sectionPath.join(' › ')}]: ${mapping.ticks.length} ticks${unmapped}`];
  for (const tick of mapping.ticks) {
    if (tick.section === undefined) continue;
    const borne = tick.support ? `borne out at ${at(tick.support)} (${tick.support.kind})` : 'nothing in its section';
    lines.push(`      ${at(tick).padEnd(8)} "${tick.priority ?? ''}" → outcome ${tick.outcome}: ${borne}  [${tick.section.join(' › ')}]`);
  }
  return lines;
}

/** Long enough for any phrase; a paraphrase runs across a paragraph, and its words are listed below it. */
const QUOTED = 90;

function place(item: ExplainedPlace): string {
  const where = item.sectionPath.length ? `  [${item.sectionPath.join(' › ')}]` : '';
  const text = item.text.replace(/\s+/g, ' ');
  const quoted = text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text;
  return `${`${item.line}:${item.column}`.padEnd(8)} ${item.kind.padEnd(11)} "${quoted}"${where}`;
}
