// What copying, clearing and filling down a selected block mean for the rows under it, as
// the grid's columns show them. Pure: the grid saves the changes (useGridWrites).
import { formatCell, parseText } from "@p181/schema/cells";
import type { AdminField } from "../metadata/fields.ts";
import type { Row } from "./editors.tsx";
import type { Rect } from "./range.ts";

type Values = Record<string, unknown>;

/** One row's part of a user action: the row as the user saw it, and its new values. */
export interface RowChange {
  id: Row["id"];
  base: Row;
  /** The changed fields (a reference's related record too, for showing it). */
  data: Values;
}

/** `rect` in data coordinates: indexes into `rows` and into `columns` (the visible columns). */
export interface Block {
  rows: Row[];
  columns: AdminField[];
  rect: Rect;
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function* cellsOf({ rows, columns, rect }: Block, fromRow = rect.top) {
  for (let r = fromRow; r <= Math.min(rect.bottom, rows.length - 1); r++)
    for (let c = rect.left; c <= Math.min(rect.right, columns.length - 1); c++)
      yield { row: rows[r]!, field: columns[c]! };
}

/** The block's cells as the user sees them (enum labels, reference names, 2013-05-01), for the clipboard. */
export function copyCells({ rows, columns, rect }: Block): string[][] {
  const copied: string[][] = [];
  for (let r = rect.top; r <= Math.min(rect.bottom, rows.length - 1); r++) {
    const cells: string[] = [];
    for (let c = rect.left; c <= Math.min(rect.right, columns.length - 1); c++)
      cells.push(formatCell(columns[c]!, rows[r]!));
    copied.push(cells);
  }
  return copied;
}

/** `field` set to `value` on `data`, with a reference's related record alongside. */
function put(data: Values, field: AdminField, value: unknown, source?: Row): void {
  data[field.name] = value;
  if (field.relation) data[field.relation] = source ? (source[field.relation] ?? null) : null;
}

function collect(changes: Map<Row["id"], RowChange>, row: Row): Values {
  let change = changes.get(row.id);
  if (!change) changes.set(row.id, (change = { id: row.id, base: row, data: {} }));
  return change.data;
}

export type ClearPlan = { changes: RowChange[] } | { required: AdminField[] };

/**
 * Delete on a block: every writable cell emptied. A required column in the block refuses the
 * whole clear (nothing is written); read-only columns are left as they are.
 */
export function planClear(block: Block): ClearPlan {
  const changes = new Map<Row["id"], RowChange>();
  const required = new Set<AdminField>();
  for (const { row, field } of cellsOf(block)) {
    if (!field.writable) continue;
    const empty = parseText(field, "");
    if (!empty.ok) {
      required.add(field);
      continue;
    }
    const value = "value" in empty ? empty.value : null;
    if (!sameValue(row[field.name], value)) put(collect(changes, row), field, value);
  }
  return required.size > 0 ? { required: [...required] } : { changes: [...changes.values()] };
}

/**
 * Ctrl+D: the block's first row copied into the rows below it, column by column; a block of
 * one row takes the row above it, as in Excel.
 */
export function planFillDown(block: Block): RowChange[] {
  const { rows, rect } = block;
  const sourceIndex = rect.bottom > rect.top ? rect.top : rect.top - 1;
  const source = rows[sourceIndex];
  if (!source) return [];
  const changes = new Map<Row["id"], RowChange>();
  for (const { row, field } of cellsOf(block, sourceIndex + 1)) {
    if (!field.writable) continue;
    if (!sameValue(row[field.name], source[field.name])) put(collect(changes, row), field, source[field.name], source);
  }
  return [...changes.values()];
}
