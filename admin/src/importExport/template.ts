// The import template of an entity: one column per field the user may fill (required ones
// marked *), drop-down lists of the Chinese labels for enum columns, and a sheet that says
// how to fill each column.
import { enumChoices, resourceFor, type AdminField } from "../metadata/fields.ts";
import { lookupFields } from "@p181/schema/cells";
import { loadExcel } from "@p181/schema/sheets";

/** Rows of the template that get the drop-down lists. */
const TEMPLATE_ROWS = 1000;
const CHOICES_SHEET = "可选值";

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** How to fill a column, in the words of the list: formats, choices, what a reference is given by. */
export function fillingHint(field: AdminField): string {
  switch (field.kind) {
    case "date":
      return "日期，如 2013-05-01 或 2013/5/1";
    case "datetime":
      return "日期和时间，如 2013-05-01 14:30";
    case "int":
      return "整数";
    case "float":
    case "decimal":
      return "数字，如 12.5";
    case "boolean":
      return "是 / 否";
    case "enum":
      return `下列之一：${enumChoices(field.enumName!)
        .map((c) => c.name)
        .join("、")}`;
    case "enumList":
      return `下列中的一个或多个，用“、”分隔：${enumChoices(field.enumName!)
        .map((c) => c.name)
        .join("、")}`;
    case "textList":
      return "一个或多个，用“、”分隔";
    case "reference": {
      const target = resourceFor(field.target!);
      const by = lookupFields(target.model).map((name) =>
        name === target.displayField ? "名称" : name === "code" ? "编码" : name,
      );
      return `${target.label}的${[...by, "编号"].join("、").replace(/、([^、]*)$/, "或$1")}`;
    }
    default:
      return "文字";
  }
}

export async function toTemplate(model: string, fields: AdminField[]): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const label = resourceFor(model).label;
  const sheet = workbook.addWorksheet(label.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const help = workbook.addWorksheet("填写说明");
  const choices = workbook.addWorksheet(CHOICES_SHEET, { state: "hidden" });

  sheet.columns = fields.map((field) => ({
    header: `${field.label}${field.required ? " *" : ""}`,
    key: field.name,
    width: Math.min(40, Math.max(10, field.label.length * 2 + 4)),
    // Text cells, so 18-digit ID numbers and codes such as 001 stay as typed.
    ...(field.kind === "text" ? { style: { numFmt: "@" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };

  let choiceColumn = 0;
  fields.forEach((field, index) => {
    if (field.kind !== "enum" && field.kind !== "boolean") return;
    const values = field.kind === "boolean" ? ["是", "否"] : enumChoices(field.enumName!).map((c) => c.name);
    const letter = columnLetter(choiceColumn++);
    values.forEach((value, i) => {
      choices.getCell(`${letter}${i + 1}`).value = value;
    });
    const validation = {
      type: "list" as const,
      allowBlank: !field.required,
      formulae: [`'${CHOICES_SHEET}'!$${letter}$1:$${letter}$${values.length}`],
      showErrorMessage: true,
      errorTitle: field.label,
      error: fillingHint(field),
    };
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) sheet.getCell(row, index + 1).dataValidation = validation;
  });

  help.columns = [
    { header: "列", key: "column", width: 24 },
    { header: "必填", key: "required", width: 8 },
    { header: "填写方法", key: "hint", width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const field of fields)
    help.addRow({ column: field.label, required: field.required ? "是" : "", hint: fillingHint(field) });
  const key = resourceFor(model).naturalKey;
  if (key) {
    help.addRow({});
    help.addRow({
      column: "说明",
      hint: `${key.map((name) => fields.find((f) => f.name === name)?.label ?? name).join(" + ")}相同的行更新已有记录，其余新增。`,
    });
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
