import type { Block, PlanDocument } from '../document/types.js';
import { absentSentences } from './absence.js';
import { within } from './sentences.js';
import type { Evidence, EvidenceKind } from './types.js';

interface Pattern {
  kind: EvidenceKind;
  level: Evidence['level'];
  regex: RegExp;
  /** Patterns that need a digit are skipped for the many blocks without one. */
  needsDigit?: true;
}

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
/** A number that starts there and is not a year. */
const FIGURE = String.raw`(?<![\d/.,])(?!(?:19|20)\d\d\b)\d`;
const UNIT = String.raw`(?:people|persons?|patients|carers|clients|adults|children|households|families|beds?|places|posts|staff|wte|fte|hours?|days?|weeks?|visits|admissions|attendances|referrals|assessments|packages|discharges|appointments|contacts|sessions|volunteers|homes|units|teams)`;

/**
 * Evidence a reviewer accepts (docs/design.md "Coverage statuses"): measures and
 * data, baselines and targets, and actions with an owner or a timescale.
 */
const PATTERNS: Pattern[] = [
  { kind: 'indicator', level: 'measure', regex: /\bNI[\s-]?(?:[1-9]|1\d|2[0-3])\b|\bcore (?:suite of )?(?:integration )?indicators?\b|\bMSG (?:indicators?|measures?)\b|\bkey performance indicators?\b|\bKPIs?\b/gi },
  { kind: 'percentage', level: 'measure', needsDigit: true, regex: /\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)/gi },
  { kind: 'rate', level: 'measure', needsDigit: true, regex: /\bper (?:100,000|100 000|100000|1,000|1 000|1000|10,000)\b/gi },
  { kind: 'money', level: 'measure', needsDigit: true, regex: /£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|m|k|million|billion)?\b/gi },
  { kind: 'quantity', level: 'measure', needsDigit: true, regex: new RegExp(String.raw`\b\d[\d,]*(?:\.\d+)?\s+(?:more |fewer |additional |new |extra )?${UNIT}\b`, 'gi') },
  // A baseline or target needs a figure; a year alone ("a baseline in 2026") is only a date.
  { kind: 'baseline', level: 'target', needsDigit: true, regex: new RegExp(String.raw`\bbaseline\b[^.;\n]{0,60}?${FIGURE}`, 'gi') },
  {
    kind: 'target',
    level: 'target',
    needsDigit: true,
    regex: new RegExp(String.raw`\b(?:target|trajectory)\b[^.;\n]{0,60}?${FIGURE}|\b(?:reduce|increase|rise|fall|improve)\w*\b[^.;\n]{0,50}?\b(?:from|to|by)\s+${FIGURE}`, 'gi'),
  },
  // "(2024/25: 610)": an earlier year's value given to compare with.
  { kind: 'baseline', level: 'target', needsDigit: true, regex: /\(\s*(?:19|20)\d\d(?:\s?[/–-]\s?\d\d)?\s*:\s*£?\d[\d,]*(?:\.\d+)?%?\s*\)/g },
  // "From 29.4% to 34%", "from 480 in 2021/22 to 655": a baseline and where it should go.
  { kind: 'target', level: 'target', needsDigit: true, regex: new RegExp(String.raw`\bfrom\s+£?${FIGURE}[\d,]*(?:\.\d+)?[^.;\n]{0,40}?\bto\s+£?${FIGURE}[\d,]*(?:\.\d+)?(?:\s?%)?`, 'gi') },
  // "66% by 2027/28", "63% by March 2028": a value with the date it is due; "29.4% in 2023/24" is only a measure.
  {
    kind: 'target',
    level: 'target',
    needsDigit: true,
    regex: new RegExp(String.raw`${FIGURE}[\d,]*(?:\.\d+)?\s?(?:%|per ?cent)\s+by\s+(?:the\s+end\s+of\s+)?(?:${MONTH}\s+)?20\d\d`, 'gi'),
  },
  // "Our aim is to reach 66%": an aim with an amount, not with an outcome's number.
  {
    kind: 'target',
    level: 'target',
    needsDigit: true,
    regex: new RegExp(String.raw`\b(?:aim|ambition|goal|aspiration)s?\b[^.;\n]{0,60}?(?:£\s?\d|${FIGURE}[\d,]*(?:\.\d+)?\s?(?:%|per ?cent))`, 'gi'),
  },
  {
    kind: 'data-source',
    level: 'measure',
    regex: /\bHealth and Care Experience Survey\b|\bHACE\b|\bSMR\s?\d{0,2}\b|\bScottish Morbidity Records?\b|\bCare Inspectorate grad\w*|\bPublic Health Scotland\b|\bjoint strategic needs assessment\b|\bJSNA\b|\bstrategic needs assessment\b|\bperformance scorecard\b|\bcensus\b/gi,
  },
  { kind: 'owner', level: 'commitment', regex: /\b(?:lead(?: officer| partner| agency)?|owner|responsible(?: officer| lead)?|accountable)\s*[:–—-]\s*[^\s,;.()][^,;.()\n]{0,60}/gi },
  // A named body after "led by" is an owner; "led by example" is not, hence the capital.
  { kind: 'owner', level: 'commitment', regex: /\b[Ll]ed by (?:the )?[A-Z]/g },
  {
    kind: 'date',
    level: 'commitment',
    regex: new RegExp(
      String.raw`\b20\d\d\s?[/–-]\s?(?:20)?\d\d\b|\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b|\b(?:at least\s+)?every\s+(?:\d+|two|three|four|six|twelve)\s+(?:weeks|months|years)\b|\b(?:quarterly|annually|twice a year)\b|\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?(?:${MONTH}|spring|summer|autumn|winter|q[1-4]|quarter\s+[1-4])?\s*20\d\d\b|\b${MONTH}\s+20\d\d\b`,
      'gi',
    ),
  },
];

