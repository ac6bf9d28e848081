// What is wrong with one record, in both languages: a rule's SQL returns the values it found
// (JSON), and the rule words them with the datamodel's labels in Chinese and plain English
// names (enum codes never show as codes).
import { enumLabel, humanize } from "@p181/schema";
import { fieldLabel } from "./meta.ts";

/** The values a violation quotes, as the rule's SQL found them (dates as YYYY-MM-DD). */
export type DetailValues = Record<string, string | number | boolean | null>;

/** One text in Chinese (the default) and English. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** "termEnd" → "term end". */
function englishName(name: string): string {
  return humanize(name).toLowerCase();
}

/** An enum value: its Chinese label, and its code as English words ("SENIOR_HIGH" → "senior high"). */
export function enumWords(enumName: string, code: string): Bilingual {
  return { zh: enumLabel(enumName, code), en: code.toLowerCase().replaceAll("_", " ") };
}

/** A field's name: its Chinese label, and its name as English words. */
export function fieldWords(model: string, field: string): Bilingual {
  return { zh: fieldLabel(model, field), en: englishName(field) };
}

/** A value that may be missing: itself, or 空 / empty. */
export function orEmpty(value: string | number | boolean | null | undefined): Bilingual {
  return value === null || value === undefined || value === ""
    ? { zh: "空", en: "empty" }
    : { zh: String(value), en: String(value) };
}

/** "name value" pairs, joined: 阶段 已签约，签约日期 空 / stage signed, signed on empty. */
export function listed(pairs: [name: Bilingual, value: Bilingual][]): Bilingual {
  return {
    zh: pairs.map(([name, value]) => `${name.zh} ${value.zh}`).join("，"),
    en: pairs.map(([name, value]) => `${name.en} ${value.en}`).join(", "),
  };
}
