import type { PlanDocument } from '../document/types.js';
import type { Evidence } from './types.js';

/** Outcomes or principles matched in one block, and whether the block reads like an item of a list of them. */
export interface BlockConcepts<Id> {
  ids: Set<Id>;
  listing: boolean;
}

/** A single block naming this many concepts reproduces the list rather than addressing any one. */
const BLOCK_THRESHOLD = 7;
/** A list or table whose items name this many concepts, one or so an item, is a catalogue. */
const GROUP_THRESHOLD = 5;
/** An item with at most this many words beyond the concept's name is only a name. */
export const NAME_ONLY_WORDS = 6;

/**
 * Blocks that merely reproduce the list of outcomes or principles (docs/design.md:
 * a catalogue makes each listed concept at most `mentioned`). A paragraph
 * naming nearly all of them is one, as is one that lists five inline
 * ("namely: 1. … 2. …") in their wording or with little else; so is a list
 * or table whose items each quote or name one of them and say little else,
 * and a run of such paragraphs or lists. A table with evidence in
 * it (a lead, a date, an indicator), or a list whose items mostly carry
 * evidence, is an action plan, not a catalogue.
 */
export function findCatalogueBlocks<Id>(
  document: PlanDocument,
  concepts: Map<number, BlockConcepts<Id>>,
  evidence: readonly Evidence[][],
): Set<number> {
  const catalogue = new Set<number>();
  const groups = new Map<string, number[]>();
  for (const [blockId, found] of concepts) {
    if (found.ids.size >= BLOCK_THRESHOLD || (found.listing && found.ids.size >= GROUP_THRESHOLD)) catalogue.add(blockId);
    const key = groupKey(document, blockId);
    if (key) groups.set(key, [...(groups.get(key) ?? []), blockId]);
  }
  for (const [key, blockIds] of groups) {
    if (key.startsWith('table:') && tableHasEvidence(document, Number(key.slice('table:'.length)), evidence)) continue;
    if (key.startsWith('list:') && blockIds.filter((id) => (evidence[id]?.length ?? 0) > 0).length * 2 >= blockIds.length) continue;
    const listed = new Set<Id>();
    for (const blockId of blockIds) {
      const found = concepts.get(blockId);
      if (found?.listing) for (const id of found.ids) listed.add(id);
    }
    if (listed.size >= GROUP_THRESHOLD) for (const blockId of blockIds) catalogue.add(blockId);
  }
  for (const run of listingRuns(document, concepts)) {
    if (run.filter((id) => (evidence[id]?.length ?? 0) > 0).length * 2 >= run.length) continue;
    const listed = new Set<Id>();
    for (const blockId of run) for (const id of concepts.get(blockId)!.ids) listed.add(id);
    if (listed.size >= GROUP_THRESHOLD) for (const blockId of run) catalogue.add(blockId);
  }
  return catalogue;
}

/**
 * Runs of neighbouring blocks that each read like an item of a list of
 * concepts, whatever their shape: PDF and web extracts give the outcomes as
 * one paragraph each ("Outcome 1: People are able to …"), as "•" lines, or
 * as several short lists under one lead-in, and a run crosses from one of
 * these to the next. A heading ends a run; tables are judged whole, by their
 * evidence, above.
 */
function listingRuns<Id>(document: PlanDocument, concepts: Map<number, BlockConcepts<Id>>): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'heading' && !block.cell && concepts.get(block.id)?.listing) {
      run.push(block.id);
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = [];
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

function groupKey(document: PlanDocument, blockId: number): string | undefined {
  const block = document.blocks[blockId];
  if (block?.listId !== undefined) return `list:${block.listId}`;
  if (block?.cell) return `table:${block.cell.tableId}`;
  return undefined;
}

function tableHasEvidence(document: PlanDocument, tableId: number, evidence: readonly Evidence[][]): boolean {
  return (document.tables[tableId]?.rows ?? []).some((row) => row.some((cellId) => (evidence[cellId]?.length ?? 0) > 0));
}
