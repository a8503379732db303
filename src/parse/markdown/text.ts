import type { PlanDocument } from '../../document/types.js';
import { InputError } from '../../document/input-error.js';
import type { Reused } from '../../document/reuse.js';
import { type KeptParse, parseMarkdown } from './index.js';
import { checkShape } from './shape.js';

/**
 * Markdown given as text (the text API and files alike). A shape past
 * planlint's limits is refused before the parser sees it; of what the parser
 * throws only the documented problem, invalid front matter, is the file's.
 */
export function parseMarkdownText(text: string, uri: string, kept?: Reused<string, KeptParse>): PlanDocument {
  checkShape(text);
  try {
    return parseMarkdown(text, uri, undefined, undefined, kept);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`cannot be parsed: ${error.message}`);
    throw error;
  }
}
