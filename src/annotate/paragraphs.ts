import { SKIPPED } from '../parse/docx/document-xml.js';
import { ELEMENT_NODE } from './xml.js';

/**
 * The paragraphs of word/document.xml that a Word finding's `line` counts,
 * in order: `ordinal - 1` indexes this list. They are counted as the parser
 * counts them (src/parse/docx/document-xml.ts), by qualified name as written
 * and past the same subtrees (text boxes, deletions, a move's source,
 * fallbacks, field codes), so a comment lands on the paragraph the finding
 * names.
 */
export function countedParagraphs(document: Document): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [document.documentElement];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const element = node as Element;
    if (SKIPPED.has(element.nodeName)) continue;
    if (element.nodeName === 'w:p') found.push(element);
    for (let child = node.lastChild; child; child = child.previousSibling) if (child.nodeType === ELEMENT_NODE) stack.push(child);
  }
  return found;
}
