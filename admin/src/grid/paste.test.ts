import { describe, expect, it } from "vitest";
import { adminFields, contentFields } from "../metadata/fields.ts";
import { planPaste } from "./paste.ts";
import { parseTsv } from "./tsv.ts";

const field = (name: string) => adminFields("PartyMember").find((f) => f.name === name)!;

describe("planning a paste", () => {
  const columns = contentFields("PartyMember").filter((f) => !f.personal);
  const at = (name: string) => columns.findIndex((f) => f.name === name);
  const rows = [
    { id: 1, name: "王明", category: "FULL", joinedOn: "1985-07-01", gender: "MALE" },
    { id: 2, name: "李华", category: "FULL", joinedOn: "2001-06-30", gender: "FEMALE" },
  ];

  it("updates the rows under the block and appends the rest as new rows", () => {
    const order = ["name", "gender", "category"].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const block = parseTsv("王明明\t男\t预备党员\n李华\t女\t正式党员\n周新\t男\t正式党员\n");
    const plan = planPaste({
      block,
      columns: [columns[at("name")]!, columns[at("gender")]!, columns[at("category")]!],
      startColumn: 0,
      rows,
      startRow: 0,
      canCreate: true,
      requiredForCreate: [field("name"), field("joinedOn")],
    });
    expect(plan.updates).toEqual([
      { id: 1, data: { name: "王明明", category: "PROBATIONARY" }, previousData: rows[0], gridRow: 0 },
    ]);
    expect(plan.creates).toEqual([{ name: "周新", gender: "MALE", category: "FULL" }]);
    expect(plan.problems).toEqual([{ row: 2, isNew: true, gridRow: 2, column: "入党日期", error: "required" }]);
  });

  it("names the row and column of every bad cell", () => {
    const plan = planPaste({
      block: parseTsv("2013/2/30\n2013-05-01"),
      columns: [field("joinedOn")],
      startColumn: 0,
      rows,
      startRow: 0,
      canCreate: false,
      requiredForCreate: [],
    });
    expect(plan.problems).toEqual([{ row: 0, isNew: false, gridRow: 0, column: "入党日期", error: "date" }]);
    expect(plan.updates).toEqual([{ id: 2, data: { joinedOn: "2013-05-01" }, previousData: rows[1], gridRow: 1 }]);
  });
});
