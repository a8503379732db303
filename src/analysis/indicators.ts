import { INDICATORS } from '../framework/index.js';
import { PhraseIndex } from './phrases.js';
import type { Token } from './tokens.js';

/** A core integration indicator cited in a block, by number ("NI-8") or by the words of its name. */
export interface IndicatorCitation {
  number: number;
  start: number;
  end: number;
  by: 'number' | 'name';
}

const names = new PhraseIndex<number>(INDICATORS.flatMap((indicator) => indicator.phrases.map((phrase) => ({ key: indicator.number, phrase }))));

export function findIndicators(text: string, tokens: readonly Token[]): IndicatorCitation[] {
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
    found.push({ number: hit.key, start: tokens[hit.first]!.start, end: tokens[hit.last]!.end, by: 'name' });
  }
  return found;
}
