import type { Block, PlanDocument } from '../../document/types.js';
import { type EvidenceOptions, findColumnEvidence, findEvidence } from '../evidence.js';
import { namedIndicatorEvidence, type IndicatorCitation } from '../indicators.js';
import { definePass } from '../pass.js';
import { type AnalysisReuse, placedIn, reused } from '../reuse.js';
import { EvidenceScopes } from '../scope.js';
import type { Evidence, EvidenceScope } from '../types.js';

export interface EvidenceOutput {
  /** Evidence found in each block, by block id; none in headings. */
  byBlock: readonly Evidence[][];
  /** Evidence that backs a passage in the given section, for the given scope. */
  evidenceFor: (sectionIndex: number, scope: EvidenceScope) => Evidence[];
  /** Evidence that backs a passage in the given block: its section's, or its window's where the text has no structure. */
  evidenceAround: (blockId: number, scope: EvidenceScope) => Evidence[];
}

export const evidencePass = definePass({
  name: 'evidence',
  reads: ['indicators', 'documentType'],
  run: ({ document, reuse }, { indicators, documentType }): EvidenceOutput => {
    const options: EvidenceOptions = { reportedResults: documentType.documentType === 'performance-report' };
    const byBlock = document.blocks.map((block) =>
      block.kind === 'heading' ? [] : blockEvidence(document, block, indicators.citations[block.id]!, options, reuse),
    );
    const scopes = new EvidenceScopes(document, byBlock);
    return {
      byBlock,
      evidenceFor: (sectionIndex, scope) => scopes.evidenceFor(sectionIndex, scope),
      evidenceAround: (blockId, scope) => scopes.evidenceAround(blockId, scope),
    };
  },
});

function blockEvidence(
  document: PlanDocument,
  block: Block,
  indicators: readonly IndicatorCitation[],
  options: EvidenceOptions,
  reuse: AnalysisReuse | undefined,
): Evidence[] {
  const key = `${options.reportedResults ? 'reported' : 'planned'}\u0000${block.text}`;
  const inText = reused(reuse?.evidence, key, () => findEvidence(block.text, block.id, options));
  const found = [...inText.map((evidence) => placedIn(block.id, evidence)), ...namedIndicatorEvidence(block, indicators)];
  found.sort((a, b) => a.start - b.start);
  const column = findColumnEvidence(document, block);
  return column ? [column, ...found] : found;
}
