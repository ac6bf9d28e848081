import { describe, expect, it } from "vitest";
import type { Permissions } from "../auth/permissions.ts";
import { townAdminPermissions } from "../testing/permissions.ts";
import { adminFields } from "../metadata/fields.ts";
import { exportFileName, fetchAllRows, toCsv, toXlsx, visibleColumns, xlsxValue } from "./export.ts";
import type { GraphQLRequester } from "../graphql/request.ts";
import { readCsv, readSheet, readXlsx, SheetError } from "@p181/schema/sheets";

const townAdmin = townAdminPermissions;
const officer: Permissions = {
  role: "PLAN_OFFICER",
  username: "o",
  townId: null,
  zoneId: null,
  plans: [],
  canWrite: true,
};
const row = {
  id: 7,
  idNumber: "321181199001010099",
  name: "王明",
  gender: "MALE",
  birthDate: "1990-01-01",
  education: "BACHELOR",
  organisationId: 3,
  organisation: { id: 3, name: "东村党支部" },
  zoneId: null,
  zone: null,
  category: "PROBATIONARY",
  joinedOn: "2013-05-01",
  skills: ["农技", "法律"],
  phone: null,
  occupation: '说"好"的,人',
};

describe("export", () => {
  it("exports the grid's visible columns in its order, the id and display field first", () => {
    const all = visibleColumns("PartyMember", townAdmin, { order: [], hidden: [], widths: {} }).map((f) => f.name);
    expect(all.slice(0, 3)).toEqual(["id", "name", "idNumber"]);
    expect(
      visibleColumns("PartyMember", officer, { order: [], hidden: [], widths: {} }).map((f) => f.name),
    ).not.toContain("idNumber");
    const chosen = visibleColumns("PartyMember", townAdmin, {
      order: ["joinedOn", "category"],
      hidden: ["idNumber", "phone", "birthDate", "zoneId", "flowStatus", "occupation", "education", "gender"],
      widths: {},
    });
    expect(chosen.map((f) => f.name)).toEqual(["id", "name", "joinedOn", "category", "organisationId", "skills"]);
  });

  it("writes CSV with a BOM, Chinese headers and labels, quoting what needs it", () => {
    const fields = [
      "id",
      "name",
      "gender",
      "organisationId",
      "category",
      "joinedOn",
      "skills",
      "phone",
      "occupation",
    ].map((n) => adminFields("PartyMember").find((f) => f.name === n)!);
    const csv = toCsv(fields, [row]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "编号,姓名,性别,所在党组织,党员类别,入党日期,特长,联系电话,职业",
      '7,王明,男,东村党支部,预备党员,2013-05-01,农技、法律,,"说""好""的,人"',
      "",
    ]);
    // …and reads back as the same cells.
    const back = readCsv(new TextEncoder().encode(csv));
    expect(back[1]!.cells).toEqual([
      "7",
      "王明",
      "男",
      "东村党支部",
      "预备党员",
      "2013-05-01",
      "农技、法律",
      null,
      '说"好"的,人',
    ]);
  });

  it("writes XLSX with numbers and dates as such, and reads it back", async () => {
    const fields = ["id", "name", "idNumber", "gender", "joinedOn", "organisationId"].map(
      (n) => adminFields("PartyMember").find((f) => f.name === n)!,
    );
    expect(xlsxValue(fields[4]!, row)).toEqual(new Date(Date.UTC(2013, 4, 1)));
    const bytes = new Uint8Array(await toXlsx("党员", fields, [row]));
    const rows = await readXlsx(bytes);
    expect(rows.map((r) => r.cells)).toEqual([
      ["编号", "姓名", "身份证号", "性别", "入党日期", "所在党组织"],
      [7, "王明", "321181199001010099", "男", new Date(Date.UTC(2013, 4, 1)), "东村党支部"],
    ]);
    expect(exportFileName("PartyMember", "xlsx", new Date(2026, 0, 25, 9, 30))).toBe("党员-20260125-0930.xlsx");
  });

  it("reads GBK CSV as Excel on Chinese Windows saves it, and refuses .xls", async () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xcd, 0xf5, 0xc3, 0xf7]); // 姓名\r\n王明
    expect(readCsv(gbk).map((r) => r.cells)).toEqual([["姓名"], ["王明"]]);
    await expect(readSheet("名册.xls", new Uint8Array())).rejects.toBeInstanceOf(SheetError);
    await expect(readSheet("名册.xlsx", new TextEncoder().encode("not a zip"))).rejects.toMatchObject({
      code: "unreadable",
    });
  });

  it("fetches every matching row 500 at a time, with the list's filter and sort, then the id", async () => {
    const calls: Record<string, unknown>[] = [];
    const requester: GraphQLRequester = {
      query: async (document, variables = {}) => {
        if (document.includes("apiLimits")) return { apiLimits: { maxPageSize: 500, defaultPageSize: 25 } } as never;
        calls.push(variables);
        const skip = Number(variables.skip);
        const items = Array.from({ length: Math.max(0, Math.min(500, 1234 - skip)) }, (_, i) => ({ id: skip + i + 1 }));
        return { page: { totalCount: 1234, items } } as never;
      },
      mutate: async () => ({}) as never,
    };
    const progress: number[] = [];
    const rows = await fetchAllRows(
      requester,
      { model: "PartyMember", filter: { q: "王", deleted: "DELETED" }, sort: { field: "joinedOn", order: "DESC" } },
      (done) => progress.push(done),
    );
    expect(rows).toHaveLength(1234);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1234);
    expect(calls.map((c) => [c.skip, c.take])).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
    expect(calls[0]).toMatchObject({
      orderBy: [{ joinedOn: "DESC" }, { id: "ASC" }],
      deleted: "DELETED",
      where: { OR: [{ name: { contains: "王" } }] },
    });
    expect(progress).toEqual([500, 1000, 1234]);
  });
});
