import type { Root, RootContent } from 'mdast';
import type { LineIndex } from './line-index.js';

/**
 * The least text worth parsing on its own. micromark's cost grows faster
 * than the text (each container it closes copies the whole event list), so
 * a long plan is parsed a section at a time; below this, the cost of each
 * parse call outweighs what splitting saves. Everything micromark makes for a
 * part lives until the part is read, and a part of 16 KB made enough of it
 * to outlast the garbage collector's young generation: at the size cap,
 * parts of 4 KB took the lint from about 18 to 15 s of CPU and its peak from
 * 690 to 555 MB, for 5 % more parse time on a 50,000-word plan.
 */
export const MINIMUM_SECTION = 4 * 1024;

/**
 * The longest run of text without a heading parsed in one piece; a longer one is cut where a top-level block or
 * list item starts. A list of 100,000 one-word items (700 KB, no heading) took 12 s and 2.1 GB to parse whole.
 */
export const LONGEST_RUN = 64 * 1024;

/**
 * The least piece such a run is cut into. micromark's cost for a list grows with its items even in small parts:
 * a list of one-word items costs about 50 µs an item parsed in parts of 512 bytes or 1 KB, 60 in parts of 2 KB and
 * 100 in parts of 4 KB.
 */
const RUN_PIECE = 1024;

/** Top-level nodes of one part of the file; their offsets count from `base`. */
export interface SourceSection {
  base: number;
  nodes: RootContent[];
  /** The first node is a list carrying on the list the part before ended with: the file was cut between its items. */
  continuesList?: boolean;
}

const ATX_HEADING = /^#{1,6}(?:[ \t]|\r|\n|$)/;
const BLANK = /^[ \t]*(?:\r\n?|\n)?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*(?:\r\n?|\n)?$/;
const FRONT_MATTER_FENCE = /^---[ \t]*(?:\r\n?|\n)?$/;
/** A list item at the margin, where only a top-level list can hold it. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|\r|\n|$)/;
/** Text at the margin: after a blank line, it may open a top-level block. */
const AT_MARGIN = /^\S/;

/**
 * HTML blocks that run on past blank lines (CommonMark kinds 1 to 5): what
 * opens one and what ends it, on the opening line or any after.
 */
const HTML_BLOCKS: readonly { open: RegExp; end: RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<!--/, end: /-->/ },
  { open: /^ {0,3}<\?/, end: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, end: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];

type Inside = { fence: string } | { html: RegExp } | undefined;

/** Lines where the file may be cut: headings first, and where a long run without one may be cut. */
interface Candidates {
  headings: number[];
  breaks: number[];
}

/**
 * Lines that look as if they open a top-level section: an ATX heading at
 * the margin after a blank line, outside fenced code, the HTML blocks that
 * span blank lines and front matter. Lines that look as if they open another
 * top-level block (text at the margin after a blank line) or a top-level
 * list item are breaks, for runs too long without a heading. A line of three
 * dashes is never one: at the start of a part it would open front matter.
 * The guess is cheap and may be wrong where containers hold fences; the
 * parser confirms each one used.
 */
function candidateLines(source: string, lines: LineIndex): Candidates {
  const headings: number[] = [];
  const breaks: number[] = [];
  let line = 0;
  const text = (index: number) => source.slice(lines.lineStart(index), lines.lineStart(index + 1));
  // Front matter is the one block whose meaning depends on a line further on (its closing fence),
  // so its extent is found as micromark-extension-frontmatter finds it.
  if (lines.lineCount > 0 && FRONT_MATTER_FENCE.test(text(0))) {
    for (let close = 1; close < lines.lineCount; close++) {
      if (FRONT_MATTER_FENCE.test(text(close))) {
        line = close + 1;
        break;
      }
    }
  }
  let inside: Inside;
  let afterBlank = false;
  for (; line < lines.lineCount; line++) {
    const current = text(line);
    if (inside) {
      const close = 'fence' in inside ? FENCE_CLOSE.exec(current)?.[1]?.startsWith(inside.fence) : inside.html.test(current);
      if (close) inside = undefined;
      afterBlank = false;
      continue;
    }
    if (afterBlank && ATX_HEADING.test(current)) headings.push(line);
    else if (((afterBlank && AT_MARGIN.test(current)) || LIST_ITEM.test(current)) && !FRONT_MATTER_FENCE.test(current)) breaks.push(line);
    afterBlank = BLANK.test(current);
    inside = opening(current);
  }
  return { headings, breaks };
}

