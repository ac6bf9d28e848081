// The rows of a file under a column mapping: every cell parsed and checked, every problem
// named by the file's row number and column. Pure; references are resolved afterwards
// (references.ts) and the rows are written by one bulk mutation (commit.ts).
import { resourceFor, type AdminField } from "../metadata/fields.ts";
import { type ColumnMapping, columnName, deriveCodeReference, type DraftLookup, readCell } from "@p181/schema/cells";
import { isBlank, type SheetRow } from "@p181/schema/sheets";

/** The most rows one bulk mutation may write (server/src/api/mutations.ts MAX_BULK_ROWS). */
export const MAX_IMPORT_ROWS = 5_000;

/**
 * A message: `key` is a key of the import module's texts (messages.ts) or, under "parse.",
 * of the grid's parser (app.parse.*); `text` is a message as the server worded it.
 */
export type Message = { key: string; args?: Record<string, string | number> } | { text: string };

export interface Problem {
  /** The file's row number; undefined for the file as a whole. */
  row?: number;
  /** "所在党组织 (G)"; undefined for the whole row. */
  column?: string;
  field?: string;
  message: Message;
}

export interface ImportRow {
  /** The file's row number. */
  number: number;
  /** API values of the mapped fields (references once resolved). */
  values: Record<string, unknown>;
  lookups: DraftLookup[];
  problems: Problem[];
}

export interface ImportPlan {
  model: string;
  /** "upsert" on the natural key when the file has all its columns, else "create". */
  mode: "upsert" | "create";
  key: string[] | null;
  rows: ImportRow[];
  /** Problems of the file as a whole (missing columns, too many rows). */
  problems: Problem[];
}

export function keyOf(values: Record<string, unknown>, key: string[]): string {
  return JSON.stringify(key.map((f) => values[f] ?? null));
}

export function planImport(
  model: string,
  fields: AdminField[],
  mapping: ColumnMapping[],
  dataRows: SheetRow[],
): ImportPlan {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const mapped = mapping.filter((m) => m.field !== null && byName.has(m.field));
  const mappedFields = new Set(mapped.map((m) => m.field!));
  const naturalKey = resourceFor(model).naturalKey;
  const mode = naturalKey?.every((f) => mappedFields.has(f)) ? "upsert" : "create";
  const problems: Problem[] = [];

  if (mapped.length === 0) problems.push({ message: { key: "problem.no_columns" } });
  for (const field of fields) {
    if (field.required && !mappedFields.has(field.name))
      problems.push({ column: field.label, field: field.name, message: { key: "problem.missing_column" } });
  }
  const rows = dataRows.filter((row) => !row.cells.every(isBlank));
  if (rows.length === 0) problems.push({ message: { key: "problem.no_rows" } });
  if (rows.length > MAX_IMPORT_ROWS)
    problems.push({ message: { key: "problem.too_many_rows", args: { max: MAX_IMPORT_ROWS, count: rows.length } } });

  const columnOf = (name: string) => {
    const m = mapped.find((c) => c.field === name);
    return m ? columnName(m, byName.get(name)) : undefined;
  };
  const planned = rows.map((row): ImportRow => {
    const result: ImportRow = { number: row.number, values: {}, lookups: [], problems: [] };
    for (const m of mapped) {
      const field = byName.get(m.field!)!;
      const column = columnName(m, field);
      const parsed = readCell(field, row.cells[m.index] ?? null);
      if (!parsed.ok) {
        result.problems.push({
          row: row.number,
          column,
          field: field.name,
          message: { key: `parse.${parsed.error}`, args: parsed.args },
        });
      } else if ("lookup" in parsed) {
        result.lookups.push({ field, text: parsed.lookup, column });
      } else if (parsed.value !== null || mode === "upsert") {
        // A blank cell clears the field of an existing record; a new one just leaves it out.
        result.values[field.name] = parsed.value;
      }
    }
    deriveCodeReference(model, result, fields, columnOf);
    if (mode === "upsert") {
      for (const name of naturalKey!) {
        const blank = result.values[name] === null && !result.lookups.some((l) => l.field.name === name);
        const field = byName.get(name)!;
        const column = columnName(mapped.find((m) => m.field === name)!, field);
        if (blank && !result.problems.some((p) => p.field === name))
          result.problems.push({ row: row.number, column, field: name, message: { key: "parse.required" } });
      }
    }
    return result;
  });
  return { model, mode, key: mode === "upsert" ? naturalKey : null, rows: planned, problems };
}

/** Rows whose natural key repeats an earlier row's (checked once references are resolved). */
export function checkDuplicateKeys(plan: ImportPlan, fields: AdminField[]): void {
  if (!plan.key) return;
  const key = plan.key;
  const labels = key.map((f) => fields.find((field) => field.name === f)?.label ?? f).join(" + ");
  const first = new Map<string, number>();
  for (const row of plan.rows) {
    if (key.some((f) => row.values[f] === undefined || row.values[f] === null)) continue;
    const value = keyOf(row.values, key);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, row.number);
    else
      row.problems.push({
        row: row.number,
        column: labels,
        message: { key: "problem.duplicate_key", args: { row: earlier, key: labels } },
      });
  }
}

/** Every problem of the plan, the file's first, then by row. */
export function allProblems(plan: ImportPlan): Problem[] {
  return [...plan.problems, ...plan.rows.flatMap((row) => row.problems)];
}
