import type { RequiredLevel, EvidenceScope } from '../../src/analysis/types.js';
import type { RuleContext, RuleHandlers } from '../../src/engine/types.js';
import { absenceAnchor, conceptAnchor, matchLocation, type ConceptFamily } from './concepts.js';

/**
 * Reports the concepts of the family that the plan never addresses: each on
 * its own (`missing`), or, when `grouped`, several in one finding
 * (`missingMany`) that names them, since they all stand at the same anchor
 * and call for the same remedy.
 */
export function reportMissing(family: ConceptFamily, context: RuleContext, grouped = false): RuleHandlers {
  return {
    end() {
      // A board paper puts its subject to the board; what the subject must address is found in the subject itself.
      if (context.analysis.boardPaper) return;
      const anchor = absenceAnchor(context.document, context.analysis, family.homeSection(context.analysis));
      const missing = family.coverage(context.analysis).filter((concept) => concept.matches.length === 0);
      if (grouped && missing.length > 1) {
        const names = missing.map((concept) => String(concept.id)).join(', ');
        context.report({ loc: anchor, messageId: 'missingMany', data: { count: missing.length, names } });
        return;
      }
      for (const concept of missing) context.report({ loc: anchor, messageId: 'missing', data: { concept: family.label(concept.id) } });
    },
  };
}

// A type alias, not an interface, so that it is assignable to the engine's Record of options.
export type EvidenceOptions = {
  within: EvidenceScope;
  minimum: RequiredLevel;
};

export const EVIDENCE_OPTIONS_SCHEMA = {
  type: 'object',
  properties: {
    within: { enum: ['section', 'chapter', 'document'] },
    minimum: { enum: ['commitment', 'measure', 'target'] },
  },
  additionalProperties: false,
};

export const EVIDENCE_DEFAULTS: EvidenceOptions = { within: 'section', minimum: 'commitment' };

/**
 * Reports each addressed concept the analysis did not find `evidenced`,
 * once, on the heading of its own section if it has one, else at the first
 * place it is addressed. The rule's options are not read
 * here: src/core/lint.ts hands them to the analysis, which reaches each
 * concept's verdict under them, so the coverage, `--explain` and this rule
 * say one thing.
 */
export function reportUnevidenced(family: ConceptFamily, context: RuleContext<EvidenceOptions>): RuleHandlers {
  const { document, analysis } = context;
  return {
    end() {
      for (const concept of family.coverage(analysis)) {
        if (concept.status !== 'mentioned') continue;
        const { matches, requirement, level } = concept;
        const addressing = matches.filter((match) => match.kind !== 'catalogue');
        const first = conceptAnchor(document, addressing) ?? matches[0]!;
        const related = addressing.filter((match) => match !== first).slice(0, 5).map((match) => ({
          message: `${family.label(concept.id)} also addressed here`,
          loc: matchLocation(document, match),
        }));
        const where = requirement.within === 'document' ? 'anywhere in the document' : `in the same ${requirement.within}`;
        const data = { concept: family.label(concept.id), found: level, required: requirement.minimum, where };
        const messageId = addressing.length === 0 ? 'listedOnly' : level === 'none' || level === 'claim' ? 'noEvidence' : 'weakEvidence';
        context.report({ loc: matchLocation(document, first), messageId, data, related });
      }
    },
  };
}

/** Messages shared by the evidence rules; `{{concept}}` is the family's label. */
export const EVIDENCE_MESSAGES = {
  noEvidence: '{{concept}} is addressed without evidence',
  weakEvidence: '{{concept}} has no evidence at the level "{{required}}"',
  listedOnly: '{{concept}} is only listed, never addressed',
};

/** The evidence rules' remedies, by message id, filled with the same data. */
export const EVIDENCE_HELP = {
  noEvidence: 'Add a measure or indicator, a baseline or target, or an action with an owner or date {{where}}.',
  weakEvidence: 'The strongest evidence found is "{{found}}": add {{required}} evidence {{where}}.',
  listedOnly: 'Say how the plan contributes to it, and back that with a measure, a target or an action with an owner or date.',
};
