import type { PlanDocument, Section } from '../document/types.js';
import type { Evidence, EvidenceScope } from './types.js';

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
