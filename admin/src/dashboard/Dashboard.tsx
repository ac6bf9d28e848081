// The admin's home page: every plan on one page (citySummary) – the completion trend of all
// plans over 2012-2015 and, per plan, its headline metric's target against actual by year.
// Town admins and zone secretaries see their own area (the API narrows the report).
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { LineChart } from "@mui/x-charts/LineChart";
import { useMemo } from "react";
import { Title } from "react-admin";
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { PHASES, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "@p181/schema";
import {
  AXIS_HEIGHT,
  formatRatio,
  PROGRAMME_YEARS,
  ratioColor,
  ReportStatus,
  TargetActualChart,
} from "../reports/common.tsx";
import { PROGRESS_LABELS } from "../reports/labels.ts";
import { CITY_SUMMARY, useReport, type SummaryRow } from "../reports/queries.ts";

const VARIABLES = { fromYear: PROGRAMME_FIRST_YEAR, toYear: PROGRAMME_LAST_YEAR };

interface PlanSummary {
  plan: string;
  label: string;
  metric: string;
  byYear: Map<number, SummaryRow>;
}

function byPlan(rows: SummaryRow[]): PlanSummary[] {
  const plans = new Map<string, PlanSummary>();
  for (const row of rows) {
    const entry = plans.get(row.plan) ?? {
      plan: row.plan,
      label: row.planLabel,
      metric: row.headlineMetricLabel,
      byYear: new Map(),
    };
    entry.byYear.set(row.year, row);
    plans.set(row.plan, entry);
  }
  return [...plans.values()];
}

function PlanCard({ summary }: { summary: PlanSummary }) {
  const t = useTranslate();
  const rows = PROGRAMME_YEARS.map((year) => summary.byYear.get(year));
  return (
    <Card variant="outlined" data-testid="plan-card">
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" gap={1}>
          <Box>
            <Typography variant="subtitle1" fontWeight={600}>
              {summary.label}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t("dashboard.headline", { metric: summary.metric })}
            </Typography>
          </Box>
          <Button size="small" component={Link} to={`/reports/progress?plan=${summary.plan}`}>
            {t("dashboard.details")}
          </Button>
        </Stack>
        <TargetActualChart
          categories={PROGRAMME_YEARS.map(String)}
          target={rows.map((r) => r?.target ?? null)}
          actual={rows.map((r) => r?.actual ?? null)}
          height={180}
        />
        <Table size="small" sx={{ "& td, & th": { px: 0.5, py: 0.25, fontSize: 12, textAlign: "center" } }}>
          <TableHead>
            <TableRow>
              <TableCell />
              {PROGRAMME_YEARS.map((year) => (
                <TableCell key={year}>{year}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow>
              <TableCell>{PROGRESS_LABELS.ratio}</TableCell>
              {rows.map((row, i) => (
                <TableCell key={i}>
                  {row?.ratio === null || row?.ratio === undefined ? (
                    <Typography variant="caption" color="text.disabled">
                      {t("dashboard.no_target")}
                    </Typography>
                  ) : (
                    <Chip
                      size="small"
                      variant="outlined"
                      color={ratioColor(row.ratio) ?? "default"}
                      label={formatRatio(row.ratio)}
                    />
                  )}
                </TableCell>
              ))}
            </TableRow>
            <TableRow>
              <TableCell>{t("dashboard.met")}</TableCell>
              {rows.map((row, i) => (
                <TableCell key={i}>{row ? `${row.metricsMet}/${row.metricsTargeted}` : "—"}</TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

export function Dashboard() {
  const t = useTranslate();
  const report = useReport<SummaryRow>(CITY_SUMMARY, VARIABLES);
  const plans = useMemo(() => byPlan(report.rows), [report.rows]);
  const first = report.rows[0];
  const scope = first?.zoneName ?? first?.townName ?? t("dashboard.scope_city");
  return (
    <Box sx={{ py: 1 }} data-testid="dashboard">
      <Title title={t("dashboard.title")} />
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap" sx={{ mb: 1 }}>
        <Typography variant="h6">{t("dashboard.title")}</Typography>
        <Chip color="primary" label={scope} />
        {PHASES.map((phase) => (
          <Chip key={phase.phase} variant="outlined" label={`${phase.label} ${phase.firstYear}-${phase.lastYear}`} />
        ))}
      </Stack>
      <ReportStatus report={report} />
      {plans.length > 0 && (
        <Stack gap={2}>
          <Card>
            <CardContent>
              <Typography variant="subtitle1" fontWeight={600}>
                {t("dashboard.trend")}
              </Typography>
              <LineChart
                height={300}
                skipAnimation
                xAxis={[{ scaleType: "point", data: PROGRAMME_YEARS.map(String), height: AXIS_HEIGHT }]}
                yAxis={[{ label: t("dashboard.ratio_axis"), min: 0 }]}
                series={plans.map((plan) => ({
                  label: plan.label,
                  data: PROGRAMME_YEARS.map((year) => {
                    const ratio = plan.byYear.get(year)?.ratio;
                    return ratio === null || ratio === undefined ? null : Math.round(ratio * 1000) / 10;
                  }),
                  connectNulls: true,
                  curve: "linear" as const,
                  valueFormatter: (v: number | null) => (v === null ? "—" : `${v}%`),
                }))}
                slotProps={{
                  legend: { direction: "horizontal", position: { vertical: "bottom", horizontal: "center" } },
                }}
              />
            </CardContent>
          </Card>
          <Typography variant="subtitle1" fontWeight={600}>
            {t("dashboard.plans")}
          </Typography>
          <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr", xl: "1fr 1fr 1fr" } }}>
            {plans.map((plan) => (
              <PlanCard key={plan.plan} summary={plan} />
            ))}
          </Box>
        </Stack>
      )}
    </Box>
  );
}
