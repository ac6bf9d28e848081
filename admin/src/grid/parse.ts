// Text typed into a cell or pasted from Excel/WPS → the value the API expects, and back.
// Accepts what spreadsheets produce: 2013/5/1, 2013-05-01, 2013年5月1日, 20130501;
// enum values by Chinese label or code; 是/否; lists separated by 、 , ; or newlines.
import { enumValueFrom } from "@p181/schema";
import { enumChoices, enumValueLabel, type AdminField } from "../metadata/fields.ts";

export type Parsed =
  | { ok: true; value: unknown }
  /** A reference given by its display text: resolved by a lookup on the target. */
  | { ok: true; lookup: string }
  /** `error` is a key under app.parse.* */
  | { ok: false; error: string; args?: Record<string, string> };

const LIST_SEPARATOR = /[、,，;；\n]+/;
const TRUE = new Set(["是", "true", "yes", "y", "1", "√", "✓", "对", "有"]);
const FALSE = new Set(["否", "false", "no", "n", "0", "×", "✗", "错", "无"]);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2013/5/1", "2013-05-01", "2013.5.1", "2013年5月1日", "20130501" → "2013-05-01"; null if not a real date. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date with an optional time ("2013/5/1 14:30"), read as local time → ISO. */
export function parseDateTime(text: string): string | null {
  const match = /^(.+?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  const date = match?.[1] ? parseDate(match[1]) : null;
  if (!match || !date) return null;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const local = new Date(year, month - 1, day, Number(match[2] ?? 0), Number(match[3] ?? 0), Number(match[4] ?? 0));
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

function numberText(text: string): string {
  return text.trim().replace(/[,，\s]/g, "");
}

/** The Chinese labels of the field's enum, for the error message. */
function enumOptions(field: AdminField): string {
  return (field.enumName ? enumChoices(field.enumName) : []).map((choice) => choice.name).join("、");
}

function enumValue(field: AdminField, text: string): Parsed {
  const value = field.enumName ? enumValueFrom(field.enumName, text) : undefined;
  return value ? { ok: true, value } : { ok: false, error: "enum", args: { options: enumOptions(field) } };
}

/** Parses text for a field; empty text is "no value" (null, or [] for lists). */
export function parseCell(field: AdminField, raw: string): Parsed {
  const text = raw.trim();
  if (text === "") {
    if (field.meta.isList) return { ok: true, value: [] };
    return field.required ? { ok: false, error: "required" } : { ok: true, value: null };
  }
  switch (field.kind) {
    case "int": {
      const n = numberText(text);
      return /^-?\d+$/.test(n) ? { ok: true, value: Number(n) } : { ok: false, error: "integer" };
    }
    case "float": {
      const n = Number(numberText(text));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: "number" };
    }
    case "decimal": {
      const n = numberText(text);
      return /^-?\d+(\.\d+)?$/.test(n) ? { ok: true, value: n } : { ok: false, error: "decimal" };
    }
    case "date": {
      const date = parseDate(text);
      return date ? { ok: true, value: date } : { ok: false, error: "date" };
    }
    case "datetime": {
      const value = parseDateTime(text);
      return value ? { ok: true, value } : { ok: false, error: "datetime" };
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { ok: true, value: true };
      if (FALSE.has(lower)) return { ok: true, value: false };
      return { ok: false, error: "boolean" };
    }
    case "enum":
      return enumValue(field, text);
    case "enumList": {
      const values: string[] = [];
      for (const part of text.split(LIST_SEPARATOR).filter(Boolean)) {
        const parsed = enumValue(field, part);
        if (!parsed.ok) return parsed;
        values.push((parsed as { value: string }).value);
      }
      return { ok: true, value: values };
    }
    case "textList":
      return {
        ok: true,
        value: text
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case "reference":
      return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: true, lookup: text };
    case "json":
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, error: "number" };
      }
    case "id":
      return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, error: "integer" };
    default:
      return { ok: true, value: text };
  }
}

/** A value as a cell shows it (and as an editor starts from): labels, 是/否, lists joined with 、. */
export function formatCell(field: AdminField, row: Record<string, any>): string {
  const value = row[field.name];
  if (value === null || value === undefined) return "";
  switch (field.kind) {
    case "enum":
      return field.enumName ? enumValueLabel(field.enumName, String(value)) : String(value);
    case "enumList":
      return (value as string[]).map((v) => (field.enumName ? enumValueLabel(field.enumName, v) : v)).join("、");
    case "textList":
      return (value as string[]).join("、");
    case "boolean":
      return value ? "是" : "否";
    case "reference": {
      const target = field.relation ? row[field.relation] : null;
      const display = target && field.targetDisplayField ? target[field.targetDisplayField] : null;
      return display !== null && display !== undefined && field.targetDisplayField !== "id"
        ? String(display)
        : String(value);
    }
    case "datetime": {
      const date = new Date(String(value));
      return Number.isNaN(date.getTime())
        ? String(value)
        : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
    }
    case "json":
      return JSON.stringify(value);
    default:
      return String(value);
  }
}
