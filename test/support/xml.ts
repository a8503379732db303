import { SaxesParser } from 'saxes';

/** An element as a strict XML 1.0 parser reads it: a report a CI test reader cannot parse fails here too. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses a whole document with saxes, which rejects what XML 1.0 forbids (unescaped markup, control characters). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    open[open.length - 1]!.children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    open[open.length - 1]!.text += text;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  const [element, ...rest] = root.children;
  if (!element || rest.length > 0) throw new Error(`expected one root element, got ${root.children.length}`);
  return element;
}

/** The children of an element with the given name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
