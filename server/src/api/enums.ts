// Every Prisma enum as a GraphQL enum, with the labels from the doc comments.
import { datamodel } from "@p181/schema";
import type { EnumRef } from "@pothos/core";
import { builder, type BuilderTypes } from "../builder.ts";

export const enumRefs = new Map<string, EnumRef<BuilderTypes, string, string>>();

for (const meta of Object.values(datamodel.enums)) {
  enumRefs.set(
    meta.name,
    builder.enumType(meta.name, {
      description: `${meta.label} | ${meta.description}`,
      values: Object.fromEntries(meta.values.map((v) => [v.name, { description: `${v.label} | ${v.description}` }])),
    }),
  );
}

export function enumRef(name: string): EnumRef<BuilderTypes, string, string> {
  const ref = enumRefs.get(name);
  if (!ref) throw new Error(`Unknown enum ${name}`);
  return ref;
}
