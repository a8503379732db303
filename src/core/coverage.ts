import { DEFAULT_REQUIREMENT } from '../analysis/coverage.js';
import { locateSpan } from '../document/locate.js';
import type { DocumentType, PlanDocument } from '../document/types.js';
import type { Analysis, ConceptCoverage, EvidenceRequirement, EvidenceRequirements } from '../analysis/types.js';
import type { Coverage, CoverageEntry } from '../engine/results.js';
import type { Rule, RuleSetting } from '../engine/types.js';

/** The rules whose options say what evidence each family's verdicts require. */
const EVIDENCE_RULES = { outcomes: 'outcome-evidence', principles: 'principle-evidence' } as const;

/**
 * What evidence each family's verdicts require in a document of a given
 * type: the effective `within` and `minimum` of its evidence rule, or the
 * rule's defaults when it is off or does not apply to the type. The analysis
 * reaches each verdict once under these, and the coverage, `--explain` and
 * the evidence rules all read it.
 */
export function evidenceRequirements(
  rules: readonly Rule[],
  settings: Readonly<Record<string, RuleSetting>>,
): (documentType: DocumentType) => EvidenceRequirements {
  const requirement = (ruleId: string, documentType: DocumentType): EvidenceRequirement => {
    const rule = rules.find((candidate) => candidate.meta.id === ruleId);
    const setting = settings[ruleId];
    const runs = rule !== undefined && (setting?.severity ?? 0) !== 0 && (rule.meta.documentTypes?.includes(documentType) ?? true);
    // The config was validated against the rule's schema, so its options have the requirement's shape.
    const options = { ...DEFAULT_REQUIREMENT, ...rule?.meta.defaultOptions, ...(runs ? setting?.options : {}) };
    return { within: options.within, minimum: options.minimum };
  };
  return (documentType) => ({
    outcomes: requirement(EVIDENCE_RULES.outcomes, documentType),
    principles: requirement(EVIDENCE_RULES.principles, documentType),
  });
}

/** The coverage part of the JSON contract: one status and the places for each outcome and principle. */
export function coverageOf(document: PlanDocument, analysis: Analysis): Coverage {
  const entry = <Id>(concept: ConceptCoverage<Id>): CoverageEntry<Id> => ({
    id: concept.id,
    status: concept.status,
    locations: concept.matches.map((match) => {
      const { line, column } = locateSpan(document.blocks[match.blockId]!, match.start, match.end);
      return { line, column };
    }),
  });
  return {
    documentType: analysis.documentType,
    documentTypeSource: analysis.documentTypeSource,
    ...documentTypeDetail(analysis),
    outcomes: analysis.outcomes.map(entry),
    principles: analysis.principles.map(entry),
  };
}

/** The optional parts of the document type in the JSON contract, present only when they say something. */
export function documentTypeDetail(analysis: Analysis): Pick<Coverage, 'documentTypeEvidence' | 'boardPaper'> {
  return {
    ...(analysis.documentTypeEvidence ? { documentTypeEvidence: { ...analysis.documentTypeEvidence } } : {}),
    ...(analysis.boardPaper ? { boardPaper: true as const } : {}),
  };
}
