// What each field of an entity's GraphQL type is, decided once from the datamodel: the
// object types (objects.ts) and the compiled reads (compiled/) both follow it.
import { datamodel, resourceOf, resources, type FieldMeta } from "@p181/schema";

export type ObjectField =
  /** A column; personal ones are null for roles that may not see personal data. */
  | { kind: "column"; field: FieldMeta; personal: boolean }
  /** createdBy / updatedBy: the account's display name (AccountName). */
  | { kind: "account"; field: FieldMeta; column: string }
  | { kind: "toOne"; field: FieldMeta }
  | { kind: "list"; field: FieldMeta }
  /** `<list>Count`: the number of live related rows in the viewer's area. */
  | { kind: "count"; field: FieldMeta };

const isAuditUser = (field: FieldMeta) =>
  field.type === "User" &&
  !field.isList &&
  field.relationFields !== undefined &&
  /(CreatedBy|UpdatedBy)$/.test(field.relationName ?? "");

export function exposedFields(model: string): FieldMeta[] {
  const hidden = resourceOf(model).hiddenFields;
  return datamodel.models[model]!.fields.filter((f) => !hidden.includes(f.name));
}

const cache = new Map<string, Map<string, ObjectField>>();

/** The entity's GraphQL fields by name, in datamodel order (relations to non-entities are left out). */
export function objectFields(model: string): Map<string, ObjectField> {
  const found = cache.get(model);
  if (found) return found;
  const personal = resourceOf(model).personalFields;
  const fields = new Map<string, ObjectField>();
  for (const field of exposedFields(model)) {
    if (field.kind !== "object")
      fields.set(field.name, { kind: "column", field, personal: personal.includes(field.name) });
    else if (isAuditUser(field)) fields.set(field.name, { kind: "account", field, column: field.relationFields![0]! });
    else if (!datamodel.models[field.type] || !resources[field.type]) continue;
    else if (!field.isList) fields.set(field.name, { kind: "toOne", field });
    else {
      fields.set(field.name, { kind: "list", field });
      fields.set(`${field.name}Count`, { kind: "count", field });
    }
  }
  cache.set(model, fields);
  return fields;
}
