// How the import page shows a file's cells: as the user typed them, except dates, shown as
// they will be written.
import type { AdminField } from "../metadata/fields.ts";

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return value
      .toISOString()
      .slice(0, value.getUTCHours() || value.getUTCMinutes() ? 16 : 10)
      .replace("T", " ");
  return String(value);
}

/** A date as it will be written (an Excel serial or 2013/5/1 → 2013-05-01); anything else as in the file. */
export function shownValue(
  field: AdminField,
  values: Record<string, unknown>,
  cell: unknown,
  bad: boolean | undefined,
): string {
  const value = values[field.name];
  if (!bad && field.kind === "date" && typeof value === "string") return value;
  return cellText(cell);
}
