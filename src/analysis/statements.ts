import type { Block } from '../document/types.js';
import { PRINCIPLES } from '../framework/index.js';
import { isInName } from './senses.js';
import { sentenceSpans } from './sentences.js';
import { phraseStems, type Tokens } from './tokens.js';
import type { ConceptMatch } from './types.js';

/** One group of a statement: its words and phrases as stem sequences, by first stem (a lookup a word, not a scan). */
type Group = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Where one group's term stands: its first and last word. */
interface Place {
  first: number;
  last: number;
}

interface Statement {
  id: string;
  groups: readonly Group[];
}

/**
 * Some principles are said in everyday words only as a relation: that the
 * plan was shaped by the people it serves is "a panel of local people chose
 * the priorities in this plan", where no phrase of the framework appears and
 * each word alone belongs to many topics. A statement names the groups of
 * words such a sentence holds (src/framework/principles.json `statements`).
 */
const STATEMENTS: readonly Statement[] = PRINCIPLES.flatMap((principle) =>
  (principle.statements ?? []).map((groups) => ({
    id: principle.id,
    groups: groups.map((group) => {
      const byFirst = new Map<string, string[][]>();
      for (const stems of group.map(phraseStems)) {
        if (stems.length > 0) byFirst.set(stems[0]!, [...(byFirst.get(stems[0]!) ?? []), stems]);
      }
      return byFirst;
    }),
  })),
);

/**
 * The positions [first, last] of each place in tokens[from, to) where a group's
 * term begins and ends; outside names unless `heading` is undefined.
 */
function occurrences(text: string, heading: boolean | undefined, tokens: Tokens, from: number, to: number, group: Group): Place[] {
  const found: Place[] = [];
  for (let index = from; index < to; index += 1) {
    for (const term of group.get(tokens.stem(index)) ?? []) {
      if (index + term.length > to) continue;
      if (!term.every((stem, offset) => tokens.stem(index + offset) === stem)) continue;
      const last = index + term.length - 1;
      // "the public" of "the Public Bodies (Joint Working) (Scotland) Act" is part of a name.
      const named = index === last ? index : index + (tokens.stem(index) === 'the' ? 1 : 0);
      if (heading === undefined || !isInName(text, tokens, named, last, heading)) found.push({ first: index, last });
    }
  }
  return found;
}

/**
 * Each sentence that holds a term of every group of a principle's statement,
 * each term at words of its own ("people who use services" cannot be both who
 * and what), as a match from the first such word to the last.
 */
export function statementMatches(block: Block, tokens: Tokens): Map<string, ConceptMatch[]> {
  const found = new Map<string, ConceptMatch[]>();
  for (const sentence of sentenceSpans(block.text)) {
    const { from, to } = tokens.within(sentence.start, sentence.end);
    for (const statement of STATEMENTS) {
      // The first group says who: people, never the name of a body ("the Public Bodies Act", "Carers
      // Support Group"). What and how may be named: "each Locality Planning Group".
      const options = statement.groups.map((group, at) =>
        occurrences(block.text, at === 0 ? block.kind === 'heading' : undefined, tokens, from, to, group),
      );
      // Without a term of every group there is nothing to choose between.
      const places = options.every((places) => places.length > 0) ? choose(options) : undefined;
      if (!places) continue;
      const start = tokens.start(Math.min(...places.map((place) => place.first)));
      const end = tokens.end(Math.max(...places.map((place) => place.last)));
      const matches = found.get(statement.id) ?? [];
      matches.push({ blockId: block.id, start, end, kind: 'phrase', matched: block.text.slice(start, end) });
      found.set(statement.id, matches);
    }
  }
  return found;
}

/** One place for each group, no two overlapping; undefined when there is no such choice. */
function choose(options: readonly Place[][], taken: readonly Place[] = []): Place[] | undefined {
  if (taken.length === options.length) return [...taken];
  for (const place of options[taken.length]!) {
    if (taken.some((other) => place.first <= other.last && other.first <= place.last)) continue;
    const chosen = choose(options, [...taken, place]);
    if (chosen) return chosen;
  }
  return undefined;
}
