// Menu groups by domain area: 村(区)域党建, the eight plans, 标杆管理, 年度目标, 系统.
import { datamodel, resources, type Resource } from "@p181/schema";
import { enumValueLabel } from "../metadata/fields.ts";

export interface MenuGroup {
  key: string;
  /** Chinese label (from the metadata), and the English one. */
  label: string;
  english: string;
  models: string[];
}

const PLAN_AREAS = [
  "plan-young-cadres",
  "plan-representatives",
  "plan-training",
  "plan-talent",
  "plan-brands",
  "plan-volunteers",
  "plan-instructors",
  "plan-entrepreneurship",
];

function humanizeArea(area: string): string {
  const words = area.replace(/^plan-/, "").replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function modelsOf(area: string): string[] {
  return Object.values(resources)
    .filter((r: Resource) => r.area === area)
    .map((r) => r.model);
}

function planGroup(area: string): MenuGroup {
  const plan = modelsOf(area)
    .map((m) => resources[m]!.plan)
    .find(Boolean);
  return {
    key: area,
    label: plan ? enumValueLabel("ProgrammePlan", plan) : area,
    english: humanizeArea(area),
    models: modelsOf(area),
  };
}

export const MENU_GROUPS: MenuGroup[] = [
  {
    key: "zone-work",
    label: enumValueLabel("ProgrammePlan", "ZONE_PARTY_BUILDING"),
    english: "Zone party building",
    models: ["Town", "Zone", ...modelsOf("zone-work")],
  },
  ...PLAN_AREAS.map(planGroup),
  {
    key: "benchmarking",
    label: enumValueLabel("ProgrammePlan", "BENCHMARKING"),
    english: "Benchmarking",
    models: modelsOf("benchmarking"),
  },
  {
    key: "targets",
    label: datamodel.models.AnnualTarget?.label ?? "年度目标",
    english: "Annual targets",
    models: modelsOf("targets"),
  },
  {
    key: "system",
    label: "系统",
    english: "System",
    models: modelsOf("core").filter((m) => m !== "Town" && m !== "Zone"),
  },
].filter((group) => group.models.length > 0);
