import { definePass } from '../pass.js';
import { readMappingTable, type MappingTable } from '../tables.js';

export interface TablesOutput {
  /** Tables mapping priorities to outcomes with ticks. */
  tables: readonly MappingTable[];
  /** Their header cells naming outcomes: labels of the grid, not passages addressing them. */
  labelCells: ReadonlySet<number>;
}

export const tablesPass = definePass({
  name: 'tables',
  reads: [],
  run: ({ document }): TablesOutput => {
    const tables = document.tables.map((table) => readMappingTable(document, table)).filter((mapping) => mapping !== undefined);
    return { tables, labelCells: new Set(tables.flatMap((mapping) => mapping.labelCells)) };
  },
});
