import type { Pass } from '../pass.js';
import type { Span } from '../sentences.js';
import type { Tokens } from '../tokens.js';
import type { Claim, MappingSupport, StatutorySignals } from '../types.js';
import { candidatesPass, type CandidatesOutput } from './candidates.js';
import { cataloguesPass } from './catalogues.js';
import { claimsPass } from './claims.js';
import { deferralPass } from './deferral.js';
import type { DocumentTypeOutput } from '../document-type.js';
import { documentTypePass } from './document-type.js';
import { evidencePass, type EvidenceOutput } from './evidence.js';
import { familySectionsPass, type FamilySectionsOutput } from './family-sections.js';
import { indicatorsPass, type IndicatorsOutput } from './indicators.js';
import { mappingsPass } from './mappings.js';
import { paraphrasePass, type ParaphraseOutput } from './paraphrase.js';
import { phrasesPass, type PhrasesOutput } from './phrases.js';
import { referencesPass, type ReferencesOutput } from './references.js';
import { signalsPass } from './signals.js';
import { tablesPass, type TablesOutput } from './tables.js';
import { tokensPass } from './tokens.js';
import { verdictsPass, type VerdictsOutput } from './verdicts.js';
import { wordingPass, type WordingOutput } from './wording.js';

/** The output of each pass, by the pass's name. */
export interface PassOutputs {
  tokens: readonly Tokens[];
  documentType: DocumentTypeOutput;
  familySections: FamilySectionsOutput;
  references: ReferencesOutput;
  indicators: IndicatorsOutput;
  wording: WordingOutput;
  phrases: PhrasesOutput;
  paraphrase: ParaphraseOutput;
  claims: readonly Claim[];
  evidence: EvidenceOutput;
  tables: TablesOutput;
  candidates: CandidatesOutput;
  catalogues: ReadonlySet<number>;
  deferral: ReadonlyMap<number, readonly Span[]>;
  verdicts: VerdictsOutput;
  mappings: MappingSupport[];
  signals: StatutorySignals;
}

/**
 * The analysis, in order. Each pass names the outputs it reads; none changes
 * another's output, so a pass can be understood, tested and shown by
 * `--explain` on its own.
 */
export const PASSES: readonly Pass[] = [
  tokensPass,
  documentTypePass,
  familySectionsPass,
  referencesPass,
  indicatorsPass,
  wordingPass,
  phrasesPass,
  paraphrasePass,
  claimsPass,
  evidencePass,
  tablesPass,
  candidatesPass,
  cataloguesPass,
  deferralPass,
  verdictsPass,
  mappingsPass,
  signalsPass,
];
