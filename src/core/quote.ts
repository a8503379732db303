import { pageOf } from '../document/locate.js';
import type { PlanDocument } from '../document/types.js';
import type { LintMessage } from '../engine/results.js';

const QUOTE_LENGTH = 60;

/**
 * Word shows no line numbers, so findings in a .docx carry the start of their
 * paragraph for the author to search for; a PDF's, the start of their line.
 */
export function addQuotes(document: PlanDocument, messages: LintMessage[]): void {
  const paragraphs = paragraphTexts(document);
  for (const message of messages) {
    const text = paragraphs.get(message.line);
    if (text) message.quote = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text;
  }
}

/**
 * A PDF reader goes to a page, not to the document's line count: each
 * finding, and each place it points to, gets its page and its line there.
 */
export function addPages(document: PlanDocument, messages: LintMessage[]): void {
  const { pages } = document;
  if (!pages) return;
  for (const message of messages) {
    Object.assign(message, pageOf(pages, message.line));
    for (const related of message.related ?? []) Object.assign(related, pageOf(pages, related.line));
  }
}

/** The text of each paragraph (Word) or line (PDF) by its ordinal, taken from the blocks' segments. */
function paragraphTexts(document: PlanDocument): Map<number, string> {
  const texts = new Map<number, string>();
  for (const block of document.blocks) {
    for (const segment of block.segments) {
      if (texts.has(segment.start.line)) continue;
      const text = block.text.slice(segment.textStart, segment.textStart + segment.length).replace(/\s+/g, ' ').trim();
      if (text) texts.set(segment.start.line, text);
    }
  }
  return texts;
}
