// Records as React-Admin holds them → the API's create/update inputs: only writable
// fields, in the types the API expects (Date as YYYY-MM-DD, DateTime as ISO, Decimal as
// a string, empty text as null), and for updates only what changed.
import { writableFields, type AdminField } from "../metadata/fields.ts";

type Values = Record<string, unknown>;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function toApiValue(field: AdminField, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === "string" && value.trim() === "" && !field.meta.isList)
    return field.kind === "text" && field.required ? "" : null;
  switch (field.kind) {
    case "date":
      if (value instanceof Date) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
      return String(value).slice(0, 10);
    case "datetime":
      return new Date(value as string).toISOString();
    case "decimal":
      return String(value).trim();
    case "int":
    case "reference":
      return typeof value === "number" ? value : Number(value);
    case "float":
      return typeof value === "number" ? value : Number(value);
    case "boolean":
      return Boolean(value);
    default:
      return value;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The input of a create (`previous` undefined) or an update (only changed fields). Personal
 * fields the viewer cannot see come back as null and are never sent unless really typed in.
 */
export function toInput(model: string, data: Values, previous?: Values): Values {
  const input: Values = {};
  for (const field of writableFields(model)) {
    if (!(field.name in data)) continue;
    const value = toApiValue(field, data[field.name]);
    if (value === undefined) continue;
    if (previous && same(value, toApiValue(field, previous[field.name]))) continue;
    if (!previous && value === null) continue;
    input[field.name] = value;
  }
  return input;
}
