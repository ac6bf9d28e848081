// The report pages: plan progress, the zone scorecard and the rule violations, in the menu
// after the dashboard.
import { createElement } from "react";
import AssessmentIcon from "@mui/icons-material/Assessment";
import GridOnIcon from "@mui/icons-material/GridOn";
import RuleIcon from "@mui/icons-material/Rule";
import { registerMenuEntry, registerRoute } from "../registry.ts";
import { lazyNamed } from "../lazy.ts";

const PlanProgressPage = lazyNamed(() => import("./PlanProgressPage.tsx"), "PlanProgressPage");
const ScorecardPage = lazyNamed(() => import("./ScorecardPage.tsx"), "ScorecardPage");
const ViolationsPage = lazyNamed(() => import("./ViolationsPage.tsx"), "ViolationsPage");

const pages = [
  { path: "/reports/progress", page: PlanProgressPage, label: "progress.menu", icon: AssessmentIcon },
  { path: "/reports/scorecard", page: ScorecardPage, label: "scorecard.menu", icon: GridOnIcon },
  { path: "/reports/violations", page: ViolationsPage, label: "violations.menu", icon: RuleIcon },
];

for (const { path, page, label, icon } of pages) {
  registerRoute(path, createElement(page));
  registerMenuEntry({ to: path, label, icon: createElement(icon), position: "top" });
}
