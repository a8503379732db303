import { definePass } from '../pass.js';
import { tokenizeAll } from '../tokens.js';

/** Each block's words, stemmed: what the phrase, indicator, wording and paraphrase passes read. */
export const tokensPass = definePass({
  name: 'tokens',
  reads: [],
  run: ({ document }) => tokenizeAll(document.blocks.map((block) => block.text)),
});
