import { SaxesParser } from 'saxes';
import { damagedDocument } from './damaged.js';
import { wordNumber } from './numbers.js';

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Calls `visit` for every open tag and the text inside it, in order: enough for the small parts read here. */
function walk(xml: string, visit: (tag: Tag) => void, text?: (text: string, openTags: readonly string[]) => void): void {
  const parser = new SaxesParser();
  // saxes hands its well-formedness errors here; an exception in `visit` or `text` is planlint's and passes through.
  parser.on('error', (error) => {
    throw damagedDocument(error);
  });
  const open: string[] = [];
  parser.on('opentag', (tag) => {
    open.push(tag.name);
    visit({ name: tag.name, attributes: tag.attributes });
  });
  parser.on('closetag', () => {
    open.pop();
  });
  if (text) parser.on('text', (value) => text(value, open));
  parser.write(xml).close();
}

export interface WordStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
}

const STYLES = 'word/styles.xml';

/** Paragraph styles by id, with what they inherit from, to find the headings among custom styles. */
export function readStyles(xml: string | undefined): Map<string, WordStyle> {
  const styles = new Map<string, WordStyle>();
  if (!xml) return styles;
  let current: WordStyle | undefined;
  walk(xml, (tag) => {
    if (tag.name === 'w:style') {
      current = tag.attributes['w:type'] === 'paragraph' ? { name: '' } : undefined;
      if (current) styles.set(tag.attributes['w:styleId'] ?? '', current);
    } else if (current && tag.name === 'w:name') current.name = tag.attributes['w:val'] ?? '';
    else if (current && tag.name === 'w:basedOn') current.basedOn = tag.attributes['w:val'];
    else if (current && tag.name === 'w:outlineLvl' && tag.attributes['w:val'] !== undefined) {
      current.outlineLevel = wordNumber(tag.attributes['w:val'], 'w:outlineLvl', STYLES, 0, 9);
    } else if (tag.name === 'w:ilvl' && tag.attributes['w:val'] !== undefined) {
      // A style's list level reaches the body through mammoth's numbering.
      wordNumber(tag.attributes['w:val'], 'w:ilvl', STYLES, 0, 8);
    }
  });
  return styles;
}

/**
 * The heading depth (1-6) of a paragraph style, following `basedOn`: Word's
 * "Heading N" styles, the Title style, and custom styles built on either or
 * given an outline level.
 */
export function headingDepth(styles: Map<string, WordStyle>, styleId: string | undefined, outlineLevel?: number): number | undefined {
  if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 5) return outlineLevel + 1;
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const style = styles.get(id);
    const name = (style?.name ?? id).toLowerCase();
    const numbered = /^heading\s*([1-6])$/.exec(name);
    if (numbered) return Number(numbered[1]);
    if (name === 'title') return 1;
    if (style?.outlineLevel !== undefined && style.outlineLevel <= 5) return style.outlineLevel + 1;
  }
  return undefined;
}

const NUMBERING = 'word/numbering.xml';
/** The highest number Word lets a list start at. */
const MAX_START = 32767;

/** Start values of numbered lists, by numId and level (numbering.xml: num → abstractNum, with overrides). */
export function readNumberingStarts(xml: string | undefined): (numId: string, level: number) => number {
  const abstractStarts = new Map<string, Map<number, number>>();
  const numToAbstract = new Map<string, string>();
  const overrides = new Map<string, Map<number, number>>();
  if (xml) {
    let abstractId: string | undefined;
    let numId: string | undefined;
    let level: number | undefined;
    walk(xml, (tag) => {
      if (tag.name === 'w:abstractNum') [abstractId, numId] = [tag.attributes['w:abstractNumId'], undefined];
      else if (tag.name === 'w:num') [numId, abstractId] = [tag.attributes['w:numId'], undefined];
      else if (tag.name === 'w:lvl' || tag.name === 'w:lvlOverride') level = wordNumber(tag.attributes['w:ilvl'] ?? '', 'w:ilvl', NUMBERING, 0, 8);
      else if (tag.name === 'w:abstractNumId' && numId) numToAbstract.set(numId, tag.attributes['w:val'] ?? '');
      else if ((tag.name === 'w:start' || tag.name === 'w:startOverride') && level !== undefined) {
        const table = abstractId !== undefined ? abstractStarts : overrides;
        const key = abstractId ?? numId;
        if (key === undefined) return;
        const levels = table.get(key) ?? new Map<number, number>();
        levels.set(level, wordNumber(tag.attributes['w:val'] ?? '', tag.name, NUMBERING, 0, MAX_START));
        table.set(key, levels);
      }
    });
  }
  return (numId, level) =>
    overrides.get(numId)?.get(level) ?? abstractStarts.get(numToAbstract.get(numId) ?? '')?.get(level) ?? 1;
}

/**
 * The Word counterpart of Markdown front matter: the core title and a custom
 * document property named `documentType`.
 */
export function readProperties(core: string | undefined, custom: string | undefined): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (core) {
    walk(core, () => undefined, (text, open) => {
      if (open.at(-1) === 'dc:title' && text.trim()) properties.title = text.trim();
    });
  }
  if (custom) {
    let name: string | undefined;
    walk(
      custom,
      (tag) => {
        if (tag.name === 'property') name = tag.attributes.name;
      },
      (text, open) => {
        if (name === 'documentType' && open.at(-2) === 'property' && text.trim()) properties.documentType = text.trim();
      },
    );
  }
  return properties;
}
