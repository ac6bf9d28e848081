// A value as a cell shows it, as an editor starts from it and as an export writes it: the
// inverse of text.ts (enum labels, 是/否, lists joined with 、, references by their name).
import { datamodel } from "../generated/datamodel.ts";
import type { EntityField } from "../fields.ts";
import { pad } from "./text.ts";

/** The Chinese label of an enum value, or the value itself when unknown. */
export function enumValueLabel(enumName: string, value: string): string {
  return datamodel.enums[enumName]?.values.find((v) => v.name === value)?.label ?? value;
}

type Row = Record<string, unknown>;

export function formatCell(field: EntityField, row: Row): string {
  const value = row[field.name];
  if (value === null || value === undefined) return "";
  const label = (v: unknown) => (field.enumName ? enumValueLabel(field.enumName, String(v)) : String(v));
  switch (field.kind) {
    case "enum":
      return label(value);
    case "enumList":
      return (value as unknown[]).map(label).join("、");
    case "textList":
      return (value as unknown[]).join("、");
    case "boolean":
      return value ? "是" : "否";
    case "reference": {
      const target = field.relation ? (row[field.relation] as Row | null | undefined) : null;
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
