import type { Block } from '../document/types.js';
import { OUTCOMES, PRINCIPLES } from '../framework/index.js';
import type { OutcomeId } from '../framework/types.js';
import { NAME_ONLY_WORDS } from './catalogue.js';
import { DETERMINERS, PhraseIndex } from './phrases.js';
import { phraseStems, type Tokens } from './tokens.js';
import type { ConceptMatch } from './types.js';

const outcomePhrases = new PhraseIndex<OutcomeId>(
  OUTCOMES.flatMap((outcome) => [outcome.shortName, ...outcome.phrases].map((phrase) => ({ key: outcome.id, phrase }))),
  true,
);

const principlePhrases = new PhraseIndex<string>(
  PRINCIPLES.flatMap((principle) =>
    [principle.wording, ...principle.phrases].map((phrase) => ({ key: principle.id, phrase })),
  ),
  true,
);

const principleWordingStems = new Map(PRINCIPLES.map((principle) => [principle.id, new Set(phraseStems(principle.wording))]));

function phraseMatches<Key>(index: PhraseIndex<Key>, block: Block, tokens: Tokens): Map<Key, ConceptMatch[]> {
  const found = new Map<Key, ConceptMatch[]>();
  // A possessive noun qualifies the next word as a determiner does: "the person's own choices".
  const isFiller = (index: number) =>
    DETERMINERS.has(tokens.stem(index)) || /['’]s$/i.test(block.text.slice(tokens.start(index), tokens.end(index)));
  for (const hit of index.find(tokens, isFiller)) {
    const start = tokens.start(hit.first);
    const end = tokens.end(hit.last);
    const matches = found.get(hit.key) ?? [];
    matches.push({ blockId: block.id, start, end, kind: 'phrase', matched: block.text.slice(start, end) });
    found.set(hit.key, matches);
  }
  return found;
}

export function outcomePhraseMatches(block: Block, tokens: Tokens): Map<OutcomeId, ConceptMatch[]> {
  return phraseMatches(outcomePhrases, block, tokens);
}

export function principlePhraseMatches(block: Block, tokens: Tokens): Map<string, ConceptMatch[]> {
  return phraseMatches(principlePhrases, block, tokens);
}

/**
 * Whether a block reads like an item of a list of principles: little more
 * than a principle's name, or mostly the words of its statutory wording.
 */
export function isPrincipleListing(tokens: Tokens, ids: Iterable<string>, matchedWords: number): boolean {
  if (tokens.length - matchedWords <= NAME_ONLY_WORDS) return true;
  for (const id of ids) {
    const wording = principleWordingStems.get(id);
    if (!wording) continue;
    const shared = tokens.stems().filter((stem) => wording.has(stem)).length;
    if (shared / tokens.length >= 0.6) return true;
  }
  return false;
}
