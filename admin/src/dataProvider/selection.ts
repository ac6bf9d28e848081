// GraphQL selection sets derived from the metadata: every scalar and enum field the API
// exposes, plus `{ id <displayField> }` of each to-one reference, so lists can show
// "东村党支部" instead of an id without a second request.
import { adminFields } from "../metadata/fields.ts";

const selections = new Map<string, string>();

export function selectionOf(model: string): string {
  const cached = selections.get(model);
  if (cached) return cached;
  const parts: string[] = [];
  for (const field of adminFields(model)) {
    parts.push(field.name);
    if (field.kind === "reference" && field.relation && field.targetDisplayField) {
      const display = field.targetDisplayField === "id" ? "" : ` ${field.targetDisplayField}`;
      parts.push(`${field.relation} { id${display} }`);
    }
  }
  const selection = `{ ${parts.join(" ")} }`;
  selections.set(model, selection);
  return selection;
}
