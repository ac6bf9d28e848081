// Fields tagged as identifiers (`/// @idNumber`, `@phone`, `@creditCode`) are checked on every
// write and stored in their canonical form (an ID number's x as X, a mobile number as its 11
// digits), with the same rules the admin's grid, import and the loaders apply (@p181/schema).
import { checkIdentifier, datamodel, IDENTIFIER_LABELS } from "@p181/schema";
import { invalid } from "./errors.ts";

type Input = Record<string, unknown>;

const formatted = new Map(
  Object.values(datamodel.models).map((model) => [model.name, model.fields.filter((field) => field.format)]),
);

/** The input with its identifiers in canonical form; a BAD_USER_INPUT naming the field and the rule otherwise. */
export function canonicalIdentifiers(model: string, input: Input): Input {
  const fields = formatted.get(model) ?? [];
  if (fields.length === 0) return input;
  const result = { ...input };
  for (const field of fields) {
    const value = input[field.name];
    if (typeof value !== "string" || !field.format) continue;
    const checked = checkIdentifier(field.format, value);
    if (checked.ok) {
      result[field.name] = checked.value;
      continue;
    }
    const label = IDENTIFIER_LABELS[field.format];
    throw invalid(model, field.name, `${label.zh}无效：${checked.zh} / not a valid ${label.en}: ${checked.en}`);
  }
  return result;
}
