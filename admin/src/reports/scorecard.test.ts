// The scorecard's lines (sorting, subtotals by town, total) and its Excel export.
import { loadExcel } from "@p181/schema/sheets";
import { describe, expect, it } from "vitest";
import type { ScorecardRow } from "./queries.ts";
import { scorecardLines, type Line } from "./scorecardTable.ts";
import { scorecardWorkbook } from "./scorecardXlsx.ts";

const zone = (
  zoneId: number,
  townId: number,
  zoneCode: string,
  zoneName: string,
  partyMembers: number,
  brands: number,
) =>
  ({
    zoneId,
    townId,
    townName: townId === 1 ? "新桥镇" : "云阳街道",
    zoneCode,
    zoneName,
    zoneKind: "VILLAGE",
    economicallyWeak: zoneId === 2,
    partyMembers,
    brands,
  }) as ScorecardRow;

// In the API's order: by town code, then zone code.
const rows = [
  zone(1, 1, "XQ-01", "东村", 30, 1),
  zone(2, 1, "XQ-02", "西村", 50, 0),
  zone(3, 2, "YY-01", "科技园", 45, 4),
];
const FIGURES = ["partyMembers", "brands"];

const shape = (lines: Line[]) =>
  lines.map((line) =>
    line.kind === "zone"
      ? line.row.zoneName
      : line.kind === "subtotal"
        ? `${line.townName} ${line.values.partyMembers}`
        : `total ${line.values.partyMembers} ${line.values.brands}`,
  );

describe("the scorecard table", () => {
  it("groups zones by town with a subtotal each, then the total", () => {
    expect(shape(scorecardLines(rows, FIGURES, { key: "zoneCode", order: "asc" }, true))).toEqual([
      "东村",
      "西村",
      "新桥镇 80",
      "科技园",
      "云阳街道 45",
      "total 125 5",
    ]);
  });

  it("sorts by any column, inside towns and towns by their subtotals", () => {
    expect(shape(scorecardLines(rows, FIGURES, { key: "partyMembers", order: "desc" }, true))).toEqual([
      "西村",
      "东村",
      "新桥镇 80",
      "科技园",
      "云阳街道 45",
      "total 125 5",
    ]);
    expect(shape(scorecardLines(rows, FIGURES, { key: "partyMembers", order: "asc" }, true))).toEqual([
      "科技园",
      "云阳街道 45",
      "东村",
      "西村",
      "新桥镇 80",
      "total 125 5",
    ]);
    expect(shape(scorecardLines(rows, FIGURES, { key: "brands", order: "desc" }, false))).toEqual([
      "科技园",
      "东村",
      "西村",
      "total 125 5",
    ]);
    expect(shape(scorecardLines(rows, FIGURES, { key: "economicallyWeak", order: "desc" }, false))[0]).toBe("西村");
    expect(shape(scorecardLines(rows.slice(0, 1), FIGURES, { key: "zoneCode", order: "asc" }, false))).toEqual([
      "东村",
    ]);
    // A town admin's one town: no subtotal repeating the total.
    expect(shape(scorecardLines(rows.slice(0, 2), FIGURES, { key: "zoneCode", order: "asc" }, true))).toEqual([
      "东村",
      "西村",
      "total 80 1",
    ]);
  });

  it("exports the lines as the page shows them, numbers as numbers", async () => {
    const lines = scorecardLines(rows, FIGURES, { key: "partyMembers", order: "desc" }, true);
    const buffer = await scorecardWorkbook({
      title: "村(区)域记分卡",
      scope: "全市",
      columns: [
        { key: "zoneName", header: "村(区)域", figure: false },
        { key: "economicallyWeak", header: "经济薄弱村", figure: false },
        { key: "partyMembers", header: "党员数", figure: true },
        { key: "brands", header: "党建品牌数", figure: true },
      ],
      lines,
      text: (line, key) =>
        key === "economicallyWeak" ? (line.row.economicallyWeak ? "是" : "") : String(line.row[key]),
      subtotalLabel: (town) => `${town} 小计`,
      totalLabel: "合计",
    });
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["村(区)域记分卡"]);
    expect(values(2)).toEqual(["全市"]);
    expect(values(3)).toEqual(["村(区)域", "经济薄弱村", "党员数", "党建品牌数"]);
    expect(values(4)).toEqual(["西村", "是", 50, 0]);
    expect(values(5)).toEqual(["东村", "", 30, 1]);
    expect(values(6)).toEqual(["新桥镇 小计", "", 80, 1]);
    expect(sheet.getRow(6).font?.bold).toBe(true);
    expect(values(9)).toEqual(["合计", "", 125, 5]);
    expect(sheet.rowCount).toBe(9);
  });
});
