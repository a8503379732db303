import type { Block, PlanDocument } from '../document/types.js';
import { indicatorById, OUTCOMES, PRINCIPLES } from '../framework/index.js';
import type { OutcomeId } from '../framework/types.js';
import { deferredSentences } from './absence.js';
import { findClaims } from './claims.js';
import { findCatalogueBlocks, NAME_ONLY_WORDS, type BlockConcepts } from './catalogue.js';
import { isPrincipleListing, outcomePhraseMatches, principlePhraseMatches } from './concepts.js';
import { statusOf } from './coverage.js';
import { resolveDocumentType, type DocumentTypeSettings } from './document-type.js';
import { findColumnEvidence, findEvidence } from './evidence.js';
import { findIndicators, namedIndicatorEvidence, type IndicatorCitation } from './indicators.js';
import { isParaphrase, PARAPHRASE, paraphraseMatch, type ParaphraseSettings } from './paraphrase.js';
import { findCitations } from './references.js';
import { CONCEPTS, conceptIndex, PassageScorer } from './relevance.js';
import { EvidenceScopes } from './scope.js';
import { sentenceSpans, within, type Span } from './sentences.js';
import { readMappingTable, type MappingTable } from './tables.js';
import { tokenize, type Token } from './tokens.js';
import type { Analysis, Claim, ConceptCoverage, ConceptMatch, Evidence, OutcomeReference, WordingQuote } from './types.js';
import { findQuotes } from './wording.js';

export type { DocumentTypeSettings } from './document-type.js';

/** Match kinds by strength, for keeping one of two overlapping matches. */
const STRENGTH: Record<ConceptMatch['kind'], number> = { reference: 6, wording: 5, indicator: 4, table: 3, phrase: 2, paraphrase: 1, catalogue: 0 };

class MatchTable<Id> {
  readonly byConcept = new Map<Id, ConceptMatch[]>();

  add(id: Id, match: ConceptMatch): void {
    const list = this.byConcept.get(id) ?? [];
    list.push(match);
    this.byConcept.set(id, list);
  }

  has(id: Id, blockId: number): boolean {
    return this.byConcept.get(id)?.some((match) => match.blockId === blockId) ?? false;
  }

  /** Marks the matches that put the provision off. */
  markDeferred(deferredIn: (blockId: number) => readonly Span[]): void {
    for (const matches of this.byConcept.values()) {
      for (const match of matches) if (within(deferredIn(match.blockId), match.start)) match.deferred = true;
    }
  }

  /** Concepts matched in each block, with how much of the block the matches cover. */
  perBlock(tokensOf: readonly Token[][]): Map<number, { ids: Set<Id>; matchedWords: number }> {
    const blocks = new Map<number, { ids: Set<Id>; matchedWords: number }>();
    for (const [id, matches] of this.byConcept) {
      for (const match of matches) {
        // Neither a tick nor a paraphrase spread over a paragraph says how much of the block is a name.
        if (match.kind === 'table' || match.kind === 'paraphrase') continue;
        const entry = blocks.get(match.blockId) ?? { ids: new Set<Id>(), matchedWords: 0 };
        entry.ids.add(id);
        entry.matchedWords += tokensOf[match.blockId]!.filter((token) => token.start >= match.start && token.end <= match.end).length;
        blocks.set(match.blockId, entry);
      }
    }
    return blocks;
  }

  relabelCatalogue(catalogue: Set<number>): void {
    for (const matches of this.byConcept.values()) {
      for (const match of matches) if (catalogue.has(match.blockId)) match.kind = 'catalogue';
    }
  }

  /**
   * A concept gives way where one sentence also speaks for a concept it
   * yields to: "the localities have different needs" is about areas, not
   * about different service-users.
   */
  yieldTo(id: Id, other: Id, sentencesOf: (blockId: number) => readonly Span[]): void {
    const taken = this.byConcept.get(other) ?? [];
    const sentenceOf = (match: ConceptMatch) => sentencesOf(match.blockId).find((span) => match.start >= span.start && match.start < span.end);
    this.byConcept.set(
      id,
      (this.byConcept.get(id) ?? []).filter((match) => {
        const sentence = sentenceOf(match);
        return !taken.some((claim) => claim.blockId === match.blockId && sentenceOf(claim) === sentence);
      }),
    );
  }

  drop(blockIds: Set<number>): void {
    for (const [id, matches] of this.byConcept) {
      this.byConcept.set(id, matches.filter((match) => !blockIds.has(match.blockId)));
    }
  }

  /** In document order, one match per place: the strongest of overlapping ones. */
  ordered(id: Id): ConceptMatch[] {
    const sorted = [...(this.byConcept.get(id) ?? [])].sort(
      (a, b) => a.blockId - b.blockId || a.start - b.start || STRENGTH[b.kind] - STRENGTH[a.kind],
    );
    const kept: ConceptMatch[] = [];
    for (const match of sorted) {
      const previous = kept.at(-1);
      if (previous && previous.blockId === match.blockId && match.start < previous.end) {
        if (STRENGTH[match.kind] > STRENGTH[previous.kind]) kept[kept.length - 1] = match;
        continue;
      }
      kept.push(match);
    }
    return kept;
  }
}

