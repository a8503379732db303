import type { Rule } from '../src/engine/types.js';
import documentStructure from './document-structure.js';
import mappingUnsupported from './mapping-unsupported.js';
import outcomeCoverage from './outcome-coverage.js';
import outcomeEvidence from './outcome-evidence.js';
import outcomeReference from './outcome-reference.js';
import outcomeWording from './outcome-wording.js';
import principleCoverage from './principle-coverage.js';
import principleEvidence from './principle-evidence.js';
import statutoryDuty from './statutory-duty.js';

export const rules: readonly Rule[] = [
  documentStructure,
  mappingUnsupported,
  outcomeCoverage,
  outcomeEvidence,
  outcomeReference,
  outcomeWording,
  principleCoverage,
  principleEvidence,
  statutoryDuty,
];
