import { findClaims } from '../claims.js';
import { definePass } from '../pass.js';

/** Assertions of alignment with the outcomes as a whole ("supports all nine outcomes"). */
export const claimsPass = definePass({
  name: 'claims',
  reads: [],
  run: ({ document }) => document.blocks.flatMap((block) => findClaims(block)),
});