/**
 * Reads a parsed plan once: where each outcome and principle is addressed,
 * which passages are catalogues, what evidence stands where. Rules only read
 * the result.
 */
export function analyse(document: PlanDocument, settings: DocumentTypeSettings = {}, paraphrase: ParaphraseSettings = PARAPHRASE): Analysis {
  const outcomes = new MatchTable<OutcomeId>();
  const principles = new MatchTable<string>();
  const references: OutcomeReference[] = [];
  const quotes: WordingQuote[] = [];
  const claims: Claim[] = [];
  const evidence: Evidence[][] = document.blocks.map(() => []);
  const tokensOf = document.blocks.map((block) => tokenize(block.text));
  const scorer = new PassageScorer(tokensOf);

  for (const block of document.blocks) {
    const tokens = tokensOf[block.id]!;
    collectReferences(block, outcomes, references);
    const indicators = findIndicators(block.text, tokens);
    collectIndicators(block, indicators, outcomes);
    claims.push(...findClaims(block));
    for (const quote of findQuotes(block, tokens)) {
      quotes.push(quote);
      outcomes.add(quote.outcome, { blockId: block.id, start: quote.start, end: quote.end, kind: 'wording', matched: block.text.slice(quote.start, quote.end) });
    }
    for (const [id, matches] of outcomePhraseMatches(block, tokens)) for (const match of matches) outcomes.add(id, match);
    for (const [id, matches] of principlePhraseMatches(block, tokens)) for (const match of matches) principles.add(id, match);
    const tally = scorer.tally(block.id);
    CONCEPTS.forEach((concept, index) => {
      if (!isParaphrase(tally.scores[index]!, tally.distinctive[index]!, paraphrase)) return;
      const table: MatchTable<OutcomeId | string> = concept.family === 'outcome' ? outcomes : principles;
      if (!table.has(concept.id, block.id)) table.add(concept.id, paraphraseMatch(block, scorer.passage(block.id, block.text, index)!));
    });
    if (block.kind !== 'heading') evidence[block.id] = blockEvidence(document, block, indicators);
  }

  const sentencesOf = perBlockText(document, sentenceSpans);
  for (const principle of PRINCIPLES) for (const other of principle.yieldsTo ?? []) principles.yieldTo(principle.id, other, sentencesOf);

  const labelCells = new Set<number>();
  const mappings: MappingTable[] = [];
  for (const table of document.tables) {
    const mapping = readMappingTable(document, table);
    if (!mapping) continue;
    mappings.push(mapping);
    for (const id of mapping.labelCells) labelCells.add(id);
    for (const mark of mapping.marks) outcomes.add(mark.outcome, mark.match);
  }
  outcomes.drop(labelCells);
  numberQuotesByList(document, quotes);

  // A list of the outcomes quotes "dignity" and "safe"; it addresses no principle either, and vice versa.
  const catalogue = new Set([
    ...findCatalogueBlocks(document, outcomeListings(outcomes, quotes, tokensOf), evidence),
    ...findCatalogueBlocks(document, principleListings(principles, tokensOf), evidence),
  ]);
  outcomes.relabelCatalogue(catalogue);
  principles.relabelCatalogue(catalogue);
  const deferredIn = perBlockText(document, deferredSentences);
  outcomes.markDeferred(deferredIn);
  principles.markDeferred(deferredIn);

  const scopes = new EvidenceScopes(document, evidence);
  const evidenceFor: Analysis['evidenceFor'] = (sectionIndex, scope) => scopes.evidenceFor(sectionIndex, scope);
  const coverage = <Id>(table: MatchTable<Id>, id: Id): ConceptCoverage<Id> => {
    const matches = table.ordered(id);
    return { id, status: statusOf(document, { evidenceFor }, matches), matches };
  };

  return {
    ...resolveDocumentType(document, settings),
    outcomes: OUTCOMES.map((outcome) => coverage(outcomes, outcome.id)),
    principles: PRINCIPLES.map((principle) => coverage(principles, principle.id)),
    references,
    quotes,
    claims,
    mappings,
    evidence,
    evidenceFor,
    passageScore: (family, id, match) => {
      if (match.score !== undefined) return { score: match.score, terms: match.terms ?? [] };
      const passage = scorer.passage(match.blockId, document.blocks[match.blockId]!.text, conceptIndex(family, id));
      return passage && { score: passage.score, terms: passage.terms.map((term) => term.written) };
    },
    outcomesSection: familySection(document, /\boutcomes\b/i, /\boutcomes?\s+\d/i),
    principlesSection: familySection(document, /\bprinciples\b/i, /\bprinciple\b/i),
  };
}

/** A reading of a block's text, made when first asked for and then kept: most blocks are never asked. */
function perBlockText<T>(document: PlanDocument, read: (text: string) => T): (blockId: number) => T {
  const kept = new Map<number, T>();
  return (blockId) => {
    if (!kept.has(blockId)) kept.set(blockId, read(document.blocks[blockId]!.text));
    return kept.get(blockId)!;
  };
}

