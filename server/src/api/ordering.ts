// `orderBy` for every entity: any scalar or enum field, and fields of to-one relations
// (e.g. { zone: { town: { name: ASC } } }); several keys sort in order, id last.
import { datamodel, resourceOf, resources } from "@p181/schema";
import type { InputObjectRef } from "@pothos/core";
import { GraphQLError } from "graphql";
import { canSeePersonalData, type Viewer } from "../auth/viewer.ts";
import { builder, type BuilderTypes, type InputFields } from "../builder.ts";

type Input = Record<string, unknown>;

export const SortOrder = builder.enumType("SortOrder", {
  description: "排序 | Sort direction.",
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});

const orderInputs = new Map<string, InputObjectRef<BuilderTypes, Input>>();

export function modelOrderBy(model: string): InputObjectRef<BuilderTypes, Input> {
  const existing = orderInputs.get(model);
  if (existing) return existing;
  const meta = datamodel.models[model]!;
  const hidden = resourceOf(model).hiddenFields;
  const ref = builder.inputRef<Input>(`${model}OrderBy`);
  orderInputs.set(model, ref);
  ref.implement({
    description: `Sort order of ${model} (${meta.label}): give one field per entry.`,
    fields: (t) => {
      const fields: InputFields<Input> = {};
      for (const field of meta.fields) {
        if (hidden.includes(field.name) || field.isList || field.type === "Json") continue;
        const description = `${field.label} | ${field.description}`;
        if (field.kind !== "object") fields[field.name] = t.field({ type: SortOrder, description });
        else if (resources[field.type]) fields[field.name] = t.field({ type: modelOrderBy(field.type), description });
      }
      return fields;
    },
  });
  return ref;
}

/** Refuses sorting by personal data (the order of everyone's age) for roles that may not see it. */
function assertSortable(model: string, entry: Input, viewer: Viewer | null): void {
  const resource = resourceOf(model);
  for (const [key, value] of Object.entries(entry)) {
    if (value === null || value === undefined) continue;
    if (resource.personalFields.includes(key) && !canSeePersonalData(viewer)) {
      throw new GraphQLError(`${model}.${key} is personal data and cannot be sorted by your role`, {
        extensions: { code: "FORBIDDEN", field: key },
      });
    }
    const field = datamodel.models[model]!.fields.find((f) => f.name === key);
    if (field?.kind === "object" && typeof value === "object") assertSortable(field.type, value as Input, viewer);
  }
}

/** Prisma orderBy with the id appended, so that offset pages are stable. */
export function toPrismaOrderBy(model: string, orderBy: Input[] | null | undefined, viewer: Viewer | null): Input[] {
  for (const entry of orderBy ?? []) assertSortable(model, entry, viewer);
  const entries = (orderBy ?? []).flatMap((entry) =>
    Object.entries(entry)
      .filter(([, direction]) => direction !== null && direction !== undefined)
      .map(([field, direction]) => ({ [field]: direction })),
  );
  return [...entries, { id: "asc" }];
}