/** The block a line opens that only a later line can close. */
function opening(line: string): Inside {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const marks = fence[1] as string;
    // A backtick fence's info string cannot hold a backtick; such a line is inline code.
    if (marks[0] === '`' && (fence[2] as string).includes('`')) return undefined;
    return { fence: marks };
  }
  if (!line.trimStart().startsWith('<')) return undefined;
  for (const block of HTML_BLOCKS) {
    const open = block.open.exec(line);
    if (open) return block.end.test(line.slice(open[0].length)) ? undefined : { html: block.end };
  }
  return undefined;
}

/**
 * Parses the file a section at a time, in order. A split is made before a
 * heading only when the parse of the text up to and including that heading
 * line shows it as a heading at the top level: then nothing open before it
 * runs on past it, and every node before it is as a parse of the whole file
 * has it. Each part is cut just before the heading, from that same parse,
 * so its last node ends as it does in the whole file.
 *
 * A run of more than `longest` without a heading is cut the same way before
 * a break the parse shows as a top-level node, or as an item of the top-level
 * list the part ends with: every item before it is closed, and the list goes
 * on in the next part, which says so.
 */
export function* sourceSections(
  source: string,
  lines: LineIndex,
  parse: (text: string) => Root,
  minimum = MINIMUM_SECTION,
  longest = LONGEST_RUN,
): Generator<SourceSection> {
  const { headings, breaks } = candidateLines(source, lines);
  let base = 0;
  let reach = minimum;
  let next = 0;
  let nextBreak = 0;
  let continuesList = false;
  for (;;) {
    // A section holds at least its own first line, so a split comes after `base`.
    const from = base + Math.max(reach, 1);
    while (next < headings.length && lines.lineStart(headings[next] as number) < from) next++;
    while (nextBreak < breaks.length && lines.lineStart(breaks[nextBreak] as number) < from) nextBreak++;
    const heading = headings[next];
    const headingStart = heading === undefined ? source.length : lines.lineStart(heading);
    const cut = breaks[nextBreak];
    if (cut !== undefined && headingStart - base > longest && lines.lineStart(cut) < headingStart) {
      const cutStart = lines.lineStart(cut);
      const { children } = parse(source.slice(base, lines.lineStart(cut + 1)));
      const last = children[children.length - 1];
      const list = last?.type === 'list' ? last : undefined;
      const offset = cutStart - base;
      const startsThere = last?.position?.start.offset === offset;
      const itemStartsThere = list?.children[list.children.length - 1]?.position?.start.offset === offset;
      if (startsThere || itemStartsThere) {
        // Cut without changing the tree: a parse may be one kept from an earlier lint, and read again.
        const nodes = startsThere ? children.slice(0, -1) : [...children.slice(0, -1), { ...list!, children: list!.children.slice(0, -1) }];
        yield { base, nodes, continuesList };
        continuesList = !startsThere;
        base = cutStart;
        reach = Math.min(minimum, RUN_PIECE);
      } else {
        reach = 2 * offset;
      }
      continue;
    }
    if (heading === undefined) {
      yield { base, nodes: parse(source.slice(base)).children, continuesList };
      return;
    }
    const { children } = parse(source.slice(base, lines.lineStart(heading + 1)));
    const last = children[children.length - 1];
    if (last?.type === 'heading' && last.position?.start.offset === headingStart - base) {
      yield { base, nodes: children.slice(0, -1), continuesList };
      continuesList = false;
      base = headingStart;
      reach = minimum;
    } else {
      // A wrong guess (a fence in a list item, say): try further on, twice as far, so a run of
      // wrong guesses costs at most about one more parse of the text they cover.
      reach = 2 * (headingStart - base);
    }
  }
}
