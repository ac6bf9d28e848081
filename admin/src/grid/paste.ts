// A block pasted from Excel/WPS (text/plain, tab-separated) → changes to the rows under
// it and new rows below the last one, with every cell parsed and every problem named by
// row and column. Pure: the grid resolves references and saves the plan.
import type { AdminField } from "../metadata/fields.ts";
import { formatCell, parseText } from "@p181/schema/cells";

type Row = Record<string, unknown>;

export interface PasteProblem {
  /** 0-based index in the pasted block, and whether that row is a new one. */
  row: number;
  isNew: boolean;
  /** Index of the grid row (for existing rows), for naming it. */
  gridRow: number;
  column: string;
  /** A key under app.parse.* or a message from the server. */
  error: string;
  args?: Record<string, string>;
}

export interface Lookup {
  field: AdminField;
  text: string;
  /** Where to put the id once found. */
  target: Row;
}

export interface PastePlan {
  updates: { id: number; data: Row; previousData: Row; gridRow: number }[];
  creates: Row[];
  lookups: Lookup[];
  problems: PasteProblem[];
}

export interface PasteInput {
  block: string[][];
  /** The visible columns in display order (the id and read-only ones included). */
  columns: AdminField[];
  /** Index in `columns` of the focused cell. */
  startColumn: number;
  /** The rows of the grid (the current page) and the index of the focused row (= rows.length for the append row). */
  rows: Row[];
  startRow: number;
  canCreate: boolean;
  /** Fields that must be given for a new row. */
  requiredForCreate: AdminField[];
}

export function planPaste({
  block,
  columns,
  startColumn,
  rows,
  startRow,
  canCreate,
  requiredForCreate,
}: PasteInput): PastePlan {
  const plan: PastePlan = { updates: [], creates: [], lookups: [], problems: [] };
  block.forEach((cells, i) => {
    const gridRow = startRow + i;
    const existing = gridRow < rows.length ? rows[gridRow] : undefined;
    const isNew = existing === undefined;
    const problem = (column: string, error: string, args?: Record<string, string>) =>
      plan.problems.push({ row: i, isNew, gridRow, column, error, ...(args ? { args } : {}) });
    if (isNew && !canCreate) {
      problem("", "readonly");
      return;
    }
    const data: Row = {};
    cells.forEach((text, j) => {
      const column = columns[startColumn + j];
      if (column === undefined) return; // past the last column: ignored, as Excel does
      if (!existing && text.trim() === "" && (!column.required || !column.writable)) return;
      // Unchanged cells (a copied row pasted back, its id included) are left alone.
      if (existing && formatCell(column, existing) === text.trim()) return;
      if (!column.writable) {
        problem(column.label, "not_editable");
        return;
      }
      const parsed = parseText(column, text);
      if (!parsed.ok) problem(column.label, parsed.error, parsed.args);
      else if ("lookup" in parsed) plan.lookups.push({ field: column, text: parsed.lookup, target: data });
      else data[column.name] = parsed.value;
    });
    if (existing) {
      if (Object.keys(data).length > 0 || plan.lookups.some((l) => l.target === data)) {
        plan.updates.push({ id: Number(existing.id), data, previousData: existing, gridRow });
      }
    } else {
      const given = new Set([
        ...Object.keys(data),
        ...plan.lookups.filter((l) => l.target === data).map((l) => l.field.name),
      ]);
      const reported = new Set(plan.problems.filter((p) => p.row === i).map((p) => p.column));
      for (const field of requiredForCreate)
        if (!given.has(field.name) && !reported.has(field.label)) problem(field.label, "required");
      plan.creates.push(data);
    }
  });
  return plan;
}
