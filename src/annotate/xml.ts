import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { InputError } from '../document/input-error.js';

/** Node types of the DOM, which xmldom keeps as numbers on its nodes. */
export const ELEMENT_NODE = 1;

/**
 * Parses one part of the package. The linter read the same bytes with a
 * strict parser before this runs, so an error here is a file changed or
 * damaged since: refused, never written back half-read.
 */
export function parsePart(xml: string, name: string): Document {
  const refuse = (message: string) => {
    throw new InputError(`cannot be annotated: its part ${name} is not well-formed XML (${message.split('\n')[0]})`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: refuse, fatalError: refuse } }).parseFromString(xml, 'text/xml');
}

export function serialise(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

/** Every element under `root` (itself excluded), in document order. */
export function descendants(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT_NODE) continue;
    found.push(node as Element);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

export function elementChildren(parent: Node): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) found.push(child as Element);
  return found;
}

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab and line
 * breaks, U+FFFE, U+FFFF, lone surrogates): a message quoting the plan could
 * carry one, and a part holding it would not open.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

// With the u flag a surrogate pair is one character, so the surrogate range matches only a half on its own.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;
