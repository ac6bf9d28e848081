// A spreadsheet file (CSV or XLSX) → its rows as the user sees them, with their row numbers:
// the one reader of the admin's import and the bulk loaders (scripts/). CSV in UTF-8 with or
// without BOM, else GB18030 (what Excel and WPS save on Chinese Windows); XLSX cells read as
// shown: rich text as text, formulas as their result, dates as dates.
import type { CellValue as ExcelCellValue, Workbook } from "exceljs";
import Papa from "papaparse";

/** A cell as read from a file, before it is checked against a field. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based row number in the file, as Excel shows it. */
  number: number;
  cells: CellValue[];
}

/** The file cannot be read at all. `code` names the reason (the admin words it from its messages). */
export class SheetError extends Error {
  constructor(
    readonly code: "unsupported_type" | "xls" | "unreadable" | "no_sheet",
    readonly detail = "",
  ) {
    super(detail || code);
    this.name = "SheetError";
  }
}

/** Loads exceljs only when a workbook is read or written: it is large, and most admin pages never need it. */
export async function loadExcel(): Promise<typeof import("exceljs")> {
  const module = await import("exceljs");
  return ((module as { default?: typeof import("exceljs") }).default ?? module) as typeof import("exceljs");
}

/** UTF-8 (a BOM is dropped); bytes that are not valid UTF-8 are read as GB18030, a superset of GBK. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("gb18030").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

/** The rows of a CSV file, and what is malformed in it (an unclosed quote…), by 1-based row. */
export function parseCsv(bytes: Uint8Array): { rows: SheetRow[]; errors: { row?: number; message: string }[] } {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { header: false, skipEmptyLines: false });
  return {
    // One record per spreadsheet row, even when a quoted cell spans several lines.
    rows: parsed.data.map((cells, index) => ({
      number: index + 1,
      cells: cells.map((cell) => (cell === "" ? null : cell)),
    })),
    errors: parsed.errors
      .filter((error) => error.code !== "UndetectableDelimiter")
      .map((error) => ({ row: error.row === undefined ? undefined : error.row + 1, message: error.message })),
  };
}

export function readCsv(bytes: Uint8Array): SheetRow[] {
  return parseCsv(bytes).rows;
}

/** The rows of the first visible worksheet that has any (else the first). */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const ExcelJS = await loadExcel();
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (error) {
    throw new SheetError("unreadable", (error as Error).message);
  }
  const sheet = workbook.worksheets.find((s) => s.state !== "hidden" && s.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new SheetError("no_sheet");
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = xlsxCellValue(cell.value);
    });
    rows.push({ number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

/** What the user sees in the cell: rich text as plain text, a formula as its computed result. */
export function xlsxCellValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    // A formula saved without a cached result (written by a program, never opened in Excel):
    // shown as the formula, so that the check of the cell says what is wrong.
    if (value.result === undefined) return `=${value.formula ?? ("sharedFormula" in value ? value.sharedFormula : "")}`;
    return xlsxCellValue(value.result as ExcelCellValue);
  }
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return xlsxCellValue(value.text as ExcelCellValue);
  return JSON.stringify(value);
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A, B, … Z, AA, AB … for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface Sheet {
  fileName: string;
  format: "csv" | "xlsx";
  rows: SheetRow[];
}

/** The format a file's name says it has; old .xls/.et binaries are refused with their own reason. */
export function formatOfName(name: string): "csv" | "xlsx" {
  const extension = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";
  if (extension === ".csv" || extension === ".txt") return "csv";
  if (extension === ".xlsx") return "xlsx";
  throw new SheetError(extension === ".xls" || extension === ".et" ? "xls" : "unsupported_type", extension || name);
}

export async function readSheet(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  const format = formatOfName(fileName);
  const rows = format === "csv" ? readCsv(bytes) : await readXlsx(bytes);
  return { fileName, format, rows };
}
