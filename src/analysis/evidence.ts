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
/**
 * Where a number in a run of digits and commas may start a match: only years (or nothing but commas) stand
 * before it in the run, or the run begins with a word's letter, so that no earlier number in it could.
 */
const RUN_START = String.raw`(?<=(?:^|[^\w,]|[A-Za-z_]\d*),*(?:(?:19|20)\d\d,+)*)`;
const UNIT = String.raw`(?:people|persons?|residents|patients|carers|clients|adults|children|households|families|beds?|places|posts|staff|wte|fte|hours?|days?|weeks?|visits|admissions|attendances|referrals|assessments|packages|discharges|appointments|contacts|sessions|volunteers|homes|units|teams|responses|conversations|events|meetings|workshops)`;

/**
 * Evidence a reviewer accepts (docs/design.md "Coverage statuses"): measures and
 * data, baselines and targets, and actions with an owner or a timescale.
 */
const PATTERNS: Pattern[] = [
  { kind: 'indicator', level: 'measure', regex: /\bNI[\s-]?(?:[1-9]|1\d|2[0-3])\b|\bcore (?:suite of )?(?:integration )?indicators?\b|\bMSG (?:indicators?|measures?)\b|\bkey performance indicators?\b|\bKPIs?\b/gi },
  { kind: 'percentage', level: 'measure', needsDigit: true, regex: /\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)/gi },
  { kind: 'rate', level: 'measure', needsDigit: true, regex: /\bper (?:100,000|100 000|100000|1,000|1 000|1000|10,000)\b/gi },
  { kind: 'money', level: 'measure', needsDigit: true, regex: /£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|m|k|million|billion)?\b/gi },
  {
    kind: 'quantity',
    level: 'measure',
    needsDigit: true,
    // A year is never a count: "the Act 2014 places duties" is not 2014 places.
    // One word may describe what is counted ("27 drop-in sessions", "38 community conversations").
    // Case matters: "6 Unpaid carers" is an outcome's number before its name.
    // Time units take no describing word: "within 20 working days" is a procedure's clock, not a count.
    // A count starts at the first number of a run of digits and commas that is not a year ("2014,5 people" counts
    // 5): a later start in the run ends where the first does and would only scan the run again, quadratic in
    // "1,234,1,234,…". RUN_START reads back over commas only at a number's start, each comma once.
    // eslint-disable-next-line regexp/no-super-linear-move -- the lookbehind reads each comma once, from the number after it
    regex: new RegExp(String.raw`\b(?!(?:19|20)\d\d\b)${RUN_START}\d[\d,]*(?:\.\d+)?\s+(?:(?:[a-z][\w-]*\s+)?(?!hours?\b|days?\b|weeks?\b)${UNIT}|hours?|days?|weeks?|WTE|FTE)\b`, 'g'),
  },
  // A baseline or target needs a figure; a year alone ("a baseline in 2026") is only a date.
  { kind: 'baseline', level: 'target', needsDigit: true, regex: new RegExp(String.raw`\bbaseline\b[^.;\n]{1,60}?${FIGURE}`, 'gi') },
  {
    kind: 'target',
    level: 'target',
    needsDigit: true,
    regex: new RegExp(String.raw`\b(?:target|trajectory)\b[^.;\n]{1,60}?${FIGURE}|\b(?:reduce|increase|rise|fall|improve)\w*\b[^.;\n]{1,50}?\b(?:from|to|by)\s+${FIGURE}`, 'gi'),
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
  // "Lead: Head of Service" or "Lead – Carers Team"; a hyphen with no space makes a compound ("lead-agency model", "lead-in").
  { kind: 'owner', level: 'commitment', regex: /\b(?:lead(?: officer| partner| agency)?|owner|responsible(?: officer| lead)?|accountable)(?:\s*:|\s+[–—-]|\s*[–—])\s*[^\s,;.()][^,;.()\n]{0,60}/gi },
  // A named body after "led by" is an owner; "led by example" is not, hence the capital.
  { kind: 'owner', level: 'commitment', regex: /\b[Ll]ed by (?:the )?[A-Z]/g },
];

