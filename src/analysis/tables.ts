import type { PlanDocument, Table } from '../document/types.js';
import { OUTCOMES } from '../framework/index.js';
import type { OutcomeId } from '../framework/types.js';
import { findCitations } from './references.js';
import type { ConceptMatch } from './types.js';

/** Marks authors put in mapping tables to say "this priority serves that outcome". */
const MARK = /^(?:[✓✔✅☑●•■◼★√x]|yes|y)$/iu;

const SHORT_NAMES = OUTCOMES.map((outcome) => ({ id: outcome.id, name: outcome.shortName.toLowerCase() }));

/**
 * The outcome a header cell names: "Outcome 3", "NHWO 3", "3", "O3" or the
 * outcome's short name.
 */
function outcomeOfHeader(text: string): OutcomeId | undefined {
  const trimmed = text.trim();
  const citation = findCitations(trimmed)[0];
  const cited = citation?.numbers.length === 1 ? citation.numbers[0]!.number : undefined;
  const bare = /^(?:o|no\.?\s*)?(\d)$/i.exec(trimmed)?.[1];
  const number = cited ?? (bare === undefined ? undefined : Number(bare));
  if (number !== undefined) return number >= 1 && number <= 9 ? (number as OutcomeId) : undefined;
  const lower = trimmed.toLowerCase();
  return SHORT_NAMES.find((entry) => lower === entry.name)?.id;
}

/**
 * Marks in an outcome-mapping table: columns (or rows) headed by outcomes,
 * cells holding a tick. Each ticked cell addresses the outcome of its column
 * for the priority of its row. Bare numbers as headers count only when at
 * least three columns are numbered so, which rules out ordinary numeric
 * tables.
 */
export interface MappingTable {
  tableId: number;
  /** Each tick, with the cell naming the priority it maps (the row's first cell, or the column's header). */
  marks: { outcome: OutcomeId; match: ConceptMatch; subjectCell?: number }[];
  /** The outcomes the grid has a column (or row) for. */
  outcomes: OutcomeId[];
  /** Header cells naming outcomes: labels of the grid, not passages addressing them. */
  labelCells: number[];
}

export function readMappingTable(document: PlanDocument, table: Table): MappingTable | undefined {
  const marks: MappingTable['marks'] = [];
  const text = (id: number | undefined) => (id === undefined ? '' : (document.blocks[id]?.text ?? ''));
  const header = table.rows[0] ?? [];
  const columnOutcomes = header.map((id) => outcomeOfHeader(text(id)));
  const rowOutcomes = table.rows.map((row) => outcomeOfHeader(text(row[0])));
  const byColumn = columnOutcomes.filter(Boolean).length >= 3;
  const byRow = !byColumn && rowOutcomes.filter(Boolean).length >= 3;
  if (!byColumn && !byRow) return undefined;
  table.rows.forEach((row, rowIndex) => {
    if (rowIndex === 0) return;
    row.forEach((cellId, columnIndex) => {
      const outcome = byColumn ? columnOutcomes[columnIndex] : rowOutcomes[rowIndex];
      const cellText = text(cellId).trim();
      if (!outcome || columnIndex === 0 || !MARK.test(cellText)) return;
      const subjectCell = byColumn ? row[0] : header[columnIndex];
      marks.push({
        outcome,
        match: { blockId: cellId, start: 0, end: text(cellId).length, kind: 'table', matched: cellText },
        ...(subjectCell === undefined ? {} : { subjectCell }),
      });
    });
  });
  // Without ticks the grid maps nothing: its outcome cells are citations (an action plan by outcome).
  if (marks.length === 0) return undefined;
  const labelCells = byColumn ? header : table.rows.map((row) => row[0]).filter((id) => id !== undefined);
  const outcomes = [...new Set((byColumn ? columnOutcomes : rowOutcomes).filter((outcome) => outcome !== undefined))];
  return { tableId: table.id, marks, outcomes, labelCells };
}
