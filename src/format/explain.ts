import type { ConceptExplanation, ExplainedPlace, LintResult } from '../engine/results.js';
import type { FormatOptions } from './index.js';

const SOURCE: Record<NonNullable<LintResult['explanation']>['documentTypeSource'], string> = {
  config: 'as configured',
  'front-matter': 'as the document declares',
  detected: 'detected from its title, headings and wording',
};

/**
 * `--explain`: for each outcome and principle, the verdict, the strongest
 * evidence, the passages that address it (how each was recognised) and the
 * evidence in their sections, with places a reader can go to.
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
    out.push(`  document type: ${explanation.documentType} (${SOURCE[explanation.documentTypeSource]})`);
    const { threshold, minTerms } = explanation.paraphrase;
    out.push(`  a paraphrase needs a score of ${threshold} and ${minTerms} distinctive words`);
    for (const concept of explanation.concepts) out.push(...describe(concept));
    out.push('');
  }
  return `${out.join('\n')}\n`;
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
