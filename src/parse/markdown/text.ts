import type { PlanDocument } from '../../document/types.js';
import { InputError } from '../../document/input-error.js';
import { parseMarkdown } from './index.js';
import { checkShape } from './shape.js';

/**
 * Markdown given as text (the text API and files alike). A shape past
 * planlint's limits is refused before the parser sees it; of what the parser
 * throws only the documented problem, invalid front matter, is the file's.
 */
export function parseMarkdownText(text: string, uri: string): PlanDocument {
  checkShape(text);
  try {
    return parseMarkdown(text, uri);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`cannot be parsed: ${error.message}`);
    throw error;
  }
}
