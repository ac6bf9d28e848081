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

/** Audit columns are written by the server, never by clients. */
export const AUDIT_FIELDS = new Set(["createdAt", "updatedAt", "createdById", "updatedById", "deletedAt"]);

export function isNumeric(field: FieldMeta): boolean {
  return field.kind === "scalar" && !field.isList && ["Int", "Float", "Decimal"].includes(field.type);
}
