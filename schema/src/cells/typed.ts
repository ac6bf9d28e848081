// A cell of a file (CSV text, or an XLSX cell typed as number, date or boolean) → the value
// the API expects. Text goes through the same parser as typing and pasting (text.ts), so a
// file and a paste accept the same things; on top of it come the typed cells of XLSX:
// numbers, real dates, booleans, and dates stored as Excel serial numbers (41395 = 2013-05-01).
import { isBlank, type CellValue } from "../sheets.ts";
import { type CellField, type Parsed, pad, parseDate, parseText } from "./text.ts";

/** Excel's day 0 is 1899-12-30 (day 60 is the 29 February 1900 Excel believes in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** An Excel serial number → "YYYY-MM-DD" (and the time of day, if any), or null outside 1900-2100. */
export function excelSerialDate(
  serial: number,
): { date: string; hours: number; minutes: number; seconds: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial === 60 || serial >= 73_051) return null;
  const days = Math.floor(serial) < 60 ? serial + 1 : serial;
  const at = new Date(EXCEL_EPOCH + Math.round((days * DAY) / 1000) * 1000);
  return {
    date: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`,
    hours: at.getUTCHours(),
    minutes: at.getUTCMinutes(),
    seconds: at.getUTCSeconds(),
  };
}

/** A spreadsheet date (exceljs gives the wall-clock time as if it were UTC) as local time, ISO. */
function localIso(date: string, hours: number, minutes: number, seconds: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hours, minutes, seconds).toISOString();
}

/** Numbers as Excel shows them: 15 significant digits, so 0.1+0.2 is 0.3. */
export function excelNumberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function fromNumber(field: CellField, n: number): Parsed {
  switch (field.kind) {
    case "date":
    case "datetime": {
      const text = String(n);
      if (/^\d{8}$/.test(text)) return parseText(field, text); // 20130501
      const serial = excelSerialDate(n);
      if (!serial) return { ok: false, error: field.kind };
      return {
        ok: true,
        value:
          field.kind === "date" ? serial.date : localIso(serial.date, serial.hours, serial.minutes, serial.seconds),
      };
    }
    case "int":
      return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, error: "integer" };
    case "float":
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: "number" };
    case "decimal":
    case "boolean":
      return parseText(field, excelNumberText(n));
    case "reference":
      return { ok: true, lookup: excelNumberText(n) };
    default:
      // An 18-digit ID number typed as a number has already lost its last digits in Excel.
      if (Number.isInteger(n) && !Number.isSafeInteger(n)) return { ok: false, error: "long_number" };
      return parseText(field, excelNumberText(n));
  }
}

function fromDate(field: CellField, value: Date): Parsed {
  if (Number.isNaN(value.getTime())) return { ok: false, error: field.kind === "datetime" ? "datetime" : "date" };
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (field.kind === "date") return { ok: true, value: date };
  if (field.kind === "datetime")
    return { ok: true, value: localIso(date, value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()) };
  return parseText(field, date);
}

/** Parses one cell of a file for a field. References come back as `{ lookup }`: resolved later, by name, code or id. */
export function readCell(field: CellField, cell: CellValue): Parsed {
  if (isBlank(cell)) return parseText(field, "");
  if (typeof cell === "number") return fromNumber(field, cell);
  if (cell instanceof Date) return fromDate(field, cell);
  if (typeof cell === "boolean")
    return field.kind === "boolean" ? { ok: true, value: cell } : parseText(field, cell ? "是" : "否");
  const text = String(cell).trim();
  if (field.kind === "reference") return { ok: true, lookup: text };
  // A date column saved as CSV from a sheet whose cells were not formatted as dates: serial numbers.
  if ((field.kind === "date" || field.kind === "datetime") && /^\d{1,6}(\.\d+)?$/.test(text) && !parseDate(text))
    return fromNumber(field, Number(text));
  return parseText(field, text);
}
