import type { Nodes } from 'mdast';
import type { Construct, ParseContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/**
 * Link and footnote labels defined anywhere in a file. CommonMark makes
 * definitions document-wide: `[text][ref]` in one section is a link when
 * `[ref]: url` stands in another, and literal text when it stands nowhere.
 * A file parsed section by section would lose that, so the labels each
 * section defines are gathered here and given to micromark before it parses
 * the next, the way it fills its own list when it reads a whole file.
 *
 * The identifiers are kept as micromark normalises them, taken from its own
 * lists, so a label matches here exactly when it would match in one parse.
 */
export class LabelBook {
  private readonly links = new Set<string>();
  private readonly footnotes = new Set<string>();
  /** The lists of the last parse: a parser's own, or those a parse kept from an earlier lint left. */
  private parser: Labels | undefined;
  /** Whether every label of the file is known, so parsing no longer learns any. */
  complete = false;

  /** Called by micromark at the start of each line: the first call of a parse seeds its lists. */
  meet(parser: ParseContext): void {
    if (parser === this.parser) return;
    this.parser = parser;
    parser.defined.push(...this.links);
    (parser.gfmFootnotes ??= []).push(...this.footnotes);
  }

  /** What the book knows, as a key: a section parses alike under the same labels. */
  key(): string {
    return `${[...this.links].join('\u0001')}\u0002${[...this.footnotes].join('\u0001')}`;
  }

  /** The lists the last parse ended with, to be recalled when its tree is used again instead of parsing. */
  defined(): Labels {
    return { defined: [...(this.parser?.defined ?? [])], gfmFootnotes: [...(this.parser?.gfmFootnotes ?? [])] };
  }

  /** Stands for a parse whose tree was kept: what it defined is learnt as if it had just run. */
  recall(labels: Labels): void {
    this.parser = labels;
  }

  /** Adds what the last parse defined; says whether any label was new. */
  learn(): boolean {
    const parser = this.parser;
    if (!parser || this.complete) return false;
    const before = this.links.size + this.footnotes.size;
    for (const label of parser.defined) this.links.add(label);
    for (const label of parser.gfmFootnotes ?? []) this.footnotes.add(label);
    return this.links.size + this.footnotes.size > before;
  }
}

/** A parse's lists of the labels defined so far. */
export type Labels = Pick<ParseContext, 'defined' | 'gfmFootnotes'>;

/**
 * A micromark construct tried at every line start that never matches: it
 * only lets the book seed the parser's lists before any reference is
 * resolved, which micromark does after it has read every line.
 */
function seedingConstruct(book: LabelBook): Construct {
  return {
    name: 'planlintKnownLabels',
    tokenize(_effects, _ok, nok) {
      book.meet(this.parser);
      return nok;
    },
  };
}

export default function remarkKnownLabels(this: Processor, book: LabelBook): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ document: { null: [seedingConstruct(book)] } });
}

/**
 * Whether parsed nodes hold a `[` left as text, the trace of a label that
 * did not resolve. Only such a section can read differently once labels
 * defined further on are known.
 */
export function holdsOpenBracket(nodes: readonly Nodes[]): boolean {
  for (const node of nodes) {
    if (node.type === 'text' && node.value.includes('[')) return true;
    if ((node.type === 'image' || node.type === 'imageReference') && node.alt?.includes('[')) return true;
    if ('children' in node && holdsOpenBracket(node.children)) return true;
  }
  return false;
}
