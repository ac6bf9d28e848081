// Texts of import and export, Chinese and English. Problems found while parsing cells
// ("parse.*") use the grid's texts (app.parse.*) so a file and a paste say the same thing.
import { useLocaleState, useTranslate } from "ra-core";
import { useCallback } from "react";
import type { Message } from "./plan.ts";

const zh = {
  export: {
    button: "导出",
    csv: "导出 CSV（Excel 可直接打开）",
    xlsx: "导出 Excel（.xlsx）",
    progress: "正在导出 %{done} / %{total} 行…",
    done: "已导出 %{count} 行",
    failed: "导出失败：%{message}",
  },
  import: {
    button: "导入",
    menu: "数据导入",
    title: "从 Excel / CSV 导入",
    entity: "导入到",
    choose_entity: "请选择要导入的数据类别",
    read_only: "您的账号只能查看数据，没有可以导入的数据类别。",
    file: "选择文件（.xlsx 或 .csv）",
    template: "下载导入模板",
    steps: { file: "选择文件", mapping: "对应列", preview: "检查预览", done: "完成" },
    file_info: "文件 %{name}：表头在第 %{header} 行，共 %{rows} 行数据",
    mapping_help: "按表头自动对应了字段，可逐列修改；不需要的列选“忽略”。",
    column: "文件中的列",
    sample: "示例值",
    field: "对应字段",
    ignore: "（忽略此列）",
    required: "必填",
    back: "上一步",
    check: "检查数据",
    checking: "正在检查（解析单元格、查找关联记录）…",
    mode_upsert: "按%{key}更新已有记录，其余新增",
    mode_create: "全部作为新记录新增",
    summary: "共 %{rows} 行：新增 %{created} 行，更新 %{updated} 行，未变化 %{unchanged} 行",
    preview: "前 %{count} 行预览",
    row: "行号",
    action: "操作",
    action_create: "新增",
    action_update: "更新",
    action_unchanged: "未变化",
    problems: "发现 %{count} 个问题，没有写入任何数据。请修改文件后重新导入：",
    no_problems: "检查通过，可以导入。",
    nothing_to_write: "文件中的数据与系统中完全相同，无需导入。",
    commit: "导入 %{rows} 行",
    committing: "正在写入…",
    refused: "服务器拒绝了这次导入，没有写入任何数据。请修改文件后重新导入：",
    done: "导入成功：已写入 %{count} 行（新增 %{created}，更新 %{updated}；%{unchanged} 行与系统中相同，未改动）。",
    open_list: "查看列表",
    again: "导入另一个文件",
    choose_again: "重新选择文件",
    problem_row: "行",
    problem_column: "列",
    problem_message: "问题",
    whole_file: "整个文件",
  },
  problem: {
    no_columns: "没有任何一列对应到字段",
    missing_column: "缺少必填列",
    no_rows: "文件中没有数据行",
    too_many_rows: "一次最多导入 %{max} 行，文件有 %{count} 行，请分批导入",
    duplicate_key: "与第 %{row} 行的%{key}重复",
    duplicate_in_file: "文件中有相同%{key}的行",
    conflict: "已有相同%{key}的记录（可能不在您的管理范围内）",
    reference_not_found: "找不到%{entity}“%{value}”（请用%{by}）",
    reference_ambiguous: "“%{value}”对应多条%{entity}，请用%{by}区分",
  },
  parse: {
    long_number: "数字位数过多，Excel 已丢失末尾数字；请把该列设为文本格式后重新填写",
  },
  sheet: {
    unsupported_type: "不支持的文件类型 %{detail}，请使用 .xlsx 或 .csv",
    xls: "不支持旧的 .xls / .et 格式，请在 Excel 或 WPS 中另存为 .xlsx",
    unreadable: "无法读取此 Excel 文件：%{detail}",
    no_sheet: "工作簿中没有工作表",
    empty: "文件是空的",
  },
};

type Texts = typeof zh;

