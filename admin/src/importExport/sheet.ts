// An uploaded spreadsheet (XLSX or CSV) → its rows as the user sees them. The reading itself
// is @p181/schema/sheets, shared with the bulk loaders (scripts/).
import { readCsv, readXlsx, SheetError, type SheetRow } from "@p181/schema/sheets";

export {
  columnLetter,
  isBlank,
  loadExcel,
  readCsv,
  readXlsx,
  SheetError,
  type CellValue,
  type SheetRow,
} from "@p181/schema/sheets";

export interface Sheet {
  fileName: string;
  format: "csv" | "xlsx";
  rows: SheetRow[];
}

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
