import { AnalysisReuse } from '../analysis/reuse.js';
import { Reused } from '../document/reuse.js';
import type { LintResult } from '../engine/results.js';
import type { KeptParse } from '../parse/markdown/index.js';
import { type KeptWork, lintTextKeeping, type LintTextOptions } from './lint.js';

/**
 * One document linted again and again as it is edited, as the language
 * server does at every pause in typing. `lintText` gives exactly what the
 * function `lintText` gives for the same text and options; between calls it
 * keeps the parse of each part of the file and the block-by-block readings of
 * the analysis, keyed by the text they were made from, so after an edit only
 * the parts and blocks whose text changed are read afresh. What the last lint
 * did not use is dropped, so a session holds about one document's worth.
 */
export class LintSession {
  private readonly kept: KeptWork = { parses: new Reused<string, KeptParse>(), analysis: new AnalysisReuse() };

  lintText(text: string, options: LintTextOptions = {}): LintResult {
    try {
      return lintTextKeeping(text, options, this.kept);
    } finally {
      this.kept.parses.sweep();
      this.kept.analysis.sweep();
    }
  }
}
