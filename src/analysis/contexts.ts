import type { Block, PlanDocument } from '../document/types.js';
import { CONTEXTS as contexts } from '../framework/index.js';
import { type Span, sentenceSpans } from './sentences.js';
import { phraseStems, type Tokens } from './tokens.js';

const leadIns = contexts.functionLists.leadIn.map(phraseStems);
const statementWords = new Set(contexts.functionLists.statementWords.map((word) => word.toLowerCase()));

function hasRun(stems: readonly string[], run: readonly string[]): boolean {
  for (let at = 0; at + run.length <= stems.length; at += 1) {
    if (run.every((word, offset) => stems[at + offset] === word)) return true;
  }
  return false;
}

function leadsIn(stems: readonly string[]): boolean {
  return leadIns.some((run) => hasRun(stems, run));
}

/** A short noun phrase naming a service area, not a sentence saying something of it. */
function isBareName(block: Block, tokens: Tokens): boolean {
  if (tokens.length === 0 || tokens.length > contexts.functionLists.maxItemWords) return false;
  if (/[.!?]\s*\S/u.test(block.text)) return false;
  for (let index = 0; index < tokens.length; index += 1) {
    if (statementWords.has(block.text.slice(tokens.start(index), tokens.end(index)).toLowerCase())) return false;
  }
  return true;
}

function mostlyBare(blocks: readonly Block[], tokens: readonly Tokens[]): boolean {
  const bare = blocks.filter((block) => isBareName(block, tokens[block.id]!)).length;
  return blocks.length > 0 && bare * 2 > blocks.length;
}

/**
 * Blocks that are entries in a schedule of functions or service areas: list
 * items or table cells, mostly bare names, under a heading or lead-in about
 * functions delegated or services to be integrated. An integration scheme's
 * annexes (s1(3) and s7 of the Act) list "Mental health services" or "Carers
 * support services" as functions handed over, which says nothing of how the
 * plan serves the outcome those words name.
 */
export function functionListBlocks(document: PlanDocument, tokens: readonly Tokens[]): Set<number> {
  const found = new Set<number>();
  const sectionLeadsIn = (sectionIndex: number): boolean =>
    document.sections[sectionIndex]!.path.some((title) => leadsIn(phraseStems(title)));
  const precededByLeadIn = (first: Block): boolean => {
    const before = document.blocks[first.id - 1];
    return before !== undefined && before.kind !== 'list-item' && before.kind !== 'table-cell' && leadsIn(tokens[before.id]!.stems());
  };
  const lists = new Map<number, Block[]>();
  for (const block of document.blocks) {
    if (block.kind !== 'list-item' || block.listId === undefined) continue;
    // Pushed in place: a copy per item made a 100,000-item list cost a minute and gigabytes.
    const items = lists.get(block.listId);
    if (items) items.push(block);
    else lists.set(block.listId, [block]);
  }
  for (const items of lists.values()) {
    const first = items[0]!;
    if (!(sectionLeadsIn(first.sectionIndex) || precededByLeadIn(first)) || !mostlyBare(items, tokens)) continue;
    for (const item of items) found.add(item.id);
  }
  for (const table of document.tables) {
    const header = table.hasHeader ? table.rows[0] : undefined;
    const body = table.hasHeader ? table.rows.slice(1) : table.rows;
    const firstCell = document.blocks[table.rows[0]?.[0] ?? -1];
    if (firstCell === undefined) continue;
    const tableLeadsIn = sectionLeadsIn(table.sectionIndex) || precededByLeadIn(firstCell);
    const columns = Math.max(0, ...table.rows.map((row) => row.length));
    for (let column = 0; column < columns; column += 1) {
      const headerCell = header?.[column];
      const headed = headerCell !== undefined && leadsIn(tokens[headerCell]!.stems());
      const cells = body.flatMap((row) => (row[column] === undefined ? [] : [document.blocks[row[column]!]!]));
      if (!(tableLeadsIn || headed) || !mostlyBare(cells, tokens)) continue;
      for (const cell of cells) found.add(cell.id);
    }
  }
  return found;
}

const staffWords = new Set(contexts.staffAsSubject.staff.map((word) => phraseStems(word)[0]!));
const staffLinks = new Set(contexts.staffAsSubject.between.map((word) => phraseStems(word)[0]!));
const peopleWords = contexts.staffAsSubject.people.map(phraseStems);
const staffOutcomes = new Set<number>(contexts.staffAsSubject.outcomes);
const staffPrinciples = new Set(contexts.staffAsSubject.principles);

/** Whether staff's say, wellbeing, dignity, rights or experience would not address this concept. */
export function aboutServiceUsers(concept: number | string): boolean {
  return typeof concept === 'number' ? staffOutcomes.has(concept) : staffPrinciples.has(concept);
}

/**
 * Whether the words [first, last] are said of staff: a word for staff stands
 * next to them, or only small linking words stand between ("staff will have a
 * say", "the wellbeing of our staff"), and no one who uses services is named
 * in the sentence. That is outcome 8 (people who work in health and social
 * care are supported and engaged); outcome 3 and the s31 principles speak of
 * the people services are for. Staff trained in dignity are not its subject.
 */
export function saidOfStaff(text: string, tokens: Tokens, first: number, last: number): boolean {
  const sentence = sentenceSpans(text).find((span) => tokens.start(first) >= span.start && tokens.start(first) < span.end);
  if (sentence === undefined) return false;
  const { from, to } = tokens.within(sentence.start, sentence.end);
  const reachesStaff = (start: number, step: -1 | 1): boolean => {
    for (let index = start; index >= from && index < to; index += step) {
      if (staffWords.has(tokens.stem(index))) return true;
      if (!staffLinks.has(tokens.stem(index))) return false;
    }
    return false;
  };
  const stems = tokens.stems().slice(from, to);
  return (reachesStaff(first - 1, -1) || reachesStaff(last + 1, 1)) && !peopleWords.some((run) => hasRun(stems, run));
}

const arrangements = contexts.procedural.arrangements.map(phraseStems);
const changes = contexts.procedural.changes.map(phraseStems);
const peopleCues = contexts.procedural.people.map(phraseStems);

/**
 * Whether the sentence holding offset `at` only lists or amends a procedure or
 * governance arrangement ("the complaints procedure was amended in 2023"),
 * with nothing about people's experience or protection. Schemes and board
 * papers record such changes as housekeeping; the concept the procedure is
 * named for is not addressed by them.
 */
export function procedural(text: string, tokens: Tokens, at: number): boolean {
  let known = verdicts.get(tokens);
  if (!known) verdicts.set(tokens, (known = { sentences: sentenceSpans(text), procedural: new Map() }));
  const sentence = known.sentences.find((span) => at >= span.start && at < span.end);
  if (sentence === undefined) return false;
  let answer = known.procedural.get(sentence.start);
  if (answer === undefined) {
    const { from, to } = tokens.within(sentence.start, sentence.end);
    const stems = tokens.stems().slice(from, to);
    const has = (runs: readonly string[][]): boolean => runs.some((run) => hasRun(stems, run));
    answer = has(arrangements) && has(changes) && !has(peopleCues);
    known.procedural.set(sentence.start, answer);
  }
  return answer;
}

/**
 * A block's sentences and each one's verdict, worked out once: a block can be one sentence of a megabyte
 * with a phrase every few words, and reading it afresh for each phrase took time quadratic in its length.
 */
const verdicts = new WeakMap<Tokens, { sentences: Span[]; procedural: Map<number, boolean> }>();
