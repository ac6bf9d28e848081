import { describe, expect, it } from "vitest";
import { cityAdminPermissions } from "../testing/permissions.ts";
import type { RequestError } from "../graphql/request.ts";
import { findExisting, placeNewRecords, problemsFromError, rowsToWrite } from "./commit.ts";
import type { GraphQLRequester } from "../graphql/request.ts";
import { autoMap } from "@p181/schema/cells";
import { importableFields } from "./columns.ts";
import { planImport, type ImportPlan } from "./plan.ts";

const admin = cityAdminPermissions;

function plan(model: string, header: string[], ...data: (string | number)[][]): ImportPlan {
  const fields = importableFields(model, admin);
  const rows = [header, ...data].map((cells, i) => ({ number: i + 1, cells }));
  return planImport(model, fields, autoMap(model, fields, rows[0]!), rows.slice(1));
}

function refusal(errors: { message: string; extensions: Record<string, unknown> }[]): RequestError {
  return Object.assign(new Error(errors[0]!.message), {
    status: 400,
    body: { code: String(errors[0]!.extensions.code) },
    rawErrors: errors,
  }) as unknown as RequestError;
}

const sessions = () =>
  plan(
    "TrainingSession",
    ["名称", "培训形式", "培训主题", "举办日期", "学时", "主办单位", "计划人数"],
    ["党课一", "讲座", "党的理论", "2013/3/1", 2, "组织部", 30],
    ["党课二", "讲座", "党的理论", "2013/4/1", 2, "组织部", -5],
    ["党课三", "讲座", "党的理论", "2013/5/1", 2, "组织部", -7],
  );

