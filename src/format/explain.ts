import type { ConceptExplanation, ExplainedPlace, LintResult } from '../engine/results.js';
import type { FormatOptions } from './index.js';

const SOURCE: Record<NonNullable<LintResult['explanation']>['documentTypeSource'], string> = {
  config: 'as configured',
  'front-matter': 'as the document declares',
  detected: 'detected from its title and headings',
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
    for (const concept of explanation.concepts) out.push(...describe(concept));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function describe(concept: ConceptExplanation): string[] {
  const lines = [`  ${concept.label.padEnd(54)} ${concept.status.padEnd(10)} evidence: ${concept.evidence}`];
  for (const passage of concept.passages) lines.push(`      ${place(passage)}`);
  if (concept.passageCount > concept.passages.length) lines.push(`      … and ${concept.passageCount - concept.passages.length} more passages`);
  for (const item of concept.backing) lines.push(`      evidence ${place(item)}`);
  return lines;
}

function place(item: ExplainedPlace): string {
  const where = item.sectionPath.length ? `  [${item.sectionPath.join(' › ')}]` : '';
  return `${`${item.line}:${item.column}`.padEnd(8)} ${item.kind.padEnd(11)} "${item.text.replace(/\s+/g, ' ')}"${where}`;
}
