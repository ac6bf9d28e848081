// How datamodel fields map to GraphQL types.
import type { FieldMeta } from "@p181/schema";

export type ScalarName = "String" | "Int" | "Float" | "Boolean" | "DateTime" | "Date" | "Decimal" | "JSON";

export function graphqlScalar(field: FieldMeta): ScalarName {
  switch (field.type) {
    case "Int":
      return "Int";
    case "Float":
      return "Float";
    case "Boolean":
      return "Boolean";
    case "Decimal":
      return "Decimal";
    case "Json":
      return "JSON";
    case "DateTime":
      return field.dbType === "Date" ? "Date" : "DateTime";
    default:
      return "String";
  }
}

export function isNumeric(field: FieldMeta): boolean {
  return field.kind === "scalar" && !field.isList && ["Int", "Float", "Decimal"].includes(field.type);
}
