// The labels a report shows, in the admin's language: column names (columns.* in the
// catalogue: the API's Chinese labels, or English), and enum values such as plans and metrics
// (the datamodel's Chinese labels, or the code as English words).
import { useLocaleState, useTranslate } from "ra-core";
import type { ColumnKey } from "../i18n/report-messages.ts";
import { enumValueLabel } from "../metadata/fields.ts";
import { codeWords } from "./labels.ts";

export function useLabels() {
  const t = useTranslate();
  const [locale] = useLocaleState();
  const english = locale === "en";
  const enumValue = (enumName: string, code: string) => (english ? codeWords(code) : enumValueLabel(enumName, code));
  return {
    english,
    column: (key: ColumnKey) => t(`columns.${key}`),
    enumValue,
    plan: (code: string) => enumValue("ProgrammePlan", code),
    metric: (code: string) => enumValue("TargetMetric", code),
    /** Choices of an enum for a drop-down, in the admin's language. */
    choices: (enumName: string, codes: readonly string[]) => codes.map((id) => ({ id, name: enumValue(enumName, id) })),
  };
}
