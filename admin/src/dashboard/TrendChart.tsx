// The headline completion of every plan over the programme's years: one line per plan, ten
// colours told apart by colour-blind readers too (SERIES_COLORS) and a marker shape each.
import { Card, CardContent, Typography } from "@mui/material";
import { LineChart } from "@mui/x-charts/LineChart";
import { useTranslate } from "ra-core";
import { AXIS_HEIGHT, SERIES_COLORS } from "../reports/charts.tsx";
import { PROGRAMME_YEARS } from "../reports/common.tsx";
import { useLabels } from "../reports/useLabels.ts";
import type { PlanSummary } from "./PlanCard.tsx";

export function TrendChart({ plans }: { plans: PlanSummary[] }) {
  const t = useTranslate();
  const labels = useLabels();
  const percent = (plan: PlanSummary, year: number) => {
    const ratio = plan.byYear.get(year)?.ratio;
    return ratio === null || ratio === undefined ? null : Math.round(ratio * 1000) / 10;
  };
  const measured = plans.some((plan) => PROGRAMME_YEARS.some((year) => percent(plan, year) !== null));
  return (
    <Card data-testid="trend">
      <CardContent>
        <Typography variant="subtitle1" fontWeight={600}>
          {t("dashboard.trend")}
        </Typography>
        {!measured ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {t("dashboard.no_trend")}
          </Typography>
        ) : (
          <LineChart
            height={340}
            skipAnimation
            xAxis={[{ scaleType: "point", data: PROGRAMME_YEARS.map(String), height: AXIS_HEIGHT }]}
            yAxis={[
              { label: t("dashboard.ratio_axis"), min: 0, width: "auto", valueFormatter: (v: number) => `${v}%` },
            ]}
            series={plans.map((plan, index) => ({
              id: plan.plan,
              label: labels.plan(plan.plan),
              color: SERIES_COLORS[index % SERIES_COLORS.length],
              data: PROGRAMME_YEARS.map((year) => percent(plan, year)),
              connectNulls: true,
              curve: "linear" as const,
              valueFormatter: (v: number | null) => (v === null ? "—" : `${v}%`),
            }))}
            slotProps={{
              legend: { direction: "horizontal", position: { vertical: "bottom", horizontal: "center" } },
            }}
          />
        )}
      </CardContent>
    </Card>
  );
}