/** Column headings of action plans and scorecards, and what a filled cell under them shows. */
const COLUMN_EVIDENCE: { heading: RegExp; kind: EvidenceKind; level: Evidence['level'] }[] = [
  { heading: /^(?:lead|leads|owner|responsible|lead (?:officer|partner|agency)|who)\b/i, kind: 'owner', level: 'commitment' },
  { heading: /^(?:timescales?|by when|when|deadline|target date|due|date|completion)\b/i, kind: 'date', level: 'commitment' },
  { heading: /^(?:measures?|indicators?|kpis?|how we will measure|performance measures?|data)\b/i, kind: 'indicator', level: 'measure' },
  { heading: /^(?:target|targets|baseline|trajectory)\b/i, kind: 'target', level: 'target' },
];

export function findEvidence(text: string, blockId: number): Evidence[] {
  const found: Evidence[] = [];
  const hasDigit = /\d/.test(text);
  const absent = absentSentences(text);
  for (const pattern of PATTERNS) {
    if (pattern.needsDigit && !hasDigit) continue;
    for (const match of text.matchAll(pattern.regex)) {
      if (within(absent, match.index)) continue;
      const end = match.index + match[0].length;
      found.push({ blockId, start: match.index, end, kind: pattern.kind, level: pattern.level, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What authors put in a cell they cannot fill yet. */
const PLACEHOLDER = /^(?:|-|–|—|n\/a|tbc|tbd|to be (?:confirmed|agreed|decided|set)|not (?:yet )?known|unknown|none|not applicable)$/i;

/**
 * A non-empty cell under an action-plan column ("Lead", "Timescale",
 * "Measure") is evidence even when its text alone would not be ("Carers
 * Strategy Group", "Year 2").
 */
export function findColumnEvidence(document: PlanDocument, cell: Block): Evidence | undefined {
  const position = cell.cell;
  if (!position || position.header || PLACEHOLDER.test(cell.text.trim())) return undefined;
  const table = document.tables[position.tableId];
  if (!table?.hasHeader) return undefined;
  const headerId = table.rows[0]?.[position.column];
  const heading = headerId === undefined ? undefined : document.blocks[headerId]?.text.trim();
  if (!heading) return undefined;
  const column = COLUMN_EVIDENCE.find((entry) => entry.heading.test(heading));
  if (!column) return undefined;
  return { blockId: cell.id, start: 0, end: cell.text.length, kind: column.kind, level: column.level, text: cell.text };
}
