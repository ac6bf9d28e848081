// What the admin needs to know about each field, derived once from @p181/schema: the
// kind of value (which input, cell editor and parser to use), references to other
// entities, and which fields are shown, written, searched and filtered by year.
import {
  datamodel,
  entityField,
  entityFields,
  MAINTAINED_FIELDS,
  resources,
  type EntityField,
  type ModelMeta,
  type Resource,
} from "@p181/schema";

export type { FieldKind } from "@p181/schema";
export { enumValueLabel } from "@p181/schema/cells";
export type AdminField = EntityField;
export const adminFields = entityFields;
export const adminField = entityField;

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

export function enumChoices(enumName: string): { id: string; name: string }[] {
  return (datamodel.enums[enumName]?.values ?? []).map((v) => ({ id: v.name, name: v.label }));
}
