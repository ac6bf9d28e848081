// The columns of a target file and how headers (English keys or Chinese headers) map to them.
import { entityFields } from "@p181/schema";
import { fieldForHeader, normaliseHeader } from "@p181/schema/cells";
import { columnLetter, isBlank, type CellValue, type SheetRow } from "@p181/schema/sheets";
import { problem, shown, type RowPosition, type TargetProblem } from "./problems.ts";

export const COLUMNS = [
  { key: "plan", header: "计划", required: true },
  { key: "year", header: "年度", required: true },
  { key: "scopeLevel", header: "目标层级", required: true },
  { key: "scopeCode", header: "范围编码", required: true },
  { key: "metric", header: "指标", required: true },
  { key: "value", header: "目标值", required: true },
  { key: "note", header: "备注", required: false },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]["key"];

export interface RawTargetRow {
  at: RowPosition;
  /** A key is absent when the file has no such column (or the JSON item no such key). */
  cells: Partial<Record<ColumnKey, CellValue>>;
}

/** One row of a sheet (CSV or XLSX) as it appears, with its 1-based row number. */
export interface MappedRows {
  rows: RawTargetRow[];
  problems: TargetProblem[];
  /** Required columns the header lacks: reported once at the header, not again for every row. */
  missingColumns: ColumnKey[];
}

const byName = new Map<string, ColumnKey>(
  COLUMNS.flatMap((column) => [
    [normaliseHeader(column.key), column.key],
    [normaliseHeader(column.header), column.key],
  ]),
);

/** "目标值 (value)" for a known column, the header in quotes otherwise. */
export function columnLabel(column: string): string {
  const known = COLUMNS.find((c) => c.key === column);
  return known ? `${known.header} (${known.key})` : JSON.stringify(column);
}

const targetFields = entityFields("AnnualTarget").filter((f) => byName.has(normaliseHeader(f.name)));

/** A column by its key or header here, else as the admin's import finds it (the field's label, English form…). */
export function columnForHeader(header: string): ColumnKey | undefined {
  return (
    byName.get(normaliseHeader(header)) ?? (fieldForHeader("AnnualTarget", targetFields, header)?.name as ColumnKey)
  );
}

/**
 * Maps a sheet's records to rows. The header is the first record naming a known column
 * (rows above it, such as a title over the table, are ignored), or else the first non-empty
 * record; empty rows are skipped.
 */
export function rowsFromSheet(records: SheetRow[]): MappedRows {
  const problems: TargetProblem[] = [];
  const nonEmpty = records.filter((record) => !record.cells.every(isBlank));
  const namesColumn = (record: SheetRow) =>
    record.cells.some((cell) => !isBlank(cell) && columnForHeader(String(cell)) !== undefined);
  const [header, ...data] = nonEmpty.slice(Math.max(0, nonEmpty.findIndex(namesColumn)));
  if (!header)
    return {
      rows: [],
      problems: [problem(undefined, undefined, "文件中没有表头和数据", "the file has no header and no data")],
      missingColumns: [],
    };

  const at: RowPosition = { kind: "row", number: header.number };
  const keyAt = new Map<number, ColumnKey>();
  const unknownAt = new Set<number>();
  const seen = new Map<ColumnKey, string>();
  header.cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const typed = String(cell).trim();
    const key = columnForHeader(typed);
    if (!key) {
      unknownAt.add(index);
      problems.push(unknownColumn(at, typed));
    } else if (seen.has(key)) {
      const both = `${JSON.stringify(seen.get(key))} 和 ${JSON.stringify(typed)}`;
      problems.push(
        problem(
          at,
          undefined,
          `${both} 重复，都表示 ${columnLabel(key)}`,
          `duplicate columns: both mean ${columnLabel(key)}`,
        ),
      );
    } else {
      seen.set(key, typed);
      keyAt.set(index, key);
    }
  });
  const missingColumns = COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.key);
  for (const key of missingColumns) problems.push(problem(at, key, "缺少此列", "the column is missing"));

  const rows = data.map((record): RawTargetRow => {
    const rowAt: RowPosition = { kind: "row", number: record.number };
    const cells: RawTargetRow["cells"] = {};
    for (const key of seen.keys()) cells[key] = null;
    record.cells.forEach((cell, index) => {
      const key = keyAt.get(index);
      if (key) cells[key] = isBlank(cell) ? null : (cell ?? null);
      else if (!unknownAt.has(index) && !isBlank(cell)) {
        const name = `第${index + 1}列 (${columnLetter(index)})`;
        problems.push(
          problem(
            rowAt,
            undefined,
            `${name}没有表头，值为 ${shown(cell)}`,
            `a value in column ${columnLetter(index)}, which has no header: ${shown(cell)}`,
          ),
        );
      }
    });
    return { at: rowAt, cells };
  });
  return { rows, problems, missingColumns };
}

/** Maps one item of a JSON array; its keys follow the same naming rules as sheet headers. */
export function rowFromObject(
  at: RowPosition,
  item: Record<string, unknown>,
): { row: RawTargetRow; problems: TargetProblem[] } {
  const problems: TargetProblem[] = [];
  const cells: RawTargetRow["cells"] = {};
  for (const [name, value] of Object.entries(item)) {
    const key = columnForHeader(name);
    if (!key) problems.push(unknownColumn(at, name));
    else if (key in cells)
      problems.push(
        problem(
          at,
          name,
          `与另一个键重复，都表示 ${columnLabel(key)}`,
          `duplicate key: another key already means ${columnLabel(key)}`,
        ),
      );
    else cells[key] = jsonCell(value);
  }
  return { row: { at, cells }, problems };
}

function jsonCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return isBlank(value) ? null : value;
  return JSON.stringify(value);
}

function unknownColumn(at: RowPosition, typed: string): TargetProblem {
  const known = COLUMNS.map((c) => columnLabel(c.key)).join(", ");
  return problem(at, typed, "未知的列", `unknown column; 可用的列 / the columns are: ${known}`);
}

/** Problems in the order the user reads the file: by row, then column. */
export function sortProblems(problems: TargetProblem[]): TargetProblem[] {
  const columnOrder = (column: string | undefined) => {
    const index = COLUMNS.findIndex((c) => c.key === column);
    return index < 0 ? COLUMNS.length : index;
  };
  return problems
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) =>
        (a.p.at?.number ?? 0) - (b.p.at?.number ?? 0) ||
        columnOrder(a.p.column) - columnOrder(b.p.column) ||
        a.index - b.index,
    )
    .map(({ p }) => p);
}
