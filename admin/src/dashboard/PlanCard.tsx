// One plan on the home page: its headline metric's target and actual by year (a bar opens the
// records behind it), the headline completion, and how many of the plan's targeted metrics
// were met – two different figures, so both are named for what they are and explained.
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
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { TargetActualChart } from "../reports/charts.tsx";
import { formatRatio, PROGRAMME_YEARS, ratioColor } from "../reports/common.tsx";
import type { SummaryRow } from "../reports/queries.ts";
import { useLabels } from "../reports/useLabels.ts";

export interface PlanSummary {
  plan: string;
  metric: string;
  byYear: Map<number, SummaryRow>;
}

export function byPlan(rows: SummaryRow[]): PlanSummary[] {
  const plans = new Map<string, PlanSummary>();
  for (const row of rows) {
    const entry = plans.get(row.plan) ?? { plan: row.plan, metric: row.headlineMetric, byYear: new Map() };
    entry.byYear.set(row.year, row);
    plans.set(row.plan, entry);
  }
  return [...plans.values()];
}

/** The headline completion of a year, or why there is none. */
function Completion({ row }: { row: SummaryRow | undefined }) {
  const t = useTranslate();
  const note = (text: string) => (
    <Typography variant="caption" color="text.disabled">
      {text}
    </Typography>
  );
  if (!row || row.actual === null) return note(t("dashboard.not_split"));
  if (row.target === null) return note(t("dashboard.no_target"));
  if (row.ratio === null) return note(t("dashboard.zero_target"));
  return (
    <Chip size="small" variant="outlined" color={ratioColor(row.ratio) ?? "default"} label={formatRatio(row.ratio)} />
  );
}

/** Targeted metrics met, coloured as completion is: all, some, none. */
function Met({ row }: { row: SummaryRow | undefined }) {
  if (!row || row.metricsTargeted === 0) return <>—</>;
  const color = row.metricsMet === row.metricsTargeted ? "success" : row.metricsMet > 0 ? "warning" : "error";
  return <Chip size="small" variant="outlined" color={color} label={`${row.metricsMet}/${row.metricsTargeted}`} />;
}

export function PlanCard({ summary }: { summary: PlanSummary }) {
  const t = useTranslate();
  const labels = useLabels();
  const rows = PROGRAMME_YEARS.map((year) => summary.byYear.get(year));
  const metric = labels.metric(summary.metric);
  return (
    <Card variant="outlined" data-testid="plan-card" sx={{ height: "100%", display: "flex", flexDirection: "column" }}>
      <CardContent sx={{ pb: 1, flex: 1, display: "flex", flexDirection: "column" }}>
        <Stack direction="row" justifyContent="space-between" alignItems="flex-start" gap={1} sx={{ minHeight: 56 }}>
          <Box>
            <Typography variant="subtitle1" fontWeight={600} lineHeight={1.3}>
              {labels.plan(summary.plan)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t("dashboard.headline", { metric })}
            </Typography>
          </Box>
          <Button size="small" component={Link} to={`/reports/progress?plan=${summary.plan}`} data-print="hide">
            {t("dashboard.details")}
          </Button>
        </Stack>
        <TargetActualChart
          categories={PROGRAMME_YEARS.map(String)}
          target={rows.map((r) => r?.target ?? null)}
          actual={rows.map((r) => r?.actual ?? null)}
          records={rows.map((r) => r?.records)}
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
              <TableCell sx={{ whiteSpace: "nowrap" }}>{t("dashboard.headline_ratio")}</TableCell>
              {rows.map((row, i) => (
                <TableCell key={PROGRAMME_YEARS[i]} data-testid="headline-ratio">
                  <Completion row={row} />
                </TableCell>
              ))}
            </TableRow>
            <TableRow>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{t("dashboard.met")}</TableCell>
              {rows.map((row, i) => (
                <TableCell key={PROGRAMME_YEARS[i]} data-testid="metrics-met">
                  <Met row={row} />
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
        <Box sx={{ flex: 1 }} />
        <Typography variant="caption" color="text.secondary" sx={{ mt: 1 }}>
          {t("dashboard.explained", { metric })}
        </Typography>
      </CardContent>
    </Card>
  );
}
