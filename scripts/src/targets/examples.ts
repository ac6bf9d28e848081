// Writes scripts/examples/targets-2012-2015.{csv,xlsx,json}: the same annual targets in the
// three formats the loader reads. Run: cd scripts && npx tsx src/targets/examples.ts
// Town and zone codes are those of the demo data (src/seed).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { TargetMetric } from "@p181/db";
import { enumLabel } from "@p181/schema";
import { COLUMNS } from "./columns.ts";
import { METRIC_PLAN } from "./metrics.ts";

const YEARS = [2012, 2013, 2014, 2015] as const;
type PerYear = readonly [number, number, number, number];

/** City-wide targets, 2012-2015; the "hundred" plans aim near 100 a year (or 100+ in total by 2015). */
const CITY: Partial<Record<TargetMetric, { values: PerYear; note?: string }>> = {
  SERVICE_CENTRES: { values: [20, 25, 20, 15], note: "村域综合服务中心和党员服务中心" },
  JOINT_MEETINGS: { values: [300, 360, 400, 420], note: "每个村(区)域每季度至少一次" },
  OPINIONS_RESOLVED: { values: [1500, 1800, 2000, 2200] },
  CADRES_POSTED: { values: [100, 100, 100, 100], note: "精选100名左右年轻机关干部" },
  CADRE_ASSESSMENTS: { values: [200, 200, 200, 200], note: "每人每半年考核一次" },
  REPRESENTATIVE_TOURS: { values: [100, 100, 100, 100] },
  PROPOSALS: { values: [120, 130, 140, 150] },
  TRAINING_SESSIONS: { values: [100, 100, 100, 100], note: "每年100场左右" },
  TRAINING_ATTENDEES: { values: [12000, 12000, 13000, 13000] },
  TALENT_TEAMS_LANDED: { values: [20, 25, 30, 30], note: "2015年前累计引进100个以上" },
  BRANDS_CREATED: { values: [30, 30, 25, 20], note: "累计不低于100个" },
  BRANDS_NAMED: { values: [10, 20, 30, 40] },
  VOLUNTEER_TEAMS: { values: [60, 80, 100, 100], note: "每支10人以上" },
  VOLUNTEER_HOURS: { values: [20000, 30000, 40000, 45000] },
  INSTRUCTORS_ASSIGNED: { values: [80, 100, 100, 100], note: "选派100名左右" },
  ENTERPRISE_VISITS: { values: [960, 1200, 1200, 1200] },
  VENTURE_PROJECTS: { values: [20, 25, 25, 30], note: "四年扶植100个左右" },
  VENTURE_JOBS: { values: [200, 300, 350, 400] },
  BENCHMARKS_SET: { values: [12, 12, 10, 10] },
  CATCH_UP_PLANS: { values: [12, 12, 10, 10] },
};

/** Phase-2 targets of a few towns: in the demo data T01 is 云阳街道, T04 新桥镇, T06 吕城镇. */
const TOWNS = ["T01", "T04", "T06"];
const TOWN: Partial<Record<TargetMetric, readonly [number, number]>> = {
  JOINT_MEETINGS: [40, 45],
  TRAINING_SESSIONS: [8, 10],
  VOLUNTEER_TEAMS: [10, 12],
  VOLUNTEER_HOURS: [3000.5, 3600.5],
  VENTURE_PROJECTS: [3, 4],
};

/** 2015 targets of a few zones (the first zone of a town in the demo data). */
const ZONES: Record<string, Partial<Record<TargetMetric, number>>> = {
  "T01-Z01": { JOINT_MEETINGS: 4, OPINIONS_RESOLVED: 30 },
  "T04-Z01": { JOINT_MEETINGS: 4, OPINIONS_RESOLVED: 25 },
};

interface ExampleTarget {
  plan: string;
  year: number;
  scopeLevel: "CITY" | "TOWN" | "ZONE";
  scopeCode: string;
  metric: TargetMetric;
  value: number;
  note?: string;
}

function exampleTargets(): ExampleTarget[] {
  const entries = <V>(record: Partial<Record<TargetMetric, V>>) => Object.entries(record) as [TargetMetric, V][];
  const plan = (metric: TargetMetric) => METRIC_PLAN[metric];
  return [
    ...entries(CITY).flatMap(([metric, { values, note }]) =>
      YEARS.map((year, i) => ({ plan: plan(metric), year, scopeLevel: "CITY" as const, scopeCode: "CITY", metric, value: values[i]!, ...(note ? { note } : {}) })),
    ),
    ...TOWNS.flatMap((town, t) =>
      entries(TOWN).flatMap(([metric, values]) =>
        values.map((value, i) => ({ plan: plan(metric), year: 2014 + i, scopeLevel: "TOWN" as const, scopeCode: town, metric, value: value + t })),
      ),
    ),
    ...Object.entries(ZONES).flatMap(([zone, targets]) =>
      entries(targets).map(([metric, value]) => ({ plan: plan(metric), year: 2015, scopeLevel: "ZONE" as const, scopeCode: zone, metric, value })),
    ),
  ];
}

/** A row as a person types it: Chinese headers order, Chinese labels for the enums. */
function labelled(target: ExampleTarget): (string | number)[] {
  return [
    enumLabel("ProgrammePlan", target.plan),
    target.year,
    enumLabel("TargetScopeLevel", target.scopeLevel),
    target.scopeCode,
    enumLabel("TargetMetric", target.metric),
    target.value,
    target.note ?? "",
  ];
}

async function main(): Promise<void> {
  const dir = path.resolve(import.meta.dirname, "../../examples");
  const file = (extension: string) => path.join(dir, `targets-2012-2015.${extension}`);
  const targets = exampleTargets();
  const headers = COLUMNS.map((column) => column.header);

  // As Excel saves "CSV UTF-8": a BOM and CRLF line ends.
  fs.writeFileSync(file("csv"), "\uFEFF" + Papa.unparse([headers, ...targets.map(labelled)], { newline: "\r\n" }) + "\r\n");

  fs.writeFileSync(file("json"), JSON.stringify(targets, null, 2) + "\n");

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "181工程 示例 / 181 Project example";
  workbook.created = workbook.modified = new Date("2012-01-01T00:00:00Z");
  const sheet = workbook.addWorksheet("年度目标", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: [30, 8, 10, 12, 16, 12, 30][i] }));
  sheet.getRow(1).font = { bold: true };
  for (const target of targets) {
    const row = labelled(target);
    // Attendees planned as sessions × attendees per session, kept as a formula the way an officer would.
    if (target.metric === "TRAINING_ATTENDEES" && target.scopeLevel === "CITY" && target.value % 100 === 0) {
      row[5] = { formula: `${CITY.TRAINING_SESSIONS!.values[0]}*${target.value / 100}`, result: target.value } as never;
    }
    sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file("xlsx"));
  console.log(`${targets.length} targets written to ${dir}`);
}

await main();