/**
 * "Outcomes 1 to 9" claims them all and addresses none (docs/design.md: a bare
 * claim addresses no particular outcome); it is still checked for numbers
 * that do not exist.
 */
const CLAIM_OF_ALL = 7;

function collectReferences(block: Block, outcomes: MatchTable<OutcomeId>, references: OutcomeReference[]): void {
  for (const citation of findCitations(block.text)) {
    const claimsAll = new Set(citation.numbers.map((cited) => cited.number).filter((n) => n >= 1 && n <= 9)).size >= CLAIM_OF_ALL;
    for (const cited of citation.numbers) {
      // "Outcome 10" is reported whole; in "outcomes 2, 4 and 10" only the wrong number is.
      const span = citation.numbers.length === 1 ? citation : cited;
      references.push({ blockId: block.id, start: span.start, end: span.end, number: cited.number });
      if (claimsAll || cited.number < 1 || cited.number > 9) continue;
      outcomes.add(cited.number as OutcomeId, {
        blockId: block.id,
        start: citation.start,
        end: citation.end,
        kind: 'reference',
        matched: block.text.slice(citation.start, citation.end),
      });
    }
  }
}

/**
 * A core integration indicator measures its outcome: "NI-8", or "carers who
 * feel supported to continue in their caring role", is outcome 6. Only
 * indicators of a single outcome count; NI-14 serves four and names none.
 */
function collectIndicators(block: Block, citations: readonly IndicatorCitation[], outcomes: MatchTable<OutcomeId>): void {
  for (const citation of citations) {
    const measured = indicatorById(citation.number)?.outcomes ?? [];
    if (measured.length !== 1) continue;
    outcomes.add(measured[0]!, { blockId: block.id, start: citation.start, end: citation.end, kind: 'indicator', matched: block.text.slice(citation.start, citation.end) });
  }
}

function blockEvidence(document: PlanDocument, block: Block, indicators: readonly IndicatorCitation[]): Evidence[] {
  const found = [...findEvidence(block.text, block.id), ...namedIndicatorEvidence(block, indicators)].sort((a, b) => a.start - b.start);
  const column = findColumnEvidence(document, block);
  return column ? [column, ...found] : found;
}

/**
 * In a numbered list that quotes outcomes, the list's own numbers are the
 * author's labels ("3." before the wording of outcome 5 is a wrong number).
 */
function numberQuotesByList(document: PlanDocument, quotes: WordingQuote[]): void {
  const byList = new Map<number, WordingQuote[]>();
  for (const quote of quotes) {
    const listId = document.blocks[quote.blockId]?.listId;
    if (listId !== undefined) byList.set(listId, [...(byList.get(listId) ?? []), quote]);
  }
  for (const listQuotes of byList.values()) {
    if (listQuotes.length < 3) continue;
    for (const quote of listQuotes) {
      const ordinal = document.blocks[quote.blockId]?.ordinal;
      if (!quote.label && ordinal !== undefined) quote.label = { number: ordinal };
    }
  }
}

function outcomeListings(
  outcomes: MatchTable<OutcomeId>,
  quotes: readonly WordingQuote[],
  tokensOf: readonly Token[][],
): Map<number, BlockConcepts<OutcomeId>> {
  const quoted = new Set(quotes.map((quote) => quote.blockId));
  const listings = new Map<number, BlockConcepts<OutcomeId>>();
  for (const [blockId, { ids, matchedWords }] of outcomes.perBlock(tokensOf)) {
    const words = tokensOf[blockId]!.length;
    listings.set(blockId, { ids, listing: quoted.has(blockId) || words - matchedWords <= NAME_ONLY_WORDS });
  }
  return listings;
}

function principleListings(principles: MatchTable<string>, tokensOf: readonly Token[][]): Map<number, BlockConcepts<string>> {
  const listings = new Map<number, BlockConcepts<string>>();
  for (const [blockId, { ids, matchedWords }] of principles.perBlock(tokensOf)) {
    listings.set(blockId, { ids, listing: isPrincipleListing(tokensOf[blockId]!, ids, matchedWords) });
  }
  return listings;
}

/**
 * The section where a plan deals with the outcomes (or principles) as a
 * whole: one titled for all of them ("Our outcomes"), else the parent of the
 * sections given to single ones ("4 Our priorities" above "4.1 Outcome 1: …").
 */
function familySection(document: PlanDocument, whole: RegExp, single: RegExp): number | undefined {
  const body = document.sections.filter((section) => section.depth > 0 && section.headingBlock !== document.titleBlock);
  const titled = body.find((section) => whole.test(section.title) && !single.test(section.title));
  if (titled) return titled.index;
  const parent = body.find((section) => single.test(section.title))?.parent;
  const parentSection = parent === undefined ? undefined : document.sections[parent];
  return parentSection && body.includes(parentSection) ? parentSection.index : undefined;
}
