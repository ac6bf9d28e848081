// What needs doing, first on the home page (workToDo): records breaking rules, plans behind
// the part of their target due by today, overdue follow-ups and open public opinions, each
// linked to the work – the violations report, the plan's progress, the list of records.
import { Box, Button, Card, CardContent, Chip, Link as MuiLink, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { formatNumber, ReportStatus } from "../reports/common.tsx";
import { recordsPath } from "../reports/drilldown.ts";
import { useReport, WORK_TO_DO, type ToDo } from "../reports/queries.ts";
import { useLabels } from "../reports/useLabels.ts";

function Tile({
  title,
  count,
  to,
  testId,
  children,
}: {
  title: string;
  count: number;
  to: string | null;
  testId: string;
  children?: ReactNode;
}) {
  const t = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId} sx={{ height: "100%" }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {title}
        </Typography>
        <Stack direction="row" alignItems="baseline" justifyContent="space-between" gap={1}>
          <Typography variant="h4" color={count > 0 ? "error.main" : "success.main"} data-testid="todo-count">
            {formatNumber(count)}
          </Typography>
          {count > 0 && to && (
            <Button size="small" component={Link} to={to} data-testid="todo-link">
              {t("dashboard.open")}
            </Button>
          )}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

export function ToDoPanel() {
  const t = useTranslate();
  const labels = useLabels();
  const report = useReport<ToDo>(WORK_TO_DO, {});
  const todo = report.rows[0];
  return (
    <Box data-testid="todo">
      <Stack direction="row" alignItems="baseline" gap={1} sx={{ mb: 1 }}>
        <Typography variant="subtitle1" fontWeight={600}>
          {t("dashboard.todo")}
        </Typography>
        {todo && (
          <Typography variant="caption" color="text.secondary">
            {t("dashboard.todo_year", { year: todo.year })}
            {todo.pace < 1 && `，${t("dashboard.todo_pace", { pace: `${Math.round(todo.pace * 100)}%` })}`}
          </Typography>
        )}
      </Stack>
      <ReportStatus report={report} />
      {todo && (
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr", xl: "repeat(4, 1fr)" } }}>
          <Tile
            title={t("dashboard.violations")}
            count={todo.openViolations}
            to="/reports/violations"
            testId="todo-violations"
          >
            <Stack direction="row" gap={0.5} flexWrap="wrap" sx={{ mt: 1 }}>
              {todo.violationsByRule.map((rule) => (
                <Chip
                  key={rule.ruleId}
                  size="small"
                  variant="outlined"
                  clickable={rule.records !== null}
                  component={rule.records ? Link : "div"}
                  to={rule.records ? recordsPath(rule.records) : undefined}
                  label={labels.english ? `${rule.ruleMessage}: ${rule.count}` : `${rule.ruleLabel}：${rule.count}`}
                  title={t("violations.list_records", { count: rule.count })}
                />
              ))}
            </Stack>
          </Tile>
          <Tile
            title={t("dashboard.behind")}
            count={todo.plansBehind.length}
            to={todo.plansBehind[0] ? `/reports/progress?plan=${todo.plansBehind[0].plan}&year=${todo.year}` : null}
            testId="todo-behind"
          >
            {todo.plansBehind.length === 0 ? (
              <Typography variant="caption" color="text.secondary">
                {t("dashboard.behind_none")}
              </Typography>
            ) : (
              <Stack gap={0.5} sx={{ mt: 1 }}>
                {todo.plansBehind.map((plan) => (
                  <Box key={plan.plan}>
                    <MuiLink
                      component={Link}
                      to={`/reports/progress?plan=${plan.plan}&year=${todo.year}`}
                      variant="body2"
                      data-testid="todo-plan"
                    >
                      {labels.plan(plan.plan)}
                    </MuiLink>
                    {plan.metrics.map((metric) => (
                      <Typography key={metric.metric} variant="caption" color="text.secondary" component="div">
                        {t("dashboard.behind_metric", {
                          metric: labels.metric(metric.metric),
                          actual: formatNumber(metric.actual),
                          due: formatNumber(metric.due),
                        })}
                      </Typography>
                    ))}
                  </Box>
                ))}
              </Stack>
            )}
          </Tile>
          {/* Follow-ups and opinions are zone work: not a plan officer's of other plans. */}
          {todo.plans.includes("ZONE_PARTY_BUILDING") && (
            <>
              <Tile
                title={t("dashboard.follow_ups")}
                count={todo.overdueFollowUps.count}
                to={recordsPath(todo.overdueFollowUps.records)}
                testId="todo-follow-ups"
              />
              <Tile
                title={t("dashboard.opinions")}
                count={todo.openOpinions.count}
                to={recordsPath(todo.openOpinions.records)}
                testId="todo-opinions"
              />
            </>
          )}
        </Box>
      )}
    </Box>
  );
}
