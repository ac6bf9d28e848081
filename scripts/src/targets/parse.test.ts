import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { matchEnum, readAmount, readYear } from "./cells.ts";
import { parseTargetFile, TargetFileError } from "./parse.ts";
import { formatProblem } from "./report.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, name = "t.csv") => parseTargetFile({ name, buffer: utf8(text) });
const messages = (file: { problems: Parameters<typeof formatProblem>[0][] }) => file.problems.map(formatProblem);

const CHINESE_HEADER = "计划,年度,目标层级,范围编码,指标,目标值,备注";
const ROW = "百场讲学拉练大培训,2013,全市,CITY,培训场次,100,每年100场左右";

describe("CSV", () => {
  it("reads UTF-8 with a BOM and Chinese headers", async () => {
    const file = await csv(`\uFEFF${CHINESE_HEADER}\r\n${ROW}\r\n`);
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      {
        at: { kind: "row", number: 2 },
        cells: {
          plan: "百场讲学拉练大培训",
          year: "2013",
          scopeLevel: "全市",
          scopeCode: "CITY",
          metric: "培训场次",
          value: "100",
          note: "每年100场左右",
        },
      },
    ]);
  });

  it("reads the same file without a BOM, and with English keys in any spelling", async () => {
    const withBom = await csv(`\uFEFF${CHINESE_HEADER}\n${ROW}\n`);
    const plain = await csv(`${CHINESE_HEADER}\n${ROW}\n`);
    const english = await csv(`Plan,YEAR,scope_level,Scope Code,metric,value,note\n${ROW}\n`);
    expect(plain.rows).toEqual(withBom.rows);
    expect(english.rows).toEqual(withBom.rows);
  });

  it("reads GBK, as Excel and WPS save CSV on Chinese Windows", async () => {
    // "计划,年度\r\n百场,2013" encoded in GBK (iconv -t GBK).
    const gbk = Uint8Array.from(Buffer.from("bcc6bbae2cc4eab6c80d0ab0d9b3a12c32303133", "hex"));
    const file = await parseTargetFile({ name: "gbk.csv", buffer: gbk });
    expect(file.rows[0]?.cells).toEqual({ plan: "百场", year: "2013" });
  });

  it("keeps spreadsheet row numbers across empty rows and multi-line cells; skips empty rows", async () => {
    const file = await csv(
      `${CHINESE_HEADER}\n\n${ROW}\n,,,,,,\n"百名党代表大巡访",2013,全市,CITY,巡访次数,100,"第一行\n第二行"\n`,
    );
    expect(file.rows.map((row) => row.at.number)).toEqual([3, 5]);
    expect(file.rows[1]?.cells.note).toBe("第一行\n第二行");
  });

  it("takes the first row naming a known column as the header, ignoring a title above it", async () => {
    const file = await csv(`2013年度目标,,,,,,\n${CHINESE_HEADER}\n${ROW}\n`);
    expect(file.problems).toEqual([]);
    expect(file.rows.map((row) => [row.at.number, row.cells.metric])).toEqual([[3, "培训场次"]]);
  });

  it("reports unknown, duplicate and missing columns once, at the header, and values without a header", async () => {
    const file = await csv(
      `计划,年度,目标层级,范围编码,目标值,负责人,plan\n${ROW.split(",").slice(0, 5).join(",")},张三,,多余\n`,
    );
    expect(messages(file)).toEqual([
      expect.stringMatching(
        /^第1行 "负责人": 未知的列 \/ unknown column; 可用的列 \/ the columns are: 计划 \(plan\), 年度 \(year\),/,
      ),
      '第1行: "计划" 和 "plan" 重复，都表示 计划 (plan) / duplicate columns: both mean 计划 (plan)',
      "第1行 指标 (metric): 缺少此列 / the column is missing",
      expect.stringMatching(/^第2行: 第8列 \(H\)没有表头，值为 "多余"/),
    ]);
    expect(file.missingColumns).toEqual(["metric"]);
  });

  it("rejects an unsupported file type as a usage error", async () => {
    await expect(parseTargetFile({ name: "targets.xls", buffer: utf8("") })).rejects.toThrow(TargetFileError);
    await expect(parseTargetFile("/no/such/targets.csv")).rejects.toThrow(/file not found/);
  });
});