/**
 * Dates, by the part they play. Of 121 `evidenced` verdicts on published
 * documents, 64 rested on a date alone: a plan period, an approval or
 * publication date, a past event, an Act's year. A date is evidence only as
 * the timescale of an action or as the period of a reported result.
 */
const DATE_PATTERNS: { role: 'frequency' | 'deadline' | 'date'; regex: RegExp }[] = [
  // "At least every 3 months", "twice a year": how often an action recurs.
  { role: 'frequency', regex: /\b(?:at least\s+)?every\s+(?:\d+|two|three|four|six|twelve)\s+(?:weeks|months|years)\b|\b(?:quarterly|annually|twice a year)\b/gi },
  // "By March 2027", "by 31 March", "no later than the end of 2026": when something is to be done.
  {
    role: 'deadline',
    regex: new RegExp(
      String.raw`\bby\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b(?:\s+20\d\d\b)?|\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:${MONTH}|spring|summer|autumn|winter|q[1-4]|quarter\s+[1-4])\s*)?20\d\d(?:\s?[/–-]\s?(?:20)?\d\d)?\b`,
      'gi',
    ),
  },
  { role: 'date', regex: new RegExp(String.raw`\b20\d\d\s?[/–-]\s?(?:20)?\d\d\b|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\s+20\d\d\b`, 'gi') },
];

