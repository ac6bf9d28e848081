// What each refusal of a cell says, in the admin's two languages; the admin's grid and import
// and the loaders word a bad cell the same way. `%{name}` marks an argument (polyglot syntax).
import type { CellError } from "./text.ts";

type CellTexts = Record<CellError | "reference" | "ambiguous", string>;

export const CELL_MESSAGES: { zh: CellTexts; en: CellTexts } = {
  zh: {
    number: "不是有效的数字",
    integer: "不是整数",
    decimal: "不是有效的数值（如 12.5）",
    date: "不是有效的日期（如 2013-05-01 或 2013/5/1）",
    datetime: "不是有效的时间",
    boolean: "应为 是/否",
    enum: "不是可选值之一：%{options}",
    json: "不是有效的 JSON",
    required: "必填",
    long_number: "数字位数过多，Excel 已丢失末尾数字；请把该列设为文本格式后重新填写",
    identifier: "%{label_zh}无效：%{reason_zh}",
    reference: "找不到“%{value}”",
    ambiguous: "“%{value}”对应多条记录，请用编号",
  },
  en: {
    number: "is not a number",
    integer: "is not a whole number",
    decimal: "is not a decimal number (e.g. 12.5)",
    date: "is not a date (e.g. 2013-05-01 or 2013/5/1)",
    datetime: "is not a date and time",
    boolean: "should be yes/no (是/否)",
    enum: "is not one of: %{options}",
    json: "is not valid JSON",
    required: "is required",
    long_number: "Too many digits: Excel has lost the last ones; format the column as text and type them again",
    identifier: "not a valid %{label_en}: %{reason_en}",
    reference: "\u201c%{value}\u201d not found",
    ambiguous: "\u201c%{value}\u201d matches several records; use the id",
  },
};

/** A refusal worded in one language, its arguments filled in. */
export function cellMessage(
  language: keyof typeof CELL_MESSAGES,
  error: keyof CellTexts,
  args: Record<string, string> = {},
): string {
  return CELL_MESSAGES[language][error].replace(/%\{(\w+)\}/g, (_, name: string) => args[name] ?? "");
}
