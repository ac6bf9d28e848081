import { describe, expect, it } from "vitest";
import type { Permissions } from "../auth/permissions.ts";
import { townAdminPermissions } from "../testing/permissions.ts";
import { autoMap, fieldForHeader, findHeaderRow } from "@p181/schema/cells";
import { importableFields } from "./columns.ts";
import { allProblems, checkDuplicateKeys, planImport } from "./plan.ts";
import type { SheetRow } from "@p181/schema/sheets";

const townAdmin = townAdminPermissions;
const viewerLike: Permissions = {
  role: "PLAN_OFFICER",
  username: "officer",
  townId: null,
  zoneId: null,
  plans: ["VOLUNTEERS"],
  canWrite: true,
};
const fields = importableFields("PartyMember", townAdmin);
const rows = (...cells: (string | number | Date | null)[][]): SheetRow[] =>
  cells.map((c, i) => ({ number: i + 1, cells: c }));

describe("matching columns to fields", () => {
  it("finds fields by Chinese label, field name, relation, English form and bracketed headers", () => {
    const name = (header: string) => fieldForHeader("PartyMember", fields, header)?.name;
    expect(name("姓名")).toBe("name");
    expect(name(" 身份证号 * ")).toBe("idNumber");
    expect(name("所在党组织")).toBe("organisationId");
    expect(name("所在党组织编号")).toBe("organisationId");
    expect(name("organisation")).toBe("organisationId");
    expect(name("organisationId")).toBe("organisationId");
    expect(name("Joined on")).toBe("joinedOn");
    expect(name("joined_on")).toBe("joinedOn");
    expect(name("入党日期 (joinedOn)")).toBe("joinedOn");
    expect(name("ＩＤ Number")).toBe("idNumber");
    expect(name("备注说明")).toBeUndefined();
    expect(name("编号")).toBeUndefined(); // the id is never imported
  });

  it("leaves out personal data for roles that may not see it", () => {
    expect(fields.map((f) => f.name)).toContain("idNumber");
    expect(importableFields("PartyMember", viewerLike).map((f) => f.name)).not.toContain("idNumber");
  });

  it("skips a title above the table, maps each field once, ignores unknown columns", () => {
    const sheet = rows(["2015年党员名册"], [], ["姓名", "性别", "说明", "name"], ["王明", "男", "x", "y"]);
    const header = findHeaderRow("PartyMember", fields, sheet);
    expect(header).toBe(2);
    expect(autoMap("PartyMember", fields, sheet[header]!).map((m) => [m.letter, m.header, m.field])).toEqual([
      ["A", "姓名", "name"],
      ["B", "性别", "gender"],
      ["C", "说明", null],
      ["D", "name", null],
    ]);
  });
});

describe("planning an import", () => {
  const header = ["身份证号", "姓名", "性别", "出生日期", "学历", "所在党组织", "党员类别", "入党日期", "联系电话"];
  const good = ["321181199505050012", "孙立", "男", "1995/5/5", "本科", "东村党支部", "预备党员", "2015/7/1", ""];

  it("upserts on the natural key when its column is there, and names every bad cell by row and column", () => {
    const sheet = rows(
      header,
      good,
      ["321181199505050020", "钱多", "女", "1995-13-01", "大学", "西村党支部", "正式党员", 41395, "139"],
      [],
      good,
    );
    const mapping = autoMap("PartyMember", fields, sheet[0]!);
    const plan = planImport("PartyMember", fields, mapping, sheet.slice(1));
    expect(plan.mode).toBe("upsert");
    expect(plan.key).toEqual(["idNumber"]);
    expect(plan.rows.map((r) => r.number)).toEqual([2, 3, 5]); // the empty row 4 is skipped
    expect(plan.rows[0]!.values).toEqual({
      idNumber: "321181199505050012",
      name: "孙立",
      gender: "MALE",
      birthDate: "1995-05-05",
      education: "BACHELOR",
      category: "PROBATIONARY",
      joinedOn: "2015-07-01",
      phone: null,
    });
    expect(plan.rows[0]!.lookups.map((l) => [l.text, l.column])).toEqual([["东村党支部", "所在党组织 (F)"]]);
    expect(plan.rows[1]!.problems.map((p) => [p.row, p.column, "key" in p.message && p.message.key])).toEqual([
      [3, "出生日期 (D)", "parse.date"],
      [3, "学历 (E)", "parse.enum"],
      [3, "联系电话 (I)", "parse.identifier"],
    ]);
    expect(plan.rows[1]!.values.joinedOn).toBe("2013-05-01");
    checkDuplicateKeys(plan, fields);
    expect(plan.rows[2]!.problems).toEqual([
      { row: 5, column: "身份证号", message: { key: "problem.duplicate_key", args: { row: 2, key: "身份证号" } } },
    ]);
    expect(plan.problems).toEqual([]);
  });

  it("creates when the key column is missing, and reports missing required columns once", () => {
    const sheet = rows(["姓名", "性别"], ["孙立", "男"]);
    const plan = planImport("PartyMember", fields, autoMap("PartyMember", fields, sheet[0]!), sheet.slice(1));
    expect(plan.mode).toBe("create");
    expect(plan.rows[0]!.values).toEqual({ name: "孙立", gender: "MALE" });
    expect(allProblems(plan).map((p) => p.column)).toEqual([
      "身份证号",
      "出生日期",
      "学历",
      "所在党组织",
      "党员类别",
      "入党日期",
    ]);
    expect(allProblems(plan).every((p) => p.row === undefined)).toBe(true);
  });

  it("refuses more rows than one bulk mutation takes", () => {
    const many = rows(["姓名"], ...Array.from({ length: 5001 }, (_, i) => [`人${i}`]));
    const plan = planImport("PartyMember", fields, autoMap("PartyMember", fields, many[0]!), many.slice(1));
    expect(plan.problems.some((p) => "key" in p.message && p.message.key === "problem.too_many_rows")).toBe(true);
  });

  it("reads a target file as the target importer does: 镇 for 镇/街道, the town or zone from the scope code", () => {
    const targetFields = importableFields("AnnualTarget", townAdmin);
    const sheet = rows(
      ["计划", "年度", "目标层级", "范围编码", "指标", "目标值"],
      ["百场讲学拉练大培训", 2013, "全市", "city", "培训场次", 100],
      ["百场讲学拉练大培训", 2013, "镇", "T01", "培训场次", 10],
      ["百场讲学拉练大培训", 2013, "村(区)域", "T01-Z01", "培训场次", "1"],
    );
    const plan = planImport(
      "AnnualTarget",
      targetFields,
      autoMap("AnnualTarget", targetFields, sheet[0]!),
      sheet.slice(1),
    );
    expect(allProblems(plan)).toEqual([]);
    expect(plan.mode).toBe("upsert");
    expect(plan.rows.map((r) => [r.values.scopeLevel, r.values.scopeCode, r.values.value])).toEqual([
      ["CITY", "CITY", "100"],
      ["TOWN", "T01", "10"],
      ["ZONE", "T01-Z01", "1"],
    ]);
    expect(plan.rows.map((r) => r.lookups.map((l) => [l.field.name, l.text, l.column]))).toEqual([
      [],
      [["townId", "T01", "范围编码 (D)"]],
      [["zoneId", "T01-Z01", "范围编码 (D)"]],
    ]);
  });
});
