import { definePass } from '../pass.js';
import { tokenize } from '../tokens.js';

/** Each block's words, stemmed: what the phrase, indicator, wording and paraphrase passes read. */
export const tokensPass = definePass({
  name: 'tokens',
  reads: [],
  run: ({ document }) => document.blocks.map((block) => tokenize(block.text)),
});
