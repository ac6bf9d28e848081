// Valid sample values for any entity, derived from the datamodel, so tests can write
// every entity without a hand-written fixture per model.
import {
  creditCodeCheckCharacter,
  datamodel,
  type FieldMeta,
  type IdentifierFormat,
  idNumberCheckCharacter,
} from "@p181/schema";
import type { PrismaClient } from "@p181/db";
import { requiredFields } from "../api/write/fields.ts";
import { modelDelegate } from "../database/delegates.ts";

let counter = 0;

/** A value of the field's type that satisfies the domain rules (long experience, highest education…). */
export function sampleValue(field: FieldMeta): unknown {
  counter += 1;
  if (field.kind === "enum") {
    const values = datamodel.enums[field.type]!.values;
    const value = field.type === "Education" ? values[values.length - 1]!.name : values[0]!.name;
    return field.isList ? [value] : value;
  }
  if (field.isList) return [];
  if (field.format) return sampleIdentifier(field.format, counter);
  switch (field.type) {
    case "String":
      return `样例${counter}`;
    case "Int":
      return field.name === "year" || field.name.endsWith("Year") ? 2013 : 10;
    case "Float":
      return 1.5;
    case "Decimal":
      return "10";
    case "Boolean":
      return true;
    case "DateTime":
      return field.dbType === "Date" ? "2013-06-01" : "2013-06-01T08:00:00.000Z";
    default:
      return null;
  }
}

/** A valid, unique identifier: an ID number born `n` days after 1960-01-01, a mobile number, a credit code. */
function sampleIdentifier(format: IdentifierFormat, n: number): string {
  switch (format) {
    case "idNumber": {
      const birth = new Date(Date.UTC(1960, 0, 1 + n)).toISOString().slice(0, 10).replaceAll("-", "");
      const body = `321181${birth}001`;
      return body + idNumberCheckCharacter(body);
    }
    case "phone":
      return `139${String(n).padStart(8, "0")}`;
    case "creditCode": {
      const body = `91321181${String(n).padStart(9, "0")}`;
      return body + creditCodeCheckCharacter(body);
    }
  }
}

/** GraphQL create input for a model: sample scalars, foreign keys to freshly made parents. */
export async function sampleInput(prisma: PrismaClient, model: string): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  const relations = datamodel.models[model]!.fields.filter(
    (f) => f.kind === "object" && f.relationFields && f.isRequired,
  );
  for (const field of requiredFields(model)) {
    const relation = relations.find((r) => r.relationFields![0] === field.name);
    input[field.name] = relation ? await sampleRow(prisma, relation.type) : sampleValue(field);
  }
  return input;
}

/** Creates a row of the model directly (with its own parents) and returns its id. */
export async function sampleRow(prisma: PrismaClient, model: string): Promise<number> {
  const data = await sampleInput(prisma, model);
  for (const field of requiredFields(model)) {
    if (field.type === "DateTime" && typeof data[field.name] === "string")
      data[field.name] = new Date(String(data[field.name]));
  }
  return (await modelDelegate(prisma, model).create({ data, select: { id: true } })).id;
}

/** The first plain String field a test can change, if any. */
export function editableText(model: string): FieldMeta | undefined {
  return datamodel.models[model]!.fields.find(
    (f) =>
      f.kind === "scalar" &&
      f.type === "String" &&
      !f.isList &&
      !f.isId &&
      !f.isUnique &&
      !f.name.endsWith("Id") &&
      !["idNumber", "phone", "scopeCode"].includes(f.name),
  );
}
