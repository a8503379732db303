import { definePass } from '../pass.js';
import { reused } from '../reuse.js';
import { tokenize, tokenizeAll } from '../tokens.js';

/** Each block's words, stemmed: what the phrase, indicator, wording and paraphrase passes read. */
export const tokensPass = definePass({
  name: 'tokens',
  reads: [],
  run: ({ document, reuse }) => {
    if (!reuse) return tokenizeAll(document.blocks.map((block) => block.text));
    // A block's tokens are read by position only, so a kept list serves any block with that text.
    return document.blocks.map((block) => reused(reuse.tokens, block.text, () => tokenize(block.text)));
  },
});
