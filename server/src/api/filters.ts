// `where` filters for every entity: per-field operators, relation filters
// (to-one; some/every/none for lists) and AND/OR/NOT, converted to Prisma where-objects.
import { datamodel, resourceOf, resources, type FieldMeta, type ModelMeta } from "@p181/schema";
import type { InputObjectRef, InputType } from "@pothos/core";
import { GraphQLError } from "graphql";
import { canSeePersonalData, type Viewer } from "../auth/viewer.ts";
import { builder, type BuilderTypes, type InputFields } from "../builder.ts";
import { enumRef } from "./enums.ts";
import { graphqlScalar, type ScalarName } from "./field-types.ts";

type Input = Record<string, unknown>;
export type Where = Record<string, unknown>;

const COMPARABLE = ["Int", "Float", "Decimal", "DateTime", "Date", "String"] as const;
const scalarFilters = new Map<string, InputObjectRef<BuilderTypes, Input>>();

function scalarFilter(name: string, type: ScalarName | string, description: string, isEnum = false) {
  const existing = scalarFilters.get(name);
  if (existing) return existing;
  const valueType: InputType<BuilderTypes> = isEnum ? enumRef(type) : (type as ScalarName);
  const comparable = (COMPARABLE as readonly string[]).includes(type) && !isEnum;
  const ref = builder.inputType(name, {
    description,
    fields: (t) => ({
      equals: t.field({ type: valueType }),
      not: t.field({ type: valueType, description: "Not equal to." }),
      in: t.field({ type: [valueType] }),
      notIn: t.field({ type: [valueType] }),
      isNull: t.boolean({ description: "true: no value; false: has a value." }),
      ...(comparable
        ? {
            lt: t.field({ type: valueType }),
            lte: t.field({ type: valueType }),
            gt: t.field({ type: valueType }),
            gte: t.field({ type: valueType }),
          }
        : {}),
      ...(type === "String"
        ? {
            contains: t.string({ description: "Contains the text (case-insensitive)." }),
            startsWith: t.string({ description: "Starts with the text (case-insensitive)." }),
            endsWith: t.string({ description: "Ends with the text (case-insensitive)." }),
          }
        : {}),
    }),
  });
  scalarFilters.set(name, ref as InputObjectRef<BuilderTypes, Input>);
  return ref as InputObjectRef<BuilderTypes, Input>;
}

function listFilter(name: string, type: string, isEnum: boolean) {
  const existing = scalarFilters.get(name);
  if (existing) return existing;
  const valueType: InputType<BuilderTypes> = isEnum ? enumRef(type) : (type as ScalarName);
  const ref = builder.inputType(name, {
    description: "Filter on a list of values.",
    fields: (t) => ({
      has: t.field({ type: valueType }),
      hasSome: t.field({ type: [valueType] }),
      hasEvery: t.field({ type: [valueType] }),
      isEmpty: t.boolean(),
    }),
  });
  scalarFilters.set(name, ref as InputObjectRef<BuilderTypes, Input>);
  return ref as InputObjectRef<BuilderTypes, Input>;
}

function fieldFilter(field: FieldMeta) {
  if (field.kind === "enum") {
    return field.isList
      ? listFilter(`${field.type}ListFilter`, field.type, true)
      : scalarFilter(`${field.type}Filter`, field.type, `Filter on a ${field.type} value.`, true);
  }
  const scalar = graphqlScalar(field);
  if (field.isList) return listFilter(`${scalar}ListFilter`, scalar, false);
  return scalarFilter(`${scalar}Filter`, scalar, `Filter on a ${scalar} value.`);
}

export function filterableFields(model: ModelMeta): FieldMeta[] {
  const resource = resourceOf(model.name);
  return model.fields.filter(
    (f) => !resource.hiddenFields.includes(f.name) && f.type !== "Json" && (f.kind !== "object" || resources[f.type]),
  );
}

const modelFilters = new Map<string, InputObjectRef<BuilderTypes, Input>>();
const listRelationFilters = new Map<string, InputObjectRef<BuilderTypes, Input>>();

