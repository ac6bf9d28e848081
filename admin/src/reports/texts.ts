// Texts of the dashboard and the report pages, Chinese and English; data labels come from
// the metadata and the API (labels.ts).
import { useLocaleState } from "ra-core";
import { useCallback } from "react";

const zh = {
  dashboard: {
    menu: "首页",
    title: "181工程 · 工作概览",
    scope_city: "全市",
    trend: "各计划完成率走势（2012-2015）",
    ratio_axis: "完成率 %",
    plans: "各计划目标与完成情况",
    headline: "主要指标：%{metric}",
    met: "达标指标",
    no_target: "未设目标",
    details: "查看进度",
  },
  progress: {
    menu: "计划进度",
    title: "计划进度",
    phases: "阶段目标完成情况",
    by_year: "按年度：目标与完成",
    by_town: "按镇(街道/区)：目标与完成",
    all_towns: "全部镇(街道/区)",
    level_note: "范围：%{scope}",
    not_split: "此指标不能按镇(街道/区)统计",
  },
  scorecard: {
    menu: "村(区)域记分卡",
    title: "村(区)域记分卡",
    total: "合计",
    zones: "共 %{count} 个村(区)域",
  },
  violations: {
    menu: "规则违反清单",
    title: "规则违反清单",
    all_rules: "全部规则",
    count: "共 %{count} 条",
    none: "没有违反规则的记录",
    open: "打开记录",
  },
  common: {
    loading: "加载中…",
    plan: "计划",
    town: "镇(街道/区)",
    metric: "指标",
    year: "年度",
    rule: "规则",
    none: "—",
    yes: "是",
    no: "否",
  },
};

type Texts = typeof zh;

const en: Texts = {
  dashboard: {
    menu: "Home",
    title: "181 Project · Overview",
    scope_city: "City",
    trend: "Completion by plan, 2012-2015",
    ratio_axis: "Completion %",
    plans: "Targets and actuals by plan",
    headline: "Headline metric: %{metric}",
    met: "Metrics met",
    no_target: "no target",
    details: "Progress",
  },
  progress: {
    menu: "Plan progress",
    title: "Plan progress",
    phases: "Phase milestones",
    by_year: "By year: target and actual",
    by_town: "By town: target and actual",
    all_towns: "All towns",
    level_note: "Scope: %{scope}",
    not_split: "This metric cannot be split by town",
  },
  scorecard: { menu: "Zone scorecard", title: "Zone scorecard", total: "Total", zones: "%{count} zones" },
  violations: {
    menu: "Rule violations",
    title: "Rule violations",
    all_rules: "All rules",
    count: "%{count} records",
    none: "No record breaks a rule",
    open: "Open the record",
  },
  common: {
    loading: "Loading…",
    plan: "Plan",
    town: "Town",
    metric: "Metric",
    year: "Year",
    rule: "Rule",
    none: "—",
    yes: "yes",
    no: "no",
  },
};

export const reportTexts = { zh, en };

export function useReportTexts() {
  const [locale] = useLocaleState();
  const texts = locale === "en" ? en : zh;
  return useCallback(
    (key: string, args: Record<string, unknown> = {}) => {
      const found = key
        .split(".")
        .reduce<unknown>(
          (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
          texts,
        );
      return typeof found === "string"
        ? found.replace(/%\{(\w+)\}/g, (_, name: string) => String(args[name] ?? ""))
        : key;
    },
    [texts],
  );
}
