/**
 * Explicit outcome citations in the forms plans use: "Outcome 6", "National
 * Outcome 6", "NHWO 6", "HWBO 6", "National Health and Wellbeing Outcome 6",
 * lists ("outcomes 2, 4 and 9") and ranges ("outcomes 1–3").
 */

export interface CitedNumber {
  number: number;
  /** Range of the number itself in the text. */
  start: number;
  end: number;
}

export interface Citation {
  start: number;
  end: number;
  numbers: CitedNumber[];
}

const KEYWORD =
  String.raw`(?:national\s+health\s+(?:and|&)\s+well-?being\s+outcomes?|health\s+(?:and|&)\s+well-?being\s+outcomes?|national\s+outcomes?|outcomes?|nhwos?|hwbos?)`;
// "outcomes 12 weeks after discharge" measures time, it cites nothing.
const NUMBER = String.raw`\d{1,3}(?![\d/%£.,]\d|\d|%|/|\s*(?:weeks?|months?|years?|days?|hours?|per\b))`;
const JOIN = String.raw`\s*(?:,(?:\s*(?:and|&|or))?|and|&|or|to|-|–|—)\s*`;
const CITATION = new RegExp(
  String.raw`\b${KEYWORD}\s*(?:no\.?\s*|number\s+)?(${NUMBER}(?:${JOIN}${NUMBER})*)`,
  'giu',
);

/**
 * Words before "outcome" that make it a local or personal outcome, not a
 * national one: partnerships often number their own outcome sets.
 */
const LOCAL_QUALIFIER =
  /\b(?:local|strategic|personal|partnership|community|our|priority|loip|children's|justice|team|service|improvement|intermediate|short[- ]term|medium[- ]term|long[- ]term)\s+$/i;

const RANGE_JOIN = /^\s*(?:to|-|–|—)\s*$/;

export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const keyword = match[0].slice(0, match[0].length - (match[1]?.length ?? 0));
    if (/^outcomes?\b/i.test(keyword) && LOCAL_QUALIFIER.test(before)) continue;
    const list = match[1] ?? '';
    const listStart = match.index + match[0].length - list.length;
    citations.push({ start: match.index, end: match.index + match[0].length, numbers: expandList(list, listStart) });
  }
  return citations;
}

/** "2, 4 and 9" → 2, 4, 9; "1–3" → 1, 2, 3 (each located at the number that implies it). */
function expandList(list: string, offset: number): CitedNumber[] {
  const numbers: CitedNumber[] = [];
  const parts = [...list.matchAll(/\d+/g)];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const value = Number(part[0]);
    const start = offset + part.index;
    const previous = parts[i - 1];
    const joiner = previous ? list.slice(previous.index + previous[0].length, part.index) : '';
    const from = previous ? Number(previous[0]) : value;
    if (previous && RANGE_JOIN.test(joiner) && value > from && value - from < 20) {
      // "outcomes 1–12" is one mistake, reported once on the 12.
      for (let n = from + 1; n <= Math.min(value, 9); n += 1) numbers.push({ number: n, start, end: start + part[0].length });
      if (value > 9) numbers.push({ number: value, start, end: start + part[0].length });
    } else {
      numbers.push({ number: value, start, end: start + part[0].length });
    }
  }
  return numbers;
}
