import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { townAdminPermissions } from "../testing/permissions.ts";
import { autoMap, findHeaderRow } from "@p181/schema/cells";
import { importableFields } from "./columns.ts";
import { fillingHint, toTemplate } from "./template.ts";
import { readXlsx } from "@p181/schema/sheets";

const townAdmin = townAdminPermissions;

describe("import template", () => {
  it("has a column per importable field that maps back to it, drop-downs of labels, and filling hints", async () => {
    const fields = importableFields("PartyMember", townAdmin);
    const bytes = new Uint8Array(await toTemplate("PartyMember", fields));
    const rows = await readXlsx(bytes);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells.slice(0, 3)).toEqual(["身份证号 *", "姓名 *", "性别 *"]);
    const header = findHeaderRow("PartyMember", fields, rows);
    expect(autoMap("PartyMember", fields, rows[header]!).map((m) => m.field)).toEqual(fields.map((f) => f.name));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["党员", "visible"],
      ["填写说明", "visible"],
      ["可选值", "hidden"],
    ]);
    expect(workbook.worksheets[0]!.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'可选值'!$A$1:$A$2"],
    });
    expect(workbook.worksheets[2]!.getColumn(1).values.filter(Boolean)).toEqual(["男", "女"]);
    const help = workbook.getWorksheet("填写说明")!;
    expect(help.getRow(2).values).toEqual([undefined, "身份证号", "是", "文字"]);
    expect(fillingHint(fields.find((f) => f.name === "organisationId")!)).toBe("党组织的名称、编码或编号");
    expect(fillingHint(fields.find((f) => f.name === "joinedOn")!)).toContain("2013/5/1");
  });
});
