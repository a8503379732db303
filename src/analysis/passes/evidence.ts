import type { Block, PlanDocument } from '../../document/types.js';
import { findColumnEvidence, findEvidence } from '../evidence.js';
import { namedIndicatorEvidence, type IndicatorCitation } from '../indicators.js';
import { definePass } from '../pass.js';
import { EvidenceScopes } from '../scope.js';
import type { Evidence, EvidenceScope } from '../types.js';

export interface EvidenceOutput {
  /** Evidence found in each block, by block id; none in headings. */
  byBlock: readonly Evidence[][];
  /** Evidence that backs a passage in the given section, for the given scope. */
  evidenceFor: (sectionIndex: number, scope: EvidenceScope) => Evidence[];
}

export const evidencePass = definePass({
  name: 'evidence',
  reads: ['indicators'],
  run: ({ document }, { indicators }): EvidenceOutput => {
    const byBlock = document.blocks.map((block) => (block.kind === 'heading' ? [] : blockEvidence(document, block, indicators.citations[block.id]!)));
    const scopes = new EvidenceScopes(document, byBlock);
    return { byBlock, evidenceFor: (sectionIndex, scope) => scopes.evidenceFor(sectionIndex, scope) };
  },
});

function blockEvidence(document: PlanDocument, block: Block, indicators: readonly IndicatorCitation[]): Evidence[] {
  const found = [...findEvidence(block.text, block.id), ...namedIndicatorEvidence(block, indicators)].sort((a, b) => a.start - b.start);
  const column = findColumnEvidence(document, block);
  return column ? [column, ...found] : found;
}
