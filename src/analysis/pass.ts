import type { DocumentType, PlanDocument } from '../document/types.js';
import type { DocumentTypeSettings } from './document-type.js';
import type { ParaphraseSettings } from './paraphrase.js';
import type { PassOutputs } from './passes/index.js';
import type { AnalysisReuse } from './reuse.js';
import type { EvidenceRequirements } from './types.js';

export interface AnalysisSettings extends DocumentTypeSettings {
  /** The evidence each family's verdicts require for a document of the given type (the evidence rules' options). */
  evidence?: (documentType: DocumentType) => EvidenceRequirements;
}

/** What every pass may read besides the outputs of the passes it declares. */
export interface PassContext {
  document: PlanDocument;
  settings: AnalysisSettings;
  paraphrase: ParaphraseSettings;
  /** What an earlier lint of the same document kept, for the passes that read block by block. */
  reuse?: AnalysisReuse;
}

export type PassName = keyof PassOutputs;

/**
 * One step of the analysis: it reads the document and the outputs of the
 * earlier passes it names, and produces an output of its own that no later
 * pass changes. Order is the list's (passes/index.ts); a pass that reads an
 * output no earlier pass produced is refused when the analysis runs.
 */
export interface Pass<Name extends PassName = PassName, Reads extends PassName = PassName> {
  name: Name;
  reads: readonly Reads[];
  run(context: PassContext, inputs: Readonly<Pick<PassOutputs, Reads>>): PassOutputs[Name];
}

/** Types a pass from its name and the outputs it reads. */
export function definePass<Name extends PassName, Reads extends PassName = never>(pass: Pass<Name, Reads>): Pass<Name, Reads> {
  return pass;
}

export function runPasses(passes: readonly Pass[], context: PassContext): PassOutputs {
  const outputs = new Map<PassName, unknown>();
  for (const pass of passes) {
    const inputs: Partial<Record<PassName, unknown>> = {};
    for (const name of pass.reads) {
      if (!outputs.has(name)) throw new Error(`analysis pass "${pass.name}" reads "${name}", which no earlier pass produces`);
      inputs[name] = outputs.get(name);
    }
    if (outputs.has(pass.name)) throw new Error(`analysis pass "${pass.name}" is declared twice`);
    // Each input was produced by the pass of its name, so it has that pass's output type.
    outputs.set(pass.name, pass.run(context, inputs as PassOutputs));
  }
  return Object.fromEntries(outputs) as unknown as PassOutputs;
}
