// What the admin needs to know about each field, derived once from @p181/schema: the
// kind of value (which input, cell editor and parser to use), references to other
// entities, and which fields are shown, written, searched and filtered by year.
import {
  AUDIT_FIELDS,
  datamodel,
  MAINTAINED_FIELDS,
  resources,
  type FieldMeta,
  type ModelMeta,
  type Resource,
} from "@p181/schema";

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

export interface AdminField {
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
  /** For references (foreign-key scalars): the relation field, the target model and its display field. */
  relation?: string;
  target?: string;
  targetDisplayField?: string;
}

export { AUDIT_FIELDS };

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

const cache = new Map<string, AdminField[]>();

/** Scalar and enum fields of a model (relations appear as their foreign-key scalar), in schema order. */
export function adminFields(model: string): AdminField[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const meta = modelOf(model);
  const resource = resourceFor(model);
  const fields = meta.fields
    .filter((f) => f.kind !== "object" && !resource.hiddenFields.includes(f.name))
    .map((field): AdminField => {
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
        ...(reference && target && kind === "reference"
          ? { relation: reference.name, target: target.model, targetDisplayField: target.displayField }
          : {}),
      };
    });
  cache.set(model, fields);
  return fields;
}

export function adminField(model: string, name: string): AdminField | undefined {
  return adminFields(model).find((f) => f.name === name);
}

/** Fields shown as grid columns and form inputs: everything but the audit and area columns. */
export function contentFields(model: string): AdminField[] {
  return adminFields(model).filter((f) => !MAINTAINED_FIELDS.has(f.name));
}

export function writableFields(model: string): AdminField[] {
  return adminFields(model).filter((f) => f.writable);
}

export function modelOf(model: string): ModelMeta {
  const meta = datamodel.models[model];
  if (!meta) throw new Error(`Unknown model ${model}`);
  return meta;
}

export function resourceFor(model: string): Resource {
  const resource = resources[model];
  if (!resource) throw new Error(`${model} is not an exposed entity`);
  return resource;
}

/**
 * The field the year filter applies to: a `year` number, else the first date that is not
 * personal data or an audit column (e.g. PartyMember.joinedOn, TrainingSession.heldOn).
 */
export function yearField(model: string): AdminField | undefined {
  const fields = contentFields(model);
  return (
    fields.find((f) => f.name === "year" && f.kind === "int") ??
    fields.find((f) => (f.kind === "date" || f.kind === "datetime") && !f.personal)
  );
}

/** A field holding a programme plan (AnnualTarget.plan, User.plans), for the plan filter. */
export function planField(model: string): AdminField | undefined {
  return adminFields(model).find((f) => f.enumName === "ProgrammePlan");
}

/** The Chinese label of an enum value, or the value itself when unknown. */
export function enumValueLabel(enumName: string, value: string): string {
  return datamodel.enums[enumName]?.values.find((v) => v.name === value)?.label ?? value;
}

export function enumChoices(enumName: string): { id: string; name: string }[] {
  return (datamodel.enums[enumName]?.values ?? []).map((v) => ({ id: v.name, name: v.label }));
}
