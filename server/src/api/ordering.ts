// `orderBy` for every entity: any scalar or enum field, and fields of to-one relations
// (e.g. { zone: { town: { name: ASC } } }); several keys sort in order, id last.
import { datamodel, resourceOf, resources } from "@p181/schema";
import type { InputObjectRef } from "@pothos/core";
import { builder } from "../builder.ts";

type Input = Record<string, unknown>;

export const SortOrder = builder.enumType("SortOrder", {
  description: "排序 | Sort direction.",
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});

const orderInputs = new Map<string, InputObjectRef<any, Input>>();

export function modelOrderBy(model: string): InputObjectRef<any, Input> {
  const existing = orderInputs.get(model);
  if (existing) return existing;
  const meta = datamodel.models[model]!;
  const hidden = resourceOf(model).hiddenFields;
  const ref = builder.inputRef<Input>(`${model}OrderBy`);
  orderInputs.set(model, ref);
  ref.implement({
    description: `Sort order of ${model} (${meta.label}): give one field per entry.`,
    fields: (t) => {
      const fields: Record<string, any> = {};
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

/** Prisma orderBy with the id appended, so that offset pages are stable. */
export function toPrismaOrderBy(orderBy: Input[] | null | undefined): Input[] {
  const entries = (orderBy ?? []).flatMap((entry) =>
    Object.entries(entry)
      .filter(([, direction]) => direction !== null && direction !== undefined)
      .map(([field, direction]) => ({ [field]: direction })),
  );
  return [...entries, { id: "asc" }];
}
