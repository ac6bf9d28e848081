// Which fields a client may write, and which child lists can be written nested.
import { datamodel, MAINTAINED_FIELDS, resourceOf, resources, type FieldMeta } from "@p181/schema";
import { canSeePersonalData, type Viewer } from "../../auth/viewer.ts";

export interface ChildRelation {
  field: FieldMeta;
  /** The child model. */
  target: string;
  /** The child's column pointing at the parent. */
  foreignKey: string;
  foreignKeyRequired: boolean;
}

const isAuditRelation = (field: FieldMeta) => /(CreatedBy|UpdatedBy)$/.test(field.relationName ?? "");

/** Scalar and enum fields a client may set (personal data only for roles that may see it). */
export function writableFields(model: string, viewer: Viewer | null): FieldMeta[] {
  const resource = resourceOf(model);
  return datamodel.models[model]!.fields.filter(
    (f) =>
      f.kind !== "object" &&
      !f.isId &&
      !f.isUpdatedAt &&
      !MAINTAINED_FIELDS.has(f.name) &&
      !resource.hiddenFields.includes(f.name) &&
      (!resource.personalFields.includes(f.name) || viewer === null || canSeePersonalData(viewer)),
  );
}

/** To-many relations whose rows point at this model: they can be created, updated and deleted nested. */
export function childRelations(model: string): ChildRelation[] {
  return datamodel.models[model]!.fields.flatMap((field) => {
    if (field.kind !== "object" || !field.isList || !resources[field.type] || isAuditRelation(field)) return [];
    const back = datamodel.models[field.type]!.fields.find(
      (f) => f.relationName === field.relationName && f.relationFields,
    );
    if (!back) return [];
    return [{ field, target: field.type, foreignKey: back.relationFields![0]!, foreignKeyRequired: back.isRequired }];
  });
}

/** Fields a create must provide (no default, not set by the server). */
export function requiredFields(model: string): FieldMeta[] {
  return writableFields(model, null).filter((f) => f.isRequired && !f.hasDefault);
}