const en: Texts = {
  export: {
    button: "Export",
    csv: "Export CSV (opens in Excel)",
    xlsx: "Export Excel (.xlsx)",
    progress: "Exporting %{done} / %{total} rows…",
    done: "Exported %{count} rows",
    failed: "Export failed: %{message}",
  },
  import: {
    button: "Import",
    menu: "Import data",
    title: "Import from Excel / CSV",
    entity: "Import into",
    choose_entity: "Choose what to import",
    read_only: "Your account can only read: there is nothing you may import.",
    file: "Choose a file (.xlsx or .csv)",
    template: "Download a template",
    steps: { file: "File", mapping: "Columns", preview: "Check", done: "Done" },
    file_info: "File %{name}: header in row %{header}, %{rows} data rows",
    mapping_help: "Columns were matched to fields by their headers; change any of them, or ignore a column.",
    column: "Column in the file",
    sample: "Sample",
    field: "Field",
    ignore: "(ignore this column)",
    required: "required",
    back: "Back",
    check: "Check the data",
    checking: "Checking (cells, referenced records)…",
    mode_upsert: "Updates the records with the same %{key}, adds the others",
    mode_create: "Adds every row as a new record",
    summary: "%{rows} rows: %{created} new, %{updated} updated, %{unchanged} unchanged",
    preview: "First %{count} rows",
    row: "Row",
    action: "Action",
    action_create: "New",
    action_update: "Update",
    action_unchanged: "Unchanged",
    problems: "%{count} problems found; nothing was written. Fix the file and import it again:",
    no_problems: "No problems found: ready to import.",
    nothing_to_write: "The file holds exactly what is already there: nothing to import.",
    commit: "Import %{rows} rows",
    committing: "Writing…",
    refused: "The server refused the import; nothing was written. Fix the file and import it again:",
    done: "Imported %{count} rows (%{created} new, %{updated} updated; %{unchanged} already as in the file, left alone).",
    open_list: "Open the list",
    again: "Import another file",
    choose_again: "Choose the file again",
    problem_row: "Row",
    problem_column: "Column",
    problem_message: "Problem",
    whole_file: "Whole file",
  },
  problem: {
    no_columns: "No column is matched to a field",
    missing_column: "Required column missing",
    no_rows: "The file has no data rows",
    too_many_rows: "At most %{max} rows per import; the file has %{count}: split it",
    duplicate_key: "Same %{key} as row %{row}",
    duplicate_in_file: "Rows of the file share this %{key}",
    conflict: "A record with the same %{key} exists (maybe outside your area)",
    reference_not_found: "%{entity} “%{value}” not found (use its %{by})",
    reference_ambiguous: "“%{value}” matches several %{entity} records; use the %{by}",
  },
  parse: {
    long_number: "Too many digits: Excel has lost the last ones; format the column as text and type them again",
  },
  sheet: {
    unsupported_type: "Unsupported file type %{detail}: use .xlsx or .csv",
    xls: "Old .xls / .et files are not supported: save as .xlsx in Excel or WPS",
    unreadable: "Cannot read this Excel file: %{detail}",
    no_sheet: "The workbook has no worksheet",
    empty: "The file is empty",
  },
};

function lookup(texts: Texts, key: string): string | undefined {
  const found = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      texts,
    );
  return typeof found === "string" ? found : undefined;
}

function interpolate(text: string, args: Record<string, unknown> = {}): string {
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ""));
}

/** `t("import.commit", { rows: 3 })`, and `say(message)` for a problem's message. */
export function useImportTexts() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const texts = locale === "en" ? en : zh;
  const t = useCallback(
    (key: string, args?: Record<string, unknown>) => interpolate(lookup(texts, key) ?? key, args),
    [texts],
  );
  const say = useCallback(
    (message: Message) => {
      if ("text" in message) return message.text;
      const own = lookup(texts, message.key);
      if (own) return interpolate(own, message.args);
      if (message.key.startsWith("parse.")) return translate(`app.${message.key}`, message.args);
      return message.key;
    },
    [texts, translate],
  );
  return { t, say };
}

export const importTexts = { zh, en };
