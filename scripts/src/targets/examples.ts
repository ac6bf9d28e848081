// Writes scripts/examples/targets-2012-2015.{csv,xlsx,json}: the same annual targets in the
// three formats the loader reads. Run: cd scripts && npx tsx src/targets/examples.ts
// City values and town and zone codes are those of the demo data (src/seed).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { TargetMetric } from "@p181/db";
import { enumLabel } from "@p181/schema";
import { COLUMNS } from "./columns.ts";
import { CITY_TARGETS } from "../seed/targets.ts";
import { METRIC_PLAN } from "./metrics.ts";

const YEARS = [2012, 2013, 2014, 2015] as const;

/**
 * City-wide targets, 2012-2015: the demo data's own (so importing an example into a seeded
 * database keeps progress figures coherent), with the source document's wording as notes.
 */
const CITY_NOTES: Partial<Record<TargetMetric, string>> = {
  SERVICE_CENTRES: "村域综合服务中心和党员服务中心",
  CADRES_POSTED: "精选100名左右年轻机关干部",
  TRAINING_SESSIONS: "每年100场左右",
  TALENT_TEAMS_LANDED: "2015年前累计引进100个以上",
  BRANDS_CREATED: "累计不低于100个",
  VOLUNTEER_TEAMS: "每支10人以上",
  INSTRUCTORS_ASSIGNED: "选派100名左右",
  VENTURE_PROJECTS: "四年扶植100个左右",
};

/**
 * Phase-2 targets of a few towns (T01 云阳街道, T04 新桥镇, T06 吕城镇 in the demo data), for
 * metrics the demo data does not already split over the towns.
 */
const TOWNS = ["T01", "T04", "T06"];
const TOWN: Partial<Record<TargetMetric, readonly [number, number]>> = {
  TRAINING_SESSIONS: [8, 10],
  TRAINING_ATTENDEES: [900, 1000],
  VOLUNTEER_HOURS: [3000.5, 3600.5],
  INSTRUCTORS_ASSIGNED: [8, 9],
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
    ...entries(CITY_TARGETS).flatMap(([metric, values]) =>
      YEARS.map((year, i) => {
        const note = CITY_NOTES[metric];
        return {
          plan: plan(metric),
          year,
          scopeLevel: "CITY" as const,
          scopeCode: "CITY",
          metric,
          value: values[i]!,
          ...(note ? { note } : {}),
        };
      }),
    ),
    ...TOWNS.flatMap((town, t) =>
      entries(TOWN).flatMap(([metric, values]) =>
        values.map((value, i) => ({
          plan: plan(metric),
          year: 2014 + i,
          scopeLevel: "TOWN" as const,
          scopeCode: town,
          metric,
          value: value + t,
        })),
      ),
    ),
    ...Object.entries(ZONES).flatMap(([zone, targets]) =>
      entries(targets).map(([metric, value]) => ({
        plan: plan(metric),
        year: 2015,
        scopeLevel: "ZONE" as const,
        scopeCode: zone,
        metric,
        value,
      })),
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
  fs.writeFileSync(file("csv"), `\uFEFF${Papa.unparse([headers, ...targets.map(labelled)], { newline: "\r\n" })}\r\n`);

  fs.writeFileSync(file("json"), `${JSON.stringify(targets, null, 2)}\n`);

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
      row[5] = { formula: `100*${target.value / 100}`, result: target.value } as never;
    }
    sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file("xlsx"));
  console.log(`${targets.length} targets written to ${dir}`);
}

await main();