describe("XLSX", () => {
  it("reads the first worksheet: numbers, rich text, formula results, hyperlinks, errors", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("目标");
    workbook.addWorksheet("说明").addRow(["not read"]);
    sheet.addRow([
      { richText: [{ text: "计" }, { text: "划", font: { bold: true } }] },
      "年度",
      "目标层级",
      "范围编码",
      "指标",
      "目标值",
      "备注",
    ]);
    sheet.addRow([]);
    sheet.addRow([
      "百场讲学拉练大培训",
      2013,
      "全市",
      "CITY",
      "培训场次",
      { formula: "50*2", result: 100 },
      { text: "说明", hyperlink: "http://example.org" },
    ]);
    sheet.addRow([
      "百场讲学拉练大培训",
      2014,
      "全市",
      "CITY",
      "培训人次",
      { formula: "0.1+0.2", result: 0.30000000000000004 },
      null,
    ]);
    sheet.addRow([
      "百场讲学拉练大培训",
      2015,
      "全市",
      "CITY",
      "培训人次",
      { formula: "1/0", result: { error: "#DIV/0!" } },
      null,
    ]);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());

    const file = await parseTargetFile({ name: "t.xlsx", buffer });
    expect(file.problems).toEqual([]);
    expect(
      file.rows.map((row) => [row.at.number, row.cells.plan, row.cells.year, row.cells.value, row.cells.note]),
    ).toEqual([
      [3, "百场讲学拉练大培训", 2013, 100, "说明"],
      [4, "百场讲学拉练大培训", 2014, 0.30000000000000004, null],
      [5, "百场讲学拉练大培训", 2015, "#DIV/0!", null],
    ]);
    const amount = readAmount(file.rows[1]!.cells.value!);
    expect(amount.ok && amount.value.toFixed()).toBe("0.3");
  });

  it("reports a file that is not a workbook", async () => {
    const file = await parseTargetFile({ name: "t.xlsx", buffer: utf8("plan,year") });
    expect(messages(file)).toEqual([expect.stringMatching(/^无法读取 Excel 文件/)]);
  });
});

describe("JSON", () => {
  it("reads an array of objects; items are numbered from 1; empty items are skipped", async () => {
    const items = [
      { plan: "TRAINING", year: 2013, scopeLevel: "CITY", scopeCode: "CITY", metric: "TRAINING_SESSIONS", value: 100 },
      {},
      { 计划: "TRAINING", colour: "red" },
    ];
    const file = await parseTargetFile({ name: "t.json", buffer: utf8(JSON.stringify(items)) });
    expect(file.rows.map((row) => row.at)).toEqual([
      { kind: "item", number: 1 },
      { kind: "item", number: 3 },
    ]);
    expect(file.rows[0]?.cells.value).toBe(100);
    expect(messages(file)).toEqual([expect.stringMatching(/^第3条 "colour": 未知的列/)]);
  });

  it("reports malformed JSON and a non-array", async () => {
    expect(messages(await parseTargetFile({ name: "t.json", buffer: utf8("[{") }))).toEqual([
      expect.stringMatching(/^JSON 格式错误/),
    ]);
    expect(messages(await parseTargetFile({ name: "t.json", buffer: utf8("{}") }))).toEqual([
      expect.stringMatching(/array of objects$/),
    ]);
  });
});

describe("cells", () => {
  it("matches enum codes in any case, Chinese labels, full-width forms and one part of a label", () => {
    const levels = ["CITY", "TOWN", "ZONE"] as const;
    expect(
      ["CITY", "city", "全市", "镇/街道", "镇", "街道", "村(区)域", "村（区）域", " ＺＯＮＥ "].map((text) =>
        matchEnum("TargetScopeLevel", levels, text),
      ),
    ).toEqual(["CITY", "CITY", "CITY", "TOWN", "TOWN", "TOWN", "ZONE", "ZONE", "ZONE"]);
    expect(matchEnum("TargetScopeLevel", levels, "省")).toBeUndefined();
    expect(matchEnum("ProgrammePlan", ["YOUNG_CADRES", "TRAINING"], "百名年轻机关干部一线大派驻")).toBe("YOUNG_CADRES");
  });

  it("reads years from 2012 to 2015 only", () => {
    expect([2012, "2015", "2014年", " 2013 "].map((cell) => readYear(cell, 2012, 2015))).toEqual(
      [2012, 2015, 2014, 2013].map((value) => ({ ok: true, value })),
    );
    for (const bad of [2011, 2016, 2013.5, "2013.0", "二〇一三", true])
      expect(readYear(bad, 2012, 2015).ok).toBe(false);
  });

  it("reads amounts exactly: at most 2 decimals, not negative, thousands separators allowed", () => {
    const read = (cell: string | number | boolean | null) => {
      const result = readAmount(cell);
      return result.ok ? result.value.toFixed() : "bad";
    };
    expect(["100", "100.00", "1,200.5", ".5", "0", 12.34, "１００"].map(read)).toEqual([
      "100",
      "100",
      "1200.5",
      "0.5",
      "0",
      "12.34",
      "100",
    ]);
    expect(["abc", "-1", -1, "12.345", 12.345, "1,2", "1e3", true, "999999999999999"].map(read)).toEqual(
      Array(9).fill("bad"),
    );
  });
});
