// Pieces the report pages and the dashboard share: number formats, filters, a target-vs-
// actual bar chart and the loading/error state of a report.
import { Alert, LinearProgress, MenuItem, TextField } from "@mui/material";
import { BarChart } from "@mui/x-charts/BarChart";
import { useEffect, useState } from "react";
import { useDataProvider, useTranslate } from "ra-core";
import type { AppDataProvider } from "../dataProvider/index.ts";
import { enumChoices } from "../metadata/fields.ts";
import { PROGRESS_LABELS } from "./labels.ts";
import type { Report } from "./queries.ts";

const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : NUMBER.format(value);
}

export function formatRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? "—" : `${Math.round(ratio * 1000) / 10}%`;
}

/** Green from 100 %, amber from 80 %, red below. */
export function ratioColor(ratio: number | null | undefined): "success" | "warning" | "error" | null {
  if (ratio === null || ratio === undefined) return null;
  return ratio >= 1 ? "success" : ratio >= 0.8 ? "warning" : "error";
}

export function ReportStatus({ report }: { report: Report<unknown> }) {
  if (report.error) return <Alert severity="error">{report.error}</Alert>;
  return report.loading ? <LinearProgress sx={{ my: 1 }} /> : null;
}

/**
 * Room for the category labels under a chart. The default (25 px) is less than a line of
 * Chinese text in the fonts of the theme, and MUI X then shortens the labels to nothing.
 */
export const AXIS_HEIGHT = 34;

export const TARGET_COLOR = "#90a4ae";
export const ACTUAL_COLOR = "#c62828";

/** Target and actual side by side per category (years, towns…). */
export function TargetActualChart({
  categories,
  target,
  actual,
  height = 220,
}: {
  categories: string[];
  target: (number | null)[];
  actual: (number | null)[];
  height?: number;
}) {
  const empty = [...target, ...actual].every((value) => !value);
  return (
    <BarChart
      height={height}
      skipAnimation
      xAxis={[{ scaleType: "band", data: categories, height: AXIS_HEIGHT }]}
      yAxis={[{ tickMinStep: 1, ...(empty ? { max: 1 } : {}) }]}
      series={[
        { data: target, label: PROGRESS_LABELS.target, color: TARGET_COLOR, valueFormatter: (v) => formatNumber(v) },
        { data: actual, label: PROGRESS_LABELS.actual, color: ACTUAL_COLOR, valueFormatter: (v) => formatNumber(v) },
      ]}
    />
  );
}

/** The plans (ProgrammePlan), by their Chinese names. */
export function PlanSelect({ value, onChange }: { value: string; onChange: (plan: string) => void }) {
  const t = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={t("reports.plan")}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 300 }}
      data-testid="plan-select"
    >
      {enumChoices("ProgrammePlan").map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The towns the user can see (a town admin: their own), or all of them. */
export function TownSelect({ value, onChange }: { value: number | null; onChange: (townId: number | null) => void }) {
  const t = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [towns, setTowns] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    dataProvider
      .apiLimits()
      .then(({ maxPageSize }) =>
        dataProvider.getList("Town", {
          pagination: { page: 1, perPage: maxPageSize },
          sort: { field: "code", order: "ASC" },
          filter: {},
        }),
      )
      .then(({ data }) => setTowns(data as { id: number; name: string }[]))
      .catch(() => setTowns([]));
  }, [dataProvider]);
  return (
    <TextField
      select
      size="small"
      label={t("reports.town")}
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value === "" ? null : Number(event.target.value))}
      sx={{ minWidth: 200 }}
      data-testid="town-select"
    >
      <MenuItem value="">{t("progress.all_towns")}</MenuItem>
      {towns.map((town) => (
        <MenuItem key={town.id} value={town.id}>
          {town.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
