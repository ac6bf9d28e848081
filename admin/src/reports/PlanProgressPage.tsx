// 计划进度: one plan's targets against actuals – per phase (第一步 to the end of 2013,
// 第二步 2014-2015), per year, and per town for a chosen metric and year. Every actual, in a
// table or as a bar, opens the list of the records it counts.
import {
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useMemo } from "react";
import { Title } from "react-admin";
import { useTranslate } from "ra-core";
import { PHASES, PROGRAMME_LAST_YEAR, metricsOfPlan } from "@p181/schema";
import { TargetActualChart } from "./charts.tsx";
import {
  FigureLink,
  FilterSelect,
  formatNumber,
  formatRatio,
  PlanSelect,
  PROGRAMME_YEARS,
  ratioColor,
  ReportStatus,
  TownSelect,
} from "./common.tsx";
import { recordsPath, type Records } from "./drilldown.ts";
import { useReportFilters } from "./filters.ts";
import { PrintButton, PrintHeader, SCREEN_ONLY } from "./print.tsx";
import { PHASE_PROGRESS, PLAN_PROGRESS, useReport, type ProgressRow } from "./queries.ts";
import { useScopeName } from "./scope.ts";
import { useLabels } from "./useLabels.ts";

const recordsTo = (records: Records | null | undefined) => (records ? recordsPath(records) : null);

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" fontWeight={600} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function RatioBar({ ratio }: { ratio: number | null }) {
  if (ratio === null) return <Typography variant="caption">—</Typography>;
  return (
    <Stack direction="row" alignItems="center" gap={1} sx={{ minWidth: 140 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, ratio * 100)}
        color={ratioColor(ratio) ?? "primary"}
        sx={{ flex: 1, height: 8, borderRadius: 4, "& .MuiLinearProgress-bar": { transition: "none" } }}
      />
      <Typography variant="caption" sx={{ width: 52, textAlign: "right" }}>
        {formatRatio(ratio)}
      </Typography>
    </Stack>
  );
}

