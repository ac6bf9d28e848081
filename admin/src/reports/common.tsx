// Pieces the report pages and the dashboard share: the programme's years, number formats,
// filters, a report's card and its loading/error state (charts: charts.tsx).
import { Alert, Card, CardContent, LinearProgress, MenuItem, Link as MuiLink, TextField } from "@mui/material";
import { useEffect, useState, type ReactNode } from "react";
import { Title } from "react-admin";
import { Link } from "react-router-dom";
import { useDataProvider, useTranslate } from "ra-core";
import { PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "@p181/schema";
import type { AppDataProvider } from "../dataProvider/index.ts";
import { enumChoices } from "../metadata/fields.ts";
import { PrintHeader } from "./print.tsx";
import type { Report } from "./queries.ts";
import { useLabels } from "./useLabels.ts";

/** 2012 … 2015, the years of the programme. */
export const PROGRAMME_YEARS = Array.from(
  { length: PROGRAMME_LAST_YEAR - PROGRAMME_FIRST_YEAR + 1 },
  (_, i) => PROGRAMME_FIRST_YEAR + i,
);

const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : NUMBER.format(value);
}

export function formatRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? "—" : `${Math.round(ratio * 1000) / 10}%`;
}

/** A figure, linked to the list of its records (a list's route) when it has some. */
export function FigureLink({ value, to }: { value: number | null | undefined; to: string | null | undefined }) {
  const t = useTranslate();
  if (!value || !to) return <>{formatNumber(value)}</>;
  return (
    <MuiLink component={Link} to={to} title={t("reports.records")} underline="hover">
      {formatNumber(value)}
    </MuiLink>
  );
}

/** Green from 100 %, amber from 80 %, red below. */
export function ratioColor(ratio: number | null | undefined): "success" | "warning" | "error" | null {
  if (ratio === null || ratio === undefined) return null;
  return ratio >= 1 ? "success" : ratio >= 0.8 ? "warning" : "error";
}

/** A report's error, or a progress bar while it loads; `empty` is said when it has no rows. */
export function ReportStatus({ report, empty }: { report: Report<unknown>; empty?: string }) {
  if (report.error) return <Alert severity="error">{report.error}</Alert>;
  if (report.loading) return <LinearProgress sx={{ my: 1 }} />;
  return empty && report.rows.length === 0 ? <Alert severity="success">{empty}</Alert> : null;
}

/** A report page on one card, its title in the app bar; printed with its title and scope on top. */
export function ReportCard({
  title,
  scope,
  testId,
  children,
}: {
  title: string;
  scope: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card sx={{ mt: 1 }} data-testid={testId}>
      <Title title={title} />
      <CardContent>
        <PrintHeader title={title} scope={scope} />
        {children}
      </CardContent>
    </Card>
  );
}

/** A report's drop-down filter; `all` names the empty choice (every town, every rule), if there is one. */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
  all,
  minWidth,
  testId,
}: {
  label: string;
  value: string | number | null;
  options: { id: string | number; name: string }[];
  onChange: (value: string) => void;
  all?: string;
  minWidth: number;
  testId?: string;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ""}
      onChange={(event) => onChange(String(event.target.value))}
      sx={{ minWidth }}
      data-testid={testId}
    >
      {all !== undefined && <MenuItem value="">{all}</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The plans (ProgrammePlan), by their names. */
export function PlanSelect({ value, onChange }: { value: string; onChange: (plan: string) => void }) {
  const t = useTranslate();
  const { choices } = useLabels();
  const plans = choices(
    "ProgrammePlan",
    enumChoices("ProgrammePlan").map((choice) => choice.id),
  );
  return (
    <FilterSelect
      label={t("reports.plan")}
      value={value}
      options={plans}
      onChange={onChange}
      minWidth={300}
      testId="plan-select"
    />
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
    <FilterSelect
      label={t("reports.town")}
      value={value}
      options={towns}
      onChange={(town) => onChange(town === "" ? null : Number(town))}
      all={t("progress.all_towns")}
      minWidth={200}
      testId="town-select"
    />
  );
}
