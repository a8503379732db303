import type { PlanDocument } from '../../document/types.js';
import { InputError } from '../../document/input-error.js';
import { parseMarkdown } from './index.js';

/**
 * Markdown given as text (the text API and files alike). Of what the parser
 * throws only the documented problem, invalid front matter, is the file's.
 */
export function parseMarkdownText(text: string, uri: string): PlanDocument {
  try {
    return parseMarkdown(text, uri);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`cannot be parsed: ${error.message}`);
    throw error;
  }
}
