import type { Block, PlanDocument, Section } from '../document/types.js';
import { listWithLeadIn } from './lists.js';
import type { Evidence, EvidenceScope } from './types.js';

/**
 * A section with more words of its own than this is read as text without
 * structure: its evidence backs only passages near it. Calibrated on the
 * development set, where the longest section the labels read as one
 * holds 626 words of its own.
 */
export const LONG_SECTION_WORDS = 1200;

/**
 * The sections whose evidence backs a passage in `section`. A section
 * includes its subsections, except the root and the title's section, which
 * would otherwise take in the whole plan.
 */
export class EvidenceScopes {
  private readonly cache = new Map<string, Evidence[]>();

  constructor(
    private readonly document: PlanDocument,
    private readonly evidence: readonly Evidence[][],
  ) {}

  private readonly windowed = new Map<number, boolean>();

  /**
   * The evidence that backs a passage in the given block. Where the text has
   * no structure to go by (the whole plan's own text: a file without
   * headings, the text under the title; or a long section), only the
   * passage's window: its paragraph, list or table row, the list a paragraph
   * introduces or the paragraph that introduces a list, and the rows either
   * side. Elsewhere the passage's section, as `within` says.
   */
  evidenceAround(blockId: number, scope: EvidenceScope): Evidence[] {
    const block = this.document.blocks[blockId]!;
    if (scope === 'document' || !this.isWindowed(block.sectionIndex)) return this.evidenceFor(block.sectionIndex, scope);
    const window = this.window(block);
    const key = `window ${window[0]}-${window.at(-1)}`;
    let found = this.cache.get(key);
    if (!found) {
      found = window.flatMap((id) => this.evidence[id] ?? []);
      this.cache.set(key, found);
    }
    return found;
  }

  private isWindowed(sectionIndex: number): boolean {
    let windowed = this.windowed.get(sectionIndex);
    if (windowed === undefined) {
      const section = this.document.sections[sectionIndex]!;
      windowed = this.isWholePlan(section) || wordsOf(this.document, section) > LONG_SECTION_WORDS;
      this.windowed.set(sectionIndex, windowed);
    }
    return windowed;
  }

  /** Block ids of a passage's window, in order and without gaps. */
  private window(block: Block): number[] {
    const { blocks } = this.document;
    let first = block.id;
    let last = block.id;
    if (block.cell && block.listId === undefined) {
      const { tableId, row } = block.cell;
      const near = (other: Block | undefined): boolean =>
        other?.sectionIndex === block.sectionIndex && other.cell?.tableId === tableId && Math.abs(other.cell.row - row) <= 1;
      while (near(blocks[first - 1])) first--;
      while (near(blocks[last + 1])) last++;
    } else {
      ({ first, last } = listWithLeadIn(this.document, block.id) ?? { first, last });
    }
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  }

  evidenceFor(sectionIndex: number, scope: EvidenceScope): Evidence[] {
    const anchor = this.anchor(sectionIndex, scope);
    const key = `${anchor ?? 'document'}`;
    let found = this.cache.get(key);
    if (!found) {
      found = anchor === undefined ? this.evidence.flat() : this.collect(anchor);
      this.cache.set(key, found);
    }
    return found;
  }

  private anchor(sectionIndex: number, scope: EvidenceScope): number | undefined {
    if (scope === 'document') return undefined;
    if (scope === 'section') return sectionIndex;
    let chapter = sectionIndex;
    for (let parent = this.parentBelowTitle(chapter); parent !== undefined; parent = this.parentBelowTitle(chapter)) chapter = parent;
    return chapter;
  }

  private parentBelowTitle(index: number): number | undefined {
    const parent = this.document.sections[index]?.parent;
    if (parent === undefined || this.isWholePlan(this.document.sections[parent]!)) return undefined;
    return parent;
  }

  /**
   * The root, the title's section, and a lone level-1 heading over the rest
   * (the title when front matter names the plan) each span the whole plan.
   */
  private isWholePlan(section: Section): boolean {
    if (section.depth === 0) return true;
    if (section.headingBlock !== undefined && section.headingBlock === this.document.titleBlock) return true;
    return section.depth === 1 && section.children.length > 0 && this.topLevelCount === 1;
  }

  private get topLevelCount(): number {
    return this.document.sections.filter((candidate) => candidate.depth === 1).length;
  }

  private collect(sectionIndex: number): Evidence[] {
    const section = this.document.sections[sectionIndex]!;
    const own = section.blockIds.flatMap((id) => this.evidence[id] ?? []);
    if (this.isWholePlan(section)) return own;
    return own.concat(section.children.flatMap((child) => this.collect(child)));
  }
}

function wordsOf(document: PlanDocument, section: Section): number {
  let words = 0;
  for (const id of section.blockIds) words += document.blocks[id]!.text.split(/\s+/).length;
  return words;
}
