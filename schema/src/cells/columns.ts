// Which field each column of a file fills: found by the Chinese label users know (as the
// list and the export show it), the field name, or its English form. Headers match whatever
// their case, spacing, "_" / "-", full-width forms, a trailing "*" and a bracketed part
// ("目标值 (value)"). The admin's import lets the user change each choice; loaders take it.
import { datamodel } from "../generated/datamodel.ts";
import { type EntityField, humanize } from "../fields.ts";
import { columnLetter, isBlank, type SheetRow } from "../sheets.ts";

export interface ColumnMapping {
  /** 0-based column index in the file. */
  index: number;
  /** The header as typed, and the column's letter (A, B, …). */
  header: string;
  letter: string;
  /** The field it fills, or null to ignore the column. */
  field: string | null;
}

export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .trim()
    .replace(/[*＊]+$/, "")
    .replace(/[\s_\-:：]+/g, "");
}

/** The names a header may give a field: its label, its own label (a foreign key's "…编号"), its name, its relation and their English forms. */
function namesOf(model: string, field: EntityField): string[] {
  const names = [field.label, field.meta.label, field.name, humanize(field.name)];
  if (field.relation) {
    const relation = datamodel.models[model]!.fields.find((f) => f.name === field.relation);
    names.push(field.relation, humanize(field.relation));
    if (relation) names.push(relation.label);
  }
  return names;
}

export function fieldForHeader(model: string, fields: EntityField[], header: string): EntityField | undefined {
  const wanted = normaliseHeader(header);
  if (!wanted) return undefined;
  const exact = fields.find((f) => namesOf(model, f).some((name) => normaliseHeader(name) === wanted));
  if (exact) return exact;
  // "目标值 (value)", "姓名（name）": either part names the field.
  const bracketed = /^(.*?)[(（[【](.*?)[)）\]】]$/.exec(header.trim());
  if (bracketed) {
    for (const part of [bracketed[1]!, bracketed[2]!]) {
      const found = part.trim() ? fieldForHeader(model, fields, part) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The header row: the first non-empty row that names at least one field (a title above the
 * table is skipped), else the first non-empty row. Returns its index in `rows`, or -1.
 */
export function findHeaderRow(model: string, fields: EntityField[], rows: SheetRow[]): number {
  const nonEmpty = rows.map((row, index) => ({ row, index })).filter(({ row }) => !row.cells.every(isBlank));
  const naming = nonEmpty.find(({ row }) =>
    row.cells.some((cell) => !isBlank(cell) && fieldForHeader(model, fields, String(cell)) !== undefined),
  );
  return (naming ?? nonEmpty[0])?.index ?? -1;
}

/** Maps each header cell to a field; a field already taken by an earlier column is not given twice. */
export function autoMap(
  model: string,
  fields: EntityField[],
  header: SheetRow,
  width = header.cells.length,
): ColumnMapping[] {
  const taken = new Set<string>();
  const mappings: ColumnMapping[] = [];
  for (let index = 0; index < width; index++) {
    const cell = header.cells[index];
    const text = isBlank(cell) ? "" : String(cell).trim();
    const field = text ? fieldForHeader(model, fields, text) : undefined;
    const free = field && !taken.has(field.name) ? field.name : null;
    if (free) taken.add(free);
    mappings.push({ index, header: text, letter: columnLetter(index), field: free });
  }
  return mappings;
}

/** How a column is named in messages: "所在党组织 (G)". */
export function columnName(mapping: Pick<ColumnMapping, "header" | "letter">, field?: EntityField): string {
  return `${field?.label ?? (mapping.header || "—")} (${mapping.letter})`;
}