/** What the partnership says it will do: the clause a date must stand in to be an action's timescale. */
const FUTURE = /\b(?:will|shall|plan(?:s|ning)? to|aim(?:s|ing)? to|intend(?:s|ing)? to|commit(?:s|ted)? to|going to)\b/i;
/** What has happened: a date in such a clause is a past event ("In October 2024 people told us"). */
const PAST = /\b(?:was|were|had|did|told|said|held|took place|ran|hosted|launched|started|began|published|approved|came into|agreed|carried out|completed)\b/i;
/** The document's own life: its approval, publication, effect and review are not actions of the plan. */
const DOCUMENT_DATE = new RegExp(
  String.raw`\bapproved (?:by|on|at)\b|\bpublish\w*(?: (?:in|on|by)\s+(?:\d|${MONTH})|\s+${MONTH}|\s+(?:its|the|our|this) [^.]{0,40}\bby\b)|\bpublication\b|\bcomes? into (?:effect|force)\b|\bcame into (?:effect|force)\b|\blast updated\b|\bdue for review\b|\breview date\b|\bnext review\b`,
  'i',
);
/** A word that names something when capitalised before a year: "Strategic Plan 2025–2028", "Biennial Report 2022–2024". */
const NAME_WORD = /(?:^|[^\w’'])([A-Z][\w’']*)\s*\(?$/;
const NAME_CHAR = /[\w’']/;
const SPACE = /\s/;
const LETTER = /[a-z]/i;
const FIGURE_CHAR = /[\d,.]/;
const SINCE = /\bsince\s*$/i;
const PREPOSITION = /^(?:In|By|From|During|Until|Before|On|For|Since|To|Of|End|And|Or|Between|Over|After)$/;
/** A figure that is not part of a date: a reported result that a date can be the period of. */
const RESULT = new RegExp(String.raw`${FIGURE}[\d,]*(?:\.\d+)?(?!(?:\s*(?:st|nd|rd|th))?\s+${MONTH})(?![\d/–-])`, 'gi');
/** RESULT, tried from a position (its own, since `matchAll` starts where the pattern's last search ended). */
const RESULT_FROM = new RegExp(RESULT.source, 'gi');
/**
 * All that RESULT's look-ahead can read after a figure: spaces, an ordinal's two letters, spaces, a month's
 * nine letters. Text beyond it decides nothing about a figure before it.
 */
const RESULT_REACH = /\s*[a-z]{0,2}\s*[a-z]{0,9}/iy;

/**
 * The sentences of a block, their ends found once: a block can be one sentence of a megabyte with a figure
 * every few words, and finding or testing the sentence afresh for each figure took time quadratic in its length.
 */
class Sentences {
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];
  private readonly tests = new Map<RegExp, Map<string, boolean>>();
  /** Commas, semicolons and colons: they part clauses. */
  private readonly marks: number[] = [];
  private readonly clauseVerdicts = new Map<string, boolean>();

  /** Where RESULT matches in each sentence, by its start. */
  private readonly figureStarts = new Map<number, number[]>();
  /** Where each sentence's first character other than a space is, by its start. */
  private readonly contentStarts = new Map<number, number>();

  constructor(readonly text: string) {
    // Full stops before a space, bullets and blank lines end a sentence; PDF line breaks do not.
    for (const match of text.matchAll(/[.!?](?=\s)|\n(?:[^\S\n]*\n)+|\n[^\S\n]*[•▪◦]/g)) {
      this.ends.push(match.index);
      this.starts.push(match.index + match[0].length);
    }
    this.ends.push(text.length);
    for (const match of text.matchAll(/[,;:]/g)) this.marks.push(match.index);
  }

  /** Where the sentence around an offset starts: after the last boundary that ends at or before it. */
  start(offset: number): number {
    return this.starts[lastAtMost(this.starts, offset)]!;
  }

  /** Where the sentence around an offset ends: at the first boundary that starts at or after it. */
  end(offset: number): number {
    return this.ends[lastAtMost(this.ends, offset - 1) + 1]!;
  }

  around(offset: number): string {
    return this.text.slice(this.start(offset), this.end(offset));
  }

  /** Whether the sentence around an offset matches, worked out once a sentence. */
  test(pattern: RegExp, offset: number): boolean {
    const key = `${this.start(offset)}-${this.end(offset)}`;
    let answers = this.tests.get(pattern);
    if (!answers) this.tests.set(pattern, (answers = new Map<string, boolean>()));
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = pattern.test(this.around(offset))));
    return answer;
  }

  /** Where RESULT matches in the sentence around an offset, read as a text by itself, in order. */
  figures(offset: number): readonly number[] {
    const start = this.start(offset);
    let figures = this.figureStarts.get(start);
    if (!figures) {
      figures = Array.from(this.around(offset).matchAll(RESULT), (match) => start + match.index);
      this.figureStarts.set(start, figures);
    }
    return figures;
  }

  /** Where the sentence around an offset starts once its leading spaces are passed. */
  contentStart(offset: number): number {
    const start = this.start(offset);
    let content = this.contentStarts.get(start);
    if (content === undefined) {
      const end = this.end(offset);
      for (content = start; content < end && SPACE.test(this.text[content]!); content += 1);
      this.contentStarts.set(start, content);
    }
    return content;
  }

  /** Whether the clause around an offset, within its sentence, passes `verdict`, worked out once a clause and role. */
  clauseIs(role: string, offset: number, verdict: (clause: string) => boolean): boolean {
    const sentenceStart = this.start(offset);
    const sentenceEnd = this.end(offset);
    const next = lastAtMost(this.marks, offset - 1) + 1;
    const before = this.marks[next - 1];
    const after = this.marks[next];
    const start = before !== undefined && before >= sentenceStart ? before + 1 : sentenceStart;
    const end = after !== undefined && after < sentenceEnd ? after : sentenceEnd;
    const key = `${role} ${start}-${end}`;
    let answer = this.clauseVerdicts.get(key);
    if (answer === undefined) this.clauseVerdicts.set(key, (answer = verdict(this.text.slice(start, end))));
    return answer;
  }
}

