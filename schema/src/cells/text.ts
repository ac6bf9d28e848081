// Text typed into a cell, pasted from Excel/WPS or read from a file → the value the API
// expects. Accepts what spreadsheets produce: 2013/5/1, 2013-05-01, 2013年5月1日, 20130501;
// enum values by Chinese label or code; 是/否; lists separated by 、 , ; or newlines;
// full-width digits and letters as typed with a Chinese input method.
import { datamodel } from "../generated/datamodel.ts";
import type { FieldKind } from "../fields.ts";
import { checkIdentifier, IDENTIFIER_LABELS, type IdentifierFormat } from "../identifiers.ts";

/** What parsing needs to know of a field. */
export interface CellField {
  kind: FieldKind;
  required: boolean;
  enumName?: string;
  /** An identifier checked as such (ID number, phone, credit code). */
  format?: IdentifierFormat;
}

/** The reasons a cell is refused; each has a text in messages.ts. */
export type CellError =
  | "number"
  | "integer"
  | "decimal"
  | "date"
  | "datetime"
  | "boolean"
  | "enum"
  | "json"
  | "required"
  | "long_number"
  | "identifier";

export type Parsed =
  | { ok: true; value: unknown }
  /** A reference given by its display text or code: resolved by a lookup on the target (references.ts). */
  | { ok: true; lookup: string }
  | { ok: false; error: CellError; args?: Record<string, string> };

const LIST_SEPARATOR = /[、,，;；\n]+/;
const TRUE = new Set(["是", "true", "yes", "y", "1", "√", "✓", "对", "有"]);
const FALSE = new Set(["否", "false", "no", "n", "0", "×", "✗", "错", "无"]);

export const pad = (n: number): string => String(n).padStart(2, "0");

/** Trimmed, with full-width letters, digits and punctuation folded (２０１３ → 2013, （区） → (区)). */
export function folded(text: string): string {
  return text.normalize("NFKC").trim();
}

/** "2013/5/1", "2013-05-01", "2013.5.1", "2013年5月1日", "20130501" → "2013-05-01"; null if not a real date. */
export function parseDate(text: string): string | null {
  const trimmed = folded(text);
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
  const match = /^(.+?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(folded(text));
  const date = match?.[1] ? parseDate(match[1]) : null;
  if (!match || !date) return null;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const local = new Date(year, month - 1, day, Number(match[2] ?? 0), Number(match[3] ?? 0), Number(match[4] ?? 0));
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

/** "1,234.5", "１２３４.５" → "1234.5"; thousands separators only where they group by three. */
export function numberText(text: string): string {
  const compact = folded(text).replace(/\s/g, "");
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replaceAll(",", "") : compact;
}

/**
 * The enum value a text names: its code in any case (YOUNG_CADRES, young_cadres), its Chinese
 * label, or one part of a label with alternatives when only one value has it ("镇" or "街道"
 * for 镇/街道).
 */
export function enumValueOf(enumName: string, text: string): string | undefined {
  const values = datamodel.enums[enumName]?.values ?? [];
  const wanted = folded(text);
  const exact =
    values.find((v) => v.name === wanted.toUpperCase()) ?? values.find((v) => v.label.normalize("NFKC") === wanted);
  if (exact) return exact.name;
  const partial = values.filter((v) => v.label.normalize("NFKC").split("/").includes(wanted));
  return partial.length === 1 ? partial[0]!.name : undefined;
}

/** The Chinese labels of an enum, for the error message. */
function enumOptions(enumName: string | undefined): string {
  return (enumName ? (datamodel.enums[enumName]?.values ?? []) : []).map((v) => v.label).join("、");
}

function enumValue(field: CellField, text: string): Parsed {
  const value = field.enumName ? enumValueOf(field.enumName, text) : undefined;
  return value ? { ok: true, value } : { ok: false, error: "enum", args: { options: enumOptions(field.enumName) } };
}

const isList = (field: CellField) => field.kind === "enumList" || field.kind === "textList";

/** Parses text for a field; empty text is "no value" (null, or [] for lists). */
export function parseText(field: CellField, raw: string): Parsed {
  const text = raw.trim();
  if (text === "") {
    if (isList(field)) return { ok: true, value: [] };
    return field.required ? { ok: false, error: "required" } : { ok: true, value: null };
  }
  switch (field.kind) {
    case "int": {
      const n = numberText(text);
      return /^-?\d+$/.test(n) && Number.isSafeInteger(Number(n))
        ? { ok: true, value: Number(n) }
        : { ok: false, error: "integer" };
    }
    case "float": {
      const n = numberText(text);
      return n !== "" && Number.isFinite(Number(n)) ? { ok: true, value: Number(n) } : { ok: false, error: "number" };
    }
    case "decimal": {
      const n = numberText(text);
      return /^-?(\d+(\.\d*)?|\.\d+)$/.test(n)
        ? { ok: true, value: n.replace(/^(-?)\./, "$10.").replace(/\.$/, "") }
        : { ok: false, error: "decimal" };
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
      const lower = folded(text).toLowerCase();
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
        if (!parsed.ok || !("value" in parsed)) return parsed;
        values.push(parsed.value as string);
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
    case "reference": {
      const id = folded(text);
      return /^\d+$/.test(id) ? { ok: true, value: Number(id) } : { ok: true, lookup: text };
    }
    case "json":
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, error: "json" };
      }
    case "id": {
      const id = folded(text);
      return /^\d+$/.test(id) ? { ok: true, value: Number(id) } : { ok: false, error: "integer" };
    }
    default:
      return field.format ? identifier(field.format, text) : { ok: true, value: text };
  }
}

function identifier(format: IdentifierFormat, text: string): Parsed {
  const checked = checkIdentifier(format, text);
  if (checked.ok) return { ok: true, value: checked.value };
  const label = IDENTIFIER_LABELS[format];
  return {
    ok: false,
    error: "identifier",
    args: { label_zh: label.zh, label_en: label.en, reason_zh: checked.zh, reason_en: checked.en },
  };
}
