// What a client needs to know about each field of an entity, derived once from the datamodel:
// the kind of value (which input, cell editor and parser to use), references to other
// entities, and whether it is required, writable or personal data. The admin's grid and
// forms, the import and the loaders read fields through this one description.
import { datamodel } from "./generated/datamodel.ts";
import type { FieldMeta } from "./datamodel-types.ts";
import type { IdentifierFormat } from "./identifiers.ts";
import { AUDIT_FIELDS, MAINTAINED_FIELDS, resourceOf, resources } from "./resources.ts";

export type FieldKind =
  | "id"
  | "text"
  | "int"
  | "float"
  | "decimal"
  | "date"
  | "datetime"
  | "boolean"
  | "enum"
  | "enumList"
  | "textList"
  | "json"
  | "reference";

export interface EntityField {
  name: string;
  label: string;
  description: string;
  kind: FieldKind;
  meta: FieldMeta;
  required: boolean;
  /** Clients may write it (not the id, audit columns or hidden fields). */
  writable: boolean;
  /** Personal data: null for roles that may not see it. */
  personal: boolean;
  /** For enums and enum lists: the enum name. */
  enumName?: string;
  /** An identifier checked as such (`/// @idNumber`, `@phone`, `@creditCode`). */
  format?: IdentifierFormat;
  /** For references (foreign-key scalars): the relation field, the target model and its display field. */
  relation?: string;
  target?: string;
  targetDisplayField?: string;
}

function kindOf(field: FieldMeta, reference: FieldMeta | undefined): FieldKind {
  if (field.isId) return "id";
  if (reference) return "reference";
  if (field.kind === "enum") return field.isList ? "enumList" : "enum";
  if (field.isList) return "textList";
  switch (field.type) {
    case "Int":
      return "int";
    case "Float":
      return "float";
    case "Decimal":
      return "decimal";
    case "Boolean":
      return "boolean";
    case "Json":
      return "json";
    case "DateTime":
      return field.dbType === "Date" ? "date" : "datetime";
    default:
      return "text";
  }
}

const cache = new Map<string, EntityField[]>();

/** Scalar and enum fields of an entity (relations appear as their foreign-key scalar), in schema order. */
export function entityFields(model: string): EntityField[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const meta = datamodel.models[model];
  if (!meta) throw new Error(`Unknown model ${model}`);
  const resource = resourceOf(model);
  const fields = meta.fields
    .filter((f) => f.kind !== "object" && !resource.hiddenFields.includes(f.name))
    .map((field): EntityField => {
      const reference = meta.fields.find(
        (r) =>
          r.kind === "object" && !r.isList && r.relationFields?.[0] === field.name && resources[r.type] !== undefined,
      );
      const target = reference ? resources[reference.type] : undefined;
      const kind = kindOf(field, AUDIT_FIELDS.has(field.name) ? undefined : reference);
      return {
        name: field.name,
        // A foreign key reads as its relation: "所在党组织", not "所在党组织编号".
        label: kind === "reference" && reference ? reference.label : field.label,
        description: field.description,
        kind,
        meta: field,
        required: field.isRequired && !field.hasDefault && !field.isList,
        writable: !field.isId && !field.isUpdatedAt && !MAINTAINED_FIELDS.has(field.name),
        personal: resource.personalFields.includes(field.name),
        ...(field.kind === "enum" ? { enumName: field.type } : {}),
        ...(field.format ? { format: field.format } : {}),
        ...(reference && target && kind === "reference"
          ? { relation: reference.name, target: target.model, targetDisplayField: target.displayField }
          : {}),
      };
    });
  cache.set(model, fields);
  return fields;
}

export function entityField(model: string, name: string): EntityField | undefined {
  return entityFields(model).find((f) => f.name === name);
}

/** "joinedOn" → "Joined on": a field or model name as English words. */
export function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
