import type { Block } from '../document/types.js';
import { OUTCOMES } from '../framework/index.js';
import type { OutcomeId } from '../framework/types.js';
import { PhraseIndex } from './phrases.js';
import { findCitations } from './references.js';
import { phraseStems, tokenize, type Tokens } from './tokens.js';
import type { WordingQuote } from './types.js';

/** Words that carry no meaning of their own when comparing wordings. */
const STOP_STEMS = new Set(
  phraseStems(
    'the a an and or of to in for their own are is be who those that which with on as by have has including they it its this these far any we our will all',
  ),
);

/** A departure must share this much of an outcome's content words to be a quotation of it. */
const QUOTE_SIMILARITY = 0.7;

/** Accepted wordings: the regulations' and those in official circulation (docs/statute.md). */
const exactWordings = new PhraseIndex<OutcomeId>(
  OUTCOMES.flatMap((outcome) =>
    [outcome.wording, ...outcome.variants].map((phrase) => ({ key: outcome.id, phrase: phrase.replace(/(?<![.\s])[.\s]+$/, '') })),
  ),
);

const contentStems = OUTCOMES.map((outcome) => ({ id: outcome.id, stems: contentSet(tokenize(outcome.wording).stems()) }));

function contentSet(stems: readonly string[]): Set<string> {
  return new Set(stems.filter((stem) => !STOP_STEMS.has(stem)));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared += 1;
  return (2 * shared) / (a.size + b.size || 1);
}

/** "Outcome 3:", "NHWO 3 –", "3." or "3)" before a quoted wording. */
const LABEL_PREFIX = /^\s*(?:(?:(?:national\s+)?(?:health\s+and\s+wellbeing\s+)?outcome|nhwo|hwbo)\s*)?(\d{1,2})\s*[:.)\-–—]\s*/i;
/** Double quotes, curly single quotes and straight single ones not part of a word (British plans use all three). */
const QUOTED = /["“]([^"”]{20,400})["”]|‘([^’]{20,400}?)’(?!\p{L})|(?<!\p{L})'([^']{20,400}?)'(?!\p{L})/gu;

/**
 * Quotations of outcome wording in a block: exact ones anywhere, departures
 * only where the author plainly quotes (a list item, a table cell, text in
 * quotation marks). A paraphrase in running prose is not a quotation.
 */
export function findQuotes(block: Block, tokens: Tokens): WordingQuote[] {
  const quotes: WordingQuote[] = [];
  for (const hit of exactWordings.find(tokens)) {
    const start = tokens.start(hit.first);
    quotes.push({ blockId: block.id, start, end: tokens.end(hit.last), outcome: hit.key, exact: true });
  }
  for (const candidate of quotationCandidates(block)) {
    const inside = quotes.some((quote) => quote.start < candidate.end && quote.end > candidate.start);
    if (!inside) {
      const departure = departureIn(block, tokens, candidate.start, candidate.end);
      if (departure) quotes.push(departure);
    }
  }
  for (const quote of quotes) {
    const label = labelBefore(block.text, quote.start);
    if (label) quote.label = label;
  }
  return quotes;
}

interface Span {
  start: number;
  end: number;
}

function quotationCandidates(block: Block): Span[] {
  const spans: Span[] = [];
  if (block.kind === 'list-item' || block.kind === 'table-cell') {
    const prefix = LABEL_PREFIX.exec(block.text);
    spans.push({ start: prefix ? prefix[0].length : 0, end: block.text.length });
  }
  for (const match of block.text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    spans.push({ start: match.index + 1, end: match.index + 1 + inner.length });
  }
  return spans;
}

function departureIn(block: Block, tokens: Tokens, start: number, end: number): WordingQuote | undefined {
  const { from, to } = tokens.within(start, end);
  const inside: string[] = [];
  for (let index = from; index < to; index += 1) inside.push(tokens.stem(index));
  const words = contentSet(inside);
  if (words.size < 4) return undefined;
  let best: { id: OutcomeId; score: number; size: number } | undefined;
  for (const outcome of contentStems) {
    const score = dice(words, outcome.stems);
    if (!best || score > best.score) best = { id: outcome.id, score, size: outcome.stems.size };
  }
  if (!best || best.score < QUOTE_SIMILARITY || words.size > best.size * 1.6) return undefined;
  const trimmed = trimSpan(block.text, start, end);
  return { blockId: block.id, start: trimmed.start, end: trimmed.end, outcome: best.id, exact: false };
}

/**
 * Leave out surrounding blanks, the closing full stop and quotation marks
 * around the whole (a list item or cell that is one quotation), which are not
 * part of the wording: the statutory wording replaces the span, and must not
 * take the author's quotation marks with it.
 */
function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  const quoted = from < to && /["“‘']/.test(text[from]!);
  if (quoted) from += 1;
  const trailing = quoted ? /[\s."”’']/ : /[\s.]/;
  while (to > from && trailing.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/**
 * The number the author gave a quotation: a citation right before it
 * ("Outcome 3: …") or a bare "3." opening a list item or cell. A list's own
 * numbering is read later, when the whole list is known to quote outcomes.
 */
function labelBefore(text: string, quoteStart: number): WordingQuote['label'] {
  const before = text.slice(0, quoteStart);
  const citation = findCitations(before).at(-1);
  const onlyNumber = citation?.numbers.length === 1 ? citation.numbers[0] : undefined;
  if (citation && onlyNumber && /^[\s:.)\-–—"“‘']*$/.test(before.slice(citation.end))) {
    return { number: onlyNumber.number, start: onlyNumber.start, end: onlyNumber.end };
  }
  const prefix = LABEL_PREFIX.exec(before);
  if (prefix?.[1] && prefix[0].length === before.length) {
    const start = prefix[0].indexOf(prefix[1]);
    return { number: Number(prefix[1]), start, end: start + prefix[1].length };
  }
  return undefined;
}
