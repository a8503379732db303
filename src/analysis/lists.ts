import type { PlanDocument } from '../document/types.js';

/**
 * The list a block stands in, or the list a paragraph leads into, with the
 * paragraph right before it in its section ("We developed this plan with:",
 * "Help you can get:"): plans give engagement, services or actions one per
 * bullet, and the lead-in and its items are one passage. First and last block
 * ids, or undefined for a block that is neither in a list nor leads into one.
 */
export function listWithLeadIn(document: PlanDocument, blockId: number): { first: number; last: number } | undefined {
  const { blocks } = document;
  const block = blocks[blockId]!;
  const inSection = (id: number) => blocks[id] !== undefined && blocks[id].sectionIndex === block.sectionIndex;
  const item = block.listId !== undefined ? block : block.kind === 'paragraph' && inSection(blockId + 1) ? blocks[blockId + 1]! : undefined;
  if (item?.listId === undefined) return undefined;
  const inList = (id: number) => inSection(id) && blocks[id]!.listId === item.listId;
  let first = item.id;
  let last = item.id;
  while (inList(first - 1)) first--;
  while (inList(last + 1)) last++;
  if (inSection(first - 1) && blocks[first - 1]!.kind === 'paragraph') first--;
  return { first, last };
}
