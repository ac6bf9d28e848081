import { describe, expect, it } from "vitest";
import { contentFields } from "../metadata/fields.ts";
import { copyCells, planClear, planFillDown } from "./commands.ts";

const columns = contentFields("PartyMember").filter((f) => !f.personal);
const at = (name: string) => columns.findIndex((f) => f.name === name);
const east = { id: 7, name: "东村党支部" };
const west = { id: 8, name: "西村党支部" };
const rows = [
  {
    id: 1,
    name: "王明",
    category: "FULL",
    joinedOn: "1985-07-01",
    organisationId: 7,
    organisation: east,
    skills: ["农技"],
    occupation: "农民",
  },
  {
    id: 2,
    name: "李华",
    category: "PROBATIONARY",
    joinedOn: "2001-06-30",
    organisationId: 8,
    organisation: west,
    skills: [],
    occupation: null,
  },
  {
    id: 3,
    name: "张强",
    category: "FULL",
    joinedOn: "2012-05-04",
    organisationId: 8,
    organisation: west,
    skills: [],
    occupation: "教师",
  },
];
const span = (from: string, to: string) => ({ left: at(from), right: at(to) });

describe("blocks of the grid", () => {
  it("copies cells as the user sees them: enum labels, reference names, dates", () => {
    const order = ["category", "joinedOn"].map(at);
    expect(order[1]).toBeGreaterThan(order[0]!);
    const copied = copyCells({ rows, columns, rect: { top: 0, bottom: 1, ...span("organisationId", "joinedOn") } });
    expect(copied.map((cells) => [cells[0], cells.at(-2), cells.at(-1)])).toEqual([
      ["东村党支部", "正式党员", "1985-07-01"],
      ["西村党支部", "预备党员", "2001-06-30"],
    ]);
    // Past the last row: nothing (the grid's empty append row).
    expect(copyCells({ rows, columns, rect: { top: 2, bottom: 5, ...span("name", "name") } })).toEqual([["张强"]]);
  });

  it("clears optional cells, leaving empty ones and read-only columns alone", () => {
    const plan = planClear({ rows, columns, rect: { top: 0, bottom: 2, ...span("occupation", "occupation") } });
    expect(plan).toEqual({
      changes: [
        { id: 1, base: rows[0], data: { occupation: null } },
        { id: 3, base: rows[2], data: { occupation: null } },
      ],
    });
    expect(planClear({ rows, columns, rect: { top: 0, bottom: 0, ...span("id", "id") } })).toEqual({ changes: [] });
  });

  it("refuses to clear a block with a required column, naming it", () => {
    const plan = planClear({ rows, columns, rect: { top: 1, bottom: 2, ...span("name", "name") } });
    expect("required" in plan && plan.required.map((f) => f.label)).toEqual(["姓名"]);
  });

  it("fills the first row of a block down, references with their names; one row takes the row above", () => {
    const changes = planFillDown({
      rows,
      columns,
      rect: { top: 0, bottom: 2, left: at("organisationId"), right: at("organisationId") },
    });
    expect(changes).toEqual([
      { id: 2, base: rows[1], data: { organisationId: 7, organisation: east } },
      { id: 3, base: rows[2], data: { organisationId: 7, organisation: east } },
    ]);
    expect(planFillDown({ rows, columns, rect: { top: 2, bottom: 2, ...span("category", "category") } })).toEqual([
      { id: 3, base: rows[2], data: { category: "PROBATIONARY" } },
    ]);
    expect(planFillDown({ rows, columns, rect: { top: 0, bottom: 0, ...span("name", "name") } })).toEqual([]);
  });
});
