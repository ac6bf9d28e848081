// Labels of models and fields, from the datamodel metadata (the Prisma doc comments).
import { modelMeta } from "@p181/schema";

export function modelLabel(model: string): string {
  return modelMeta(model).label;
}

export function fieldLabel(model: string, field: string): string {
  const meta = modelMeta(model).fields.find((f) => f.name === field);
  if (!meta) throw new Error(`Unknown field ${model}.${field}`);
  return meta.label;
}

/** "VolunteerTeam" → "volunteer-team", "termEnd" → "term-end". */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
