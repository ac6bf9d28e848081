import type { EnumMeta, ModelMeta } from "./datamodel-types.ts";
import { datamodel } from "./generated/datamodel.ts";

export { datamodel };

export function modelMeta(model: string): ModelMeta {
  const meta = datamodel.models[model];
  if (!meta) throw new Error(`Unknown model ${model}`);
  return meta;
}

export function enumMeta(name: string): EnumMeta {
  const meta = datamodel.enums[name];
  if (!meta) throw new Error(`Unknown enum ${name}`);
  return meta;
}

/** The Chinese label of an enum value, e.g. enumLabel("ProgrammePlan", "TRAINING") → "百场讲学拉练大培训". */
export function enumLabel(name: string, value: string): string {
  const found = enumMeta(name).values.find((v) => v.name === value);
  if (!found) throw new Error(`Unknown value ${value} of enum ${name}`);
  return found.label;
}

/** The enum value with this code or Chinese label, or undefined. */
export function enumValueFrom(name: string, codeOrLabel: string): string | undefined {
  const text = codeOrLabel.trim();
  const values = enumMeta(name).values;
  return (values.find((v) => v.name === text.toUpperCase()) ?? values.find((v) => v.label === text))?.name;
}
