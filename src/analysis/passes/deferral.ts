import { deferredSentences } from '../absence.js';
import { definePass } from '../pass.js';
import type { Span } from '../sentences.js';

/**
 * Sentences that put the provision off ("we have not yet developed a carers
 * strategy", "a workforce plan will follow"), in the blocks where some
 * concept is found: a passage in one mentions its concept but cannot be
 * backed by what stands beside it.
 */
export const deferralPass = definePass({
  name: 'deferral',
  reads: ['candidates'],
  run: ({ document }, { candidates }): ReadonlyMap<number, readonly Span[]> => {
    const deferred = new Map<number, Span[]>();
    for (const family of [candidates.outcomes, candidates.principles] as const) {
      for (const matches of family.values()) {
        for (const { blockId } of matches) {
          if (!deferred.has(blockId)) deferred.set(blockId, deferredSentences(document.blocks[blockId]!.text));
        }
      }
    }
    return deferred;
  },
});