/** `<Model>Filter`, created on first use so that relation filters can refer to each other. */
export function modelFilter(model: string): InputObjectRef<BuilderTypes, Input> {
  const existing = modelFilters.get(model);
  if (existing) return existing;
  const meta = datamodel.models[model]!;
  const ref = builder.inputRef<Input>(`${model}Filter`);
  modelFilters.set(model, ref);
  ref.implement({
    description: `Conditions on ${model} (${meta.label}); all given conditions must hold.`,
    fields: (t) => {
      const fields: InputFields<Input> = {
        AND: t.field({ type: [ref], description: "All of these." }),
        OR: t.field({ type: [ref], description: "At least one of these." }),
        NOT: t.field({ type: ref, description: "Not this." }),
      };
      for (const field of filterableFields(meta)) {
        const description = `${field.label} | ${field.description}`;
        if (field.kind !== "object") fields[field.name] = t.field({ type: fieldFilter(field), description });
        else if (field.isList) fields[field.name] = t.field({ type: listRelationFilter(field.type), description });
        else fields[field.name] = t.field({ type: modelFilter(field.type), description });
      }
      return fields;
    },
  });
  return ref;
}

function listRelationFilter(model: string): InputObjectRef<BuilderTypes, Input> {
  const existing = listRelationFilters.get(model);
  if (existing) return existing;
  const ref = builder.inputRef<Input>(`${model}ListFilter`);
  listRelationFilters.set(model, ref);
  ref.implement({
    description: `Conditions on a list of ${model} records (deleted ones are ignored).`,
    fields: (t) => ({
      some: t.field({ type: modelFilter(model), description: "At least one record matches." }),
      every: t.field({ type: modelFilter(model), description: "Every record matches." }),
      none: t.field({ type: modelFilter(model), description: "No record matches." }),
    }),
  });
  return ref;
}

const LIVE: Where = { deletedAt: null };

/** The text as a LIKE pattern matching it literally: Prisma passes contains/startsWith/endsWith to LIKE unescaped (prisma/prisma#19506). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

function scalarWhere(filter: Input, isString: boolean): Where {
  const { isNull, contains, startsWith, endsWith, ...rest } = filter;
  const where: Where = { ...rest };
  const text = { contains, startsWith, endsWith };
  for (const [op, value] of Object.entries(text)) {
    if (value !== undefined && value !== null)
      Object.assign(where, { [op]: likeLiteral(String(value)), mode: "insensitive" });
  }
  if (!isString) delete where.mode;
  if (isNull === true) return Object.keys(where).length ? { AND: [where, null] } : { equals: null };
  if (isNull === false) return { ...where, ...(where.not === undefined ? { not: null } : {}) };
  return where;
}

/** Converts a `<Model>Filter` input into a Prisma where-object (personal fields only for those allowed). */
export function toPrismaWhere(model: string, filter: Input | null | undefined, viewer: Viewer | null): Where {
  if (!filter) return {};
  const meta = datamodel.models[model]!;
  const personal = resourceOf(model).personalFields;
  const where: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === "AND" || key === "OR") {
      where.push({ [key]: (value as Input[]).map((item) => toPrismaWhere(model, item, viewer)) });
      continue;
    }
    if (key === "NOT") {
      where.push({ NOT: toPrismaWhere(model, value as Input, viewer) });
      continue;
    }
    const field = meta.fields.find((f) => f.name === key)!;
    if (personal.includes(key) && !canSeePersonalData(viewer)) {
      throw new GraphQLError(`${model}.${key} is personal data and cannot be filtered by your role`, {
        extensions: { code: "FORBIDDEN", field: key },
      });
    }
    if (field.kind !== "object") {
      // A required column is never null: isNull true matches nothing, false everything (Prisma refuses `not: null` there).
      const { isNull, ...others } = value as Input;
      if (field.isRequired && isNull !== undefined && isNull !== null) {
        if (isNull === true) where.push({ [key]: { in: [] } });
        if (Object.keys(others).length === 0) continue;
      }
      const condition = scalarWhere(
        field.isRequired ? others : (value as Input),
        field.type === "String" && !field.isList,
      );
      // isNull:true with other operators comes back as AND [others, null]; expand it here.
      if (Array.isArray(condition.AND)) {
        where.push({ [key]: condition.AND[0] }, { [key]: null });
      } else where.push({ [key]: condition });
    } else if (!field.isList) {
      where.push({ [key]: { is: toPrismaWhere(field.type, value as Input, viewer) } });
    } else {
      const { some, every, none } = value as Record<string, Input | undefined>;
      const target = field.type;
      const relation: Where = {};
      if (some) relation.some = { AND: [LIVE, toPrismaWhere(target, some, viewer)] };
      if (none) relation.none = { AND: [LIVE, toPrismaWhere(target, none, viewer)] };
      if (every) relation.every = { OR: [{ NOT: LIVE }, toPrismaWhere(target, every, viewer)] };
      where.push({ [key]: relation });
    }
  }
  return where.length === 1 ? where[0]! : where.length === 0 ? {} : { AND: where };
}