describe("server refusals, back on the file's rows", () => {
  it("places new records by the value a rule quotes, and the others by their consecutive ids", () => {
    const p = sessions();
    expect(p.mode).toBe("create");
    const violations = [
      {
        entity: "TrainingSession",
        recordId: 902,
        field: "plannedAttendees",
        label: "培训：计划人数不得为负数",
        message: "",
        detail: "is -7",
      },
      {
        entity: "TrainingSession",
        recordId: 901,
        field: "plannedAttendees",
        label: "培训：计划人数不得为负数",
        message: "",
        detail: "is -5",
      },
    ];
    const placed = placeNewRecords(p.rows, violations);
    expect([...placed].map(([id, row]) => [id, row.number])).toEqual([
      [901, 3],
      [902, 4],
    ]);
    const problems = problemsFromError(
      refusal([{ message: "…", extensions: { code: "RULE_VIOLATION", violations } }]),
      p,
      p.rows,
      new Map(),
      importableFields("TrainingSession", admin),
    );
    expect(problems.map((x) => [x.row, x.column, "text" in x.message && x.message.text])).toEqual([
      [3, "计划人数", "培训：计划人数不得为负数（is -5）"],
      [4, "计划人数", "培训：计划人数不得为负数（is -7）"],
    ]);
  });

  it("places updated records by the ids looked up before writing", () => {
    const p = plan(
      "Zone",
      ["编码", "名称", "所属镇(街道/区)", "类型"],
      ["XQ-01", "东村", "新桥镇", "行政村"],
      ["XQ-09", "九村", "新桥镇", "行政村"],
    );
    expect(p.mode).toBe("upsert");
    const violations = [{ entity: "Zone", recordId: 41, field: "name", label: "规则", message: "", detail: "x" }];
    const problems = problemsFromError(
      refusal([{ message: "…", extensions: { code: "RULE_VIOLATION", violations } }]),
      p,
      p.rows,
      new Map([[2, 41]]),
      importableFields("Zone", admin),
    );
    expect(problems.map((x) => [x.row, x.column])).toEqual([[2, "名称"]]);
  });

  it("reads the row out of GraphQL's variable errors", () => {
    const p = sessions();
    const problems = problemsFromError(
      refusal([
        {
          message:
            'Variable "$data" got invalid value -5.5 at "data[2].plannedAttendees"; Int cannot represent non-integer value: -5.5',
          extensions: { code: "BAD_USER_INPUT" },
        },
        {
          message:
            'Variable "$data" got invalid value { title: "x" } at "data[0]"; Field "kind" of required type "TrainingKind!" was not provided.',
          extensions: {},
        },
      ]),
      p,
      p.rows,
      new Map(),
      importableFields("TrainingSession", admin),
    );
    expect(problems.map((x) => [x.row, x.column, x.message])).toEqual([
      [2, "培训形式", { key: "parse.required" }],
      [4, "计划人数", { text: "Int cannot represent non-integer value: -5.5" }],
    ]);
  });

  it("names the rows a conflict or a refused field comes from, or the whole file when it cannot", () => {
    const p = plan(
      "Zone",
      ["编码", "名称", "所属镇(街道/区)", "类型"],
      ["XQ-01", "东村", "新桥镇", "行政村"],
      ["XQ-02", "东村", "新桥镇", "行政村"],
    );
    const fields = importableFields("Zone", admin);
    const conflict = problemsFromError(
      refusal([{ message: "Unique constraint", extensions: { code: "CONFLICT", entity: "Zone", fields: ["name"] } }]),
      p,
      p.rows,
      new Map(),
      fields,
    );
    expect(conflict.map((x) => [x.row, x.column])).toEqual([[3, "名称"]]);
    const elsewhere = problemsFromError(
      refusal([{ message: "Unique constraint", extensions: { code: "CONFLICT", entity: "Zone", fields: ["code"] } }]),
      p,
      p.rows,
      new Map(),
      fields,
    );
    expect(elsewhere).toEqual([{ column: "编码", message: { key: "problem.conflict", args: { key: "编码" } } }]);
    const other = problemsFromError(
      refusal([{ message: "您的角色不能修改村(区)域", extensions: { code: "FORBIDDEN" } }]),
      p,
      p.rows,
      new Map(),
      fields,
    );
    expect(other).toEqual([{ row: undefined, message: { text: "您的角色不能修改村(区)域" } }]);
  });

  it("counts rows by the request they were sent in, when unchanged rows were left out", () => {
    const p = sessions();
    const problems = problemsFromError(
      refusal([
        {
          message: 'Variable "$data" got invalid value "x" at "data[0].hours"; Decimal cannot represent "x"',
          extensions: {},
        },
      ]),
      p,
      p.rows.slice(1),
      new Map(),
      importableFields("TrainingSession", admin),
    );
    expect(problems.map((x) => [x.row, x.column])).toEqual([[3, "学时"]]);
  });
});

describe("existing records", () => {
  it("finds the rows that update a record, and leaves out those that would change nothing", async () => {
    const p = plan(
      "Zone",
      ["编码", "名称", "人口", "面积(平方公里)"],
      ["XQ-01", "东村", 1200, 3.5],
      ["XQ-02", "西村", 900, "2"],
      ["XQ-09", "九村", 10, 1],
    );
    for (const row of p.rows) row.values.townId = 1;
    let query = "";
    const requester: GraphQLRequester = {
      query: async (document) => {
        if (document.includes("apiLimits")) return { apiLimits: { maxPageSize: 500, defaultPageSize: 25 } } as never;
        query = document;
        return {
          page: {
            items: [
              { id: 11, deletedAt: null, code: "XQ-01", name: "东村", population: 1200, areaKm2: "3.50", townId: 1 },
              { id: 12, deletedAt: null, code: "XQ-02", name: "西村", population: 800, areaKm2: "2", townId: 1 },
            ],
          },
        } as never;
      },
      mutate: async () => ({}) as never,
    };
    const existing = await findExisting(requester, p);
    expect(query).toContain("deleted: ALL");
    expect([...existing.ids]).toEqual([
      [2, 11],
      [3, 12],
    ]);
    expect([...existing.unchanged]).toEqual([2]);
    expect(rowsToWrite(p, existing).map((row) => row.number)).toEqual([3, 4]);
  });
});
