import type { Block } from '../document/types.js';
import { INDICATORS } from '../framework/index.js';
import { absentSentences } from './absence.js';
import { PhraseIndex } from './phrases.js';
import { sentenceSpans, within } from './sentences.js';
import type { Tokens } from './tokens.js';
import type { Evidence } from './types.js';

/** A core integration indicator cited in a block, by number ("NI-8") or by the words of its name. */
export interface IndicatorCitation {
  number: number;
  start: number;
  end: number;
  by: 'number' | 'name';
}

const names = new PhraseIndex<number>(
  INDICATORS.flatMap((indicator) => indicator.phrases.map((phrase) => ({ key: indicator.number, phrase }))),
);

export function findIndicators(text: string, tokens: Tokens): IndicatorCitation[] {
  const found: IndicatorCitation[] = [];
  for (const match of text.matchAll(/\bNI[\s-]?(\d{1,2})\b/g)) {
    // "NI-1 to NI-23" names the whole suite, not indicator 1.
    const around = text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 8);
    if (/NI[\s-]?\d{1,2}\s*(?:to|-|–|—)\s*NI/i.test(around)) continue;
    found.push({ number: Number(match[1]), start: match.index, end: match.index + match[0].length, by: 'number' });
  }
  const named = new Set<number>();
  for (const hit of names.find(tokens)) {
    // Two phrases of one name ("had a say in how their help" within the longer one) are one citation.
    if (named.has(hit.key)) continue;
    named.add(hit.key);
    found.push({ number: hit.key, start: tokens.start(hit.first), end: tokens.end(hit.last), by: 'name' });
  }
  return found;
}

/** Words that show an indicator's name is given as a measure, not as an aim in the indicator's words. */
const MEASURED = /\b(?:indicators?|measures?|measured|survey|report(?:ed|s)?|percentage|proportion|rate)\b|%|\bper ?cent\b/i;

/**
 * An indicator named in words is a measure where it is presented as one: in
 * a table, or in a sentence that speaks of measuring or reporting it. "We
 * want carers to feel supported to continue in their caring role" is an aim
 * that borrows NI-8's words; "we report the percentage of carers who feel
 * supported" is the measure. By number, "NI-8" is evidence in any sentence
 * (see evidence.ts).
 */
export function namedIndicatorEvidence(block: Block, citations: readonly IndicatorCitation[]): Evidence[] {
  const named = citations.filter((citation) => citation.by === 'name');
  if (named.length === 0) return [];
  const absent = absentSentences(block.text);
  const sentences = sentenceSpans(block.text);
  return named
    .filter((citation) => !within(absent, citation.start))
    .filter((citation) => {
      if (block.cell) return true;
      const sentence = sentences.find((span) => citation.start >= span.start && citation.start < span.end);
      return sentence !== undefined && MEASURED.test(block.text.slice(sentence.start, sentence.end));
    })
    .map((citation) => ({ blockId: block.id, start: citation.start, end: citation.end, kind: 'indicator', level: 'measure', text: block.text.slice(citation.start, citation.end) }));
}
