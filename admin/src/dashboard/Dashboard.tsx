// The admin's home page: first what needs doing (ToDo), then every plan on one page
// (citySummary) – the completion trend of all plans over 2012-2015 and, per plan, its headline
// metric's target against actual by year. Town admins and zone secretaries see their own area
// (the API narrows the reports), a zone secretary also their zone's scorecard, and a plan
// officer their own plans.
import { Box, Chip, Stack, Typography } from "@mui/material";
import { useMemo } from "react";
import { Title } from "react-admin";
import { usePermissions, useTranslate } from "ra-core";
import { PHASES, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "@p181/schema";
import type { Permissions } from "../auth/permissions.ts";
import { ReportStatus } from "../reports/common.tsx";
import { PrintButton, PrintHeader } from "../reports/print.tsx";
import { CITY_SUMMARY, useReport, type SummaryRow } from "../reports/queries.ts";
import { useScopeName } from "../reports/scope.ts";
import { useLabels } from "../reports/useLabels.ts";
import { byPlan, PlanCard } from "./PlanCard.tsx";
import { ToDoPanel } from "./ToDo.tsx";
import { TrendChart } from "./TrendChart.tsx";
import { ZoneWork } from "./ZoneWork.tsx";

const VARIABLES = { fromYear: PROGRAMME_FIRST_YEAR, toYear: PROGRAMME_LAST_YEAR };

export function Dashboard() {
  const t = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const report = useReport<SummaryRow>(CITY_SUMMARY, VARIABLES);
  const scope = useScopeName();
  const { english } = useLabels();
  const own = permissions?.role === "PLAN_OFFICER" ? permissions.plans : [];
  const plans = useMemo(() => {
    const all = byPlan(report.rows);
    return own.length > 0 ? all.filter((plan) => own.includes(plan.plan)) : all;
  }, [report.rows, own]);
  return (
    <Box sx={{ py: 1 }} data-testid="dashboard">
      <Title title={t("dashboard.title")} />
      <PrintHeader title={t("dashboard.title")} scope={scope} />
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap" sx={{ mb: 1 }} data-print="hide">
        <Typography variant="h6">{t("dashboard.title")}</Typography>
        {scope && <Chip color="primary" label={scope} />}
        {PHASES.map((phase) => (
          <Chip
            key={phase.phase}
            variant="outlined"
            label={`${english ? `Phase ${phase.phase}` : phase.label} ${phase.firstYear}-${phase.lastYear}`}
          />
        ))}
        <Box sx={{ flex: 1 }} />
        <PrintButton />
      </Stack>
      <Stack gap={2}>
        <ToDoPanel />
        {permissions?.role === "ZONE_SECRETARY" && permissions.zoneId !== null && (
          <ZoneWork zoneId={permissions.zoneId} />
        )}
        <ReportStatus report={report} />
        {plans.length > 0 && (
          <>
            <TrendChart plans={plans} />
            <Typography variant="subtitle1" fontWeight={600}>
              {own.length > 0 ? t("dashboard.my_plans") : t("dashboard.plans")}
            </Typography>
            <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr", xl: "1fr 1fr 1fr" } }}>
              {plans.map((plan) => (
                <PlanCard key={plan.plan} summary={plan} />
              ))}
            </Box>
          </>
        )}
      </Stack>
    </Box>
  );
}