export function PlanProgressPage() {
  const t = useTranslate();
  const labels = useLabels();
  const { get, set, townId, area } = useReportFilters();
  const scopeName = useScopeName(townId);
  const plan = get("plan") ?? "ZONE_PARTY_BUILDING";
  const metrics = metricsOfPlan(plan);
  const metric = get("metric") && metrics.includes(get("metric") as never) ? get("metric")! : (metrics[0] ?? "");
  const year = Number(get("year") ?? PROGRAMME_LAST_YEAR);

  const phases = useReport<ProgressRow>(PHASE_PROGRESS, { plan, ...area });
  const yearly = useReport<ProgressRow>(PLAN_PROGRESS, { plan, ...area });
  const byTown = useReport<ProgressRow>(PLAN_PROGRESS, { plan, metric, year, level: "TOWN", ...area });

  const scope = yearly.rows[0]?.zoneName ?? yearly.rows[0]?.townName ?? null;
  const yearlyByMetric = useMemo(() => {
    const map = new Map<string, Map<number, ProgressRow>>();
    for (const row of yearly.rows) map.set(row.metric, (map.get(row.metric) ?? new Map()).set(row.year!, row));
    return map;
  }, [yearly.rows]);
  const phaseRow = (m: string, phase: number) => phases.rows.find((r) => r.metric === m && r.phase === phase);
  const townRows = byTown.rows;

  return (
    <Stack gap={2} sx={{ py: 1 }} data-testid="plan-progress">
      <Title title={t("progress.title")} />
      <PrintHeader title={`${t("progress.title")} · ${labels.plan(plan)}`} scope={scope ?? scopeName} />
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" {...SCREEN_ONLY}>
        <PlanSelect value={plan} onChange={(value) => set({ plan: value, metric: null })} />
        <TownSelect value={townId} onChange={(town) => set({ town })} />
        {scope && <Typography color="text.secondary">{t("progress.level_note", { scope })}</Typography>}
        <Box sx={{ flex: 1 }} />
        <PrintButton />
      </Stack>

      <Section title={t("progress.phases")} testId="phase-milestones">
        <ReportStatus report={phases} />
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{labels.column("metric")}</TableCell>
              {PHASES.map((phase) => (
                <TableCell key={phase.phase} colSpan={3} align="center">
                  {phase.label}（{phase.firstYear}-{phase.lastYear}）
                </TableCell>
              ))}
            </TableRow>
            <TableRow>
              <TableCell />
              {PHASES.flatMap((phase) => [
                <TableCell key={`${phase.phase}t`} align="right">
                  {labels.column("target")}
                </TableCell>,
                <TableCell key={`${phase.phase}a`} align="right">
                  {labels.column("actual")}
                </TableCell>,
                <TableCell key={`${phase.phase}r`}>{labels.column("ratio")}</TableCell>,
              ])}
            </TableRow>
          </TableHead>
          <TableBody>
            {metrics.map((m) => (
              <TableRow key={m}>
                <TableCell>{labels.metric(m)}</TableCell>
                {PHASES.flatMap((phase) => {
                  const row = phaseRow(m, phase.phase);
                  return [
                    <TableCell key={`${phase.phase}t`} align="right">
                      {formatNumber(row?.target)}
                    </TableCell>,
                    <TableCell key={`${phase.phase}a`} align="right">
                      <FigureLink value={row?.actual} to={recordsTo(row?.records)} />
                    </TableCell>,
                    <TableCell key={`${phase.phase}r`}>
                      <RatioBar ratio={row?.ratio ?? null} />
                    </TableCell>,
                  ];
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section title={t("progress.by_year")} testId="progress-by-year">
        <ReportStatus report={yearly} />
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "1fr 1fr" } }}>
          {metrics.map((m) => {
            const rows = PROGRAMME_YEARS.map((y) => yearlyByMetric.get(m)?.get(y));
            return (
              <Box key={m}>
                <Typography variant="body2" fontWeight={600}>
                  {labels.metric(m)}
                </Typography>
                <TargetActualChart
                  categories={PROGRAMME_YEARS.map(String)}
                  target={rows.map((r) => r?.target ?? null)}
                  actual={rows.map((r) => r?.actual ?? null)}
                  records={rows.map((r) => r?.records)}
                  height={200}
                />
              </Box>
            );
          })}
        </Box>
      </Section>

      <Section title={t("progress.by_town")} testId="progress-by-town">
        <Stack direction="row" gap={2} sx={{ mb: 1 }}>
          <FilterSelect
            label={t("reports.metric")}
            value={metric}
            options={metrics.map((m) => ({ id: m, name: labels.metric(m) }))}
            onChange={(value) => set({ metric: value })}
            minWidth={260}
          />
          <FilterSelect
            label={t("reports.year")}
            value={year}
            options={PROGRAMME_YEARS.map((y) => ({ id: y, name: String(y) }))}
            onChange={(value) => set({ year: value })}
            minWidth={120}
          />
        </Stack>
        <ReportStatus report={byTown} />
        {townRows.length > 0 && townRows.every((r) => r.actual === null) ? (
          <Typography color="text.secondary">{t("progress.not_split")}</Typography>
        ) : (
          townRows.length > 0 && (
            <>
              <TargetActualChart
                categories={townRows.map((r) => r.zoneName ?? r.townName ?? r.scopeCode)}
                target={townRows.map((r) => r.target)}
                actual={townRows.map((r) => r.actual)}
                records={townRows.map((r) => r.records)}
                height={260}
              />
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{labels.column("townName")}</TableCell>
                    <TableCell align="right">{labels.column("target")}</TableCell>
                    <TableCell align="right">{labels.column("actual")}</TableCell>
                    <TableCell>{labels.column("ratio")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {townRows.map((row) => (
                    <TableRow key={row.scopeCode}>
                      <TableCell>{row.zoneName ?? row.townName}</TableCell>
                      <TableCell align="right">{formatNumber(row.target)}</TableCell>
                      <TableCell align="right">
                        <FigureLink value={row.actual} to={recordsTo(row.records)} />
                      </TableCell>
                      <TableCell>
                        <RatioBar ratio={row.ratio} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )
        )}
      </Section>
    </Stack>
  );
}