/** The last position in an ascending list whose value is at most `value`; -1 if none. */
function lastAtMost(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export interface EvidenceOptions {
  /** A performance report: a date beside a figure is the period of a reported result (SSI 2014/326). */
  reportedResults?: boolean;
}

/**
 * Whether a date found at `start` is an action's timescale or a reported result's period. What is read before the
 * date is read back from it, and what the sentence holds is worked out once a sentence or clause: a performance
 * report can give a date every few words of one long sentence, and reading the sentence afresh for each took time
 * quadratic in its length.
 */
function dateCounts(sentences: Sentences, start: number, end: number, role: 'frequency' | 'deadline' | 'date', options: EvidenceOptions): boolean {
  if (sentences.test(DOCUMENT_DATE, start)) return false;
  if (role === 'frequency') return true;
  const { text } = sentences;
  const sentenceStart = sentences.start(start);
  // NAME_WORD on the sentence before the date: a bracket, spaces, and the word before them.
  const bracket = start > sentenceStart && text[start - 1] === '(';
  let wordEnd = bracket ? start - 1 : start;
  while (wordEnd > sentenceStart && SPACE.test(text[wordEnd - 1]!)) wordEnd -= 1;
  let wordStart = wordEnd;
  while (wordStart > sentenceStart && NAME_CHAR.test(text[wordStart - 1]!)) wordStart -= 1;
  if (role === 'date') {
    const named = NAME_WORD.exec(text.slice(Math.max(sentenceStart, wordStart - 1), start))?.[1];
    // The name is not all the sentence holds before the date (but spaces): a bracket after it, or text before it.
    if (named && !PREPOSITION.test(named) && (bracket || wordStart !== sentences.contentStart(start))) return false;
  }
  if (options.reportedResults && resultApart(sentences, start, end)) return true;
  if (role === 'deadline') return sentences.clauseIs(role, start, (clause) => !PAST.test(clause));
  if (!bracket && SINCE.test(text.slice(Math.max(sentenceStart, wordEnd - 6), start))) return false;
  return sentences.clauseIs(role, start, (clause) => FUTURE.test(clause) && !PAST.test(clause.slice(0, clause.search(FUTURE))));
}

/**
 * Whether the sentence around a date, the date taken out (the text before it, a space, the text after it), holds
 * a figure RESULT matches. A figure after the date, or one too far before it for RESULT to read as far as the
 * date, is found the same with the date or without, so the sentence's figures are found once; only the figures
 * just before the date, which can read the space that stands for it and what follows, are tried again.
 */
function resultApart(sentences: Sentences, start: number, end: number): boolean {
  const { text } = sentences;
  const sentenceStart = sentences.start(start);
  const sentenceEnd = sentences.end(start);
  const figures = sentences.figures(start);
  if (figures.length > 0 && figures[figures.length - 1]! >= end) return true;
  // Back from the date over what RESULT reads after a figure (spaces and at most eleven letters), then the figure.
  let near = start;
  let letters = 0;
  for (; near > sentenceStart; near -= 1) {
    const char = text[near - 1]!;
    if (LETTER.test(char) && letters < 11) letters += 1;
    else if (!SPACE.test(char)) break;
  }
  while (near > sentenceStart && FIGURE_CHAR.test(text[near - 1]!)) near -= 1;
  if (figures.length > 0 && figures[0]! < near) return true;
  RESULT_REACH.lastIndex = end;
  const reach = Math.min(end + RESULT_REACH.exec(text)![0].length, sentenceEnd);
  const from = Math.max(sentenceStart, near - 1);
  RESULT_FROM.lastIndex = near - from;
  return RESULT_FROM.exec(`${text.slice(from, start)} ${text.slice(end, reach)}`) !== null;
}

/** Column headings of action plans and scorecards, and what a filled cell under them shows. */
const COLUMN_EVIDENCE: { heading: RegExp; kind: EvidenceKind; level: Evidence['level'] }[] = [
  { heading: /^(?:lead|leads|owner|responsible|lead (?:officer|partner|agency)|who)\b/i, kind: 'owner', level: 'commitment' },
  { heading: /^(?:timescales?|by when|when|deadline|target date|due|date|completion)\b/i, kind: 'date', level: 'commitment' },
  { heading: /^(?:measures?|indicators?|kpis?|how we will measure|performance measures?|data)\b/i, kind: 'indicator', level: 'measure' },
  { heading: /^(?:target|targets|baseline|trajectory)\b/i, kind: 'target', level: 'target' },
];

export function findEvidence(text: string, blockId: number, options: EvidenceOptions = {}): Evidence[] {
  const found: Evidence[] = [];
  const hasDigit = /\d/.test(text);
  const absent = absentSentences(text);
  const sentences = new Sentences(text);
  for (const pattern of PATTERNS) {
    if (pattern.needsDigit && !hasDigit) continue;
    for (const match of text.matchAll(pattern.regex)) {
      if (within(absent, match.index)) continue;
      const end = match.index + match[0].length;
      if (pattern.kind === 'indicator' && !/^NI/i.test(match[0]) && sentences.test(GENERAL_MEASUREMENT, match.index)) continue;
      const level = pattern.level !== 'commitment' && isContext(sentences, match.index) ? 'context' : pattern.level;
      found.push({ blockId, start: match.index, end, kind: pattern.kind, level, text: match[0] });
    }
  }
  // The dates already found, apart and in order of their starts (so their ends too): the last one to start
  // before a match ends is the only one that can overlap it. A block with a date every few words has thousands.
  const takenStarts: number[] = [];
  const takenEnds: number[] = [];
  for (const { role, regex } of DATE_PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const end = match.index + match[0].length;
      const before = lastAtMost(takenStarts, end - 1);
      if (within(absent, match.index) || (before >= 0 && takenEnds[before]! > match.index)) continue;
      takenStarts.splice(before + 1, 0, match.index);
      takenEnds.splice(before + 1, 0, end);
      if (!dateCounts(sentences, match.index, end, role, options)) continue;
      found.push({ blockId, start: match.index, end, kind: 'date', level: 'commitment', text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The setting of the plan, not what the partnership does: the size, age and
 * projections of the population or the workforce, and the shape of the
 * area. A figure there is context; a projection is not a target. How
 * deprived an area is says where to act as often as what the setting is, so
 * deprivation alone does not make a figure context.
 */
const CONTEXT =
  /\bpopulation\b(?<!per [\d,\s]+population)|\b(?:residents|inhabitants|census|projected|projections?|square (?:miles|kilometres))\b|\bexpected to (?:rise|grow|increase|fall|double)\b|\bworkforce (?:is made up of|of (?:around |about |some )?\d)|\bemploys\b/i;

/** What the partnership sets out to do: a figure beside it is a target or an action's size, even about an area's residents. */
const UNDERTAKING = /\bwe (?:will|shall|aim|plan|intend)\b|\btargets?\b/i;

function isContext(sentences: Sentences, offset: number): boolean {
  return sentences.test(CONTEXT, offset) && !sentences.test(UNDERTAKING, offset);
}

/** "We will measure our progress using a range of indicators": measurement in general names no concept's measure. */
const GENERAL_MEASUREMENT = /\b(?:our|overall) (?:progress|performance)\b|\ba (?:range|number|variety|set|mix) of\b/i;

/**
 * Scorecards with years as columns: a figure under "2024/25" is a value for
 * that period, and under "Aim for 2027/28" a value due by then. The year
 * heading alone is no evidence; the figure under it is.
 */
const DATED_COLUMNS: { heading: RegExp; kind: EvidenceKind; level: Evidence['level'] }[] = [
  { heading: /^(?:aims?|targets?|goals?|ambitions?|trajectory)\b.+\b20\d\d/i, kind: 'target', level: 'target' },
  { heading: /^(?:(?:year|as at|at)\s+)?(?:(?:end\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?20\d\d(?:\s?[/–-]\s?(?:20)?\d\d)?$/i, kind: 'quantity', level: 'measure' },
];
const FIGURE_CELL = /^[<>≤≥~]?\s?£?\d[\d,]*(?:\.\d+)?\s?(?:%|k|m|bn)?$/i;

/** What authors put in a cell they cannot fill yet. */
const PLACEHOLDER = /^(?:-|–|—|n\/a|tbc|tbd|to be (?:confirmed|agreed|decided|set)|not (?:yet )?known|unknown|none|not applicable)?$/i;

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
  const dated = FIGURE_CELL.test(cell.text.trim()) ? DATED_COLUMNS.find((entry) => entry.heading.test(heading)) : undefined;
  const column = dated ?? COLUMN_EVIDENCE.find((entry) => entry.heading.test(heading));
  if (!column) return undefined;
  return { blockId: cell.id, start: 0, end: cell.text.length, kind: column.kind, level: column.level, text: cell.text };
}
