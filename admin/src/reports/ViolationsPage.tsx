// 规则违反清单: every record breaking a domain rule, each linked to the record in the admin.
import {
  Chip,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useLocaleState, useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { resources } from "@p181/schema";
import { FilterSelect, ReportCard, ReportStatus, TownSelect } from "./common.tsx";
import { useReportFilters } from "./filters.ts";
import { ENFORCEMENT_LABELS, VIOLATION_LABELS } from "./labels.ts";
import { DOMAIN_RULES, RULE_VIOLATIONS, useReport, type DomainRule, type ViolationRow } from "./queries.ts";

export function ViolationsPage() {
  const t = useTranslate();
  const [locale] = useLocaleState();
  const english = locale === "en";
  const filters = useReportFilters();
  const ruleId = filters.get("rule");
  const rules = useReport<DomainRule>(DOMAIN_RULES, {});
  const report = useReport<ViolationRow>(RULE_VIOLATIONS, { ...(ruleId ? { ruleId } : {}), ...filters.area });
  const rows = report.rows;
  return (
    <ReportCard title={t("violations.title")} testId="violations">
      <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 1 }} flexWrap="wrap">
        <FilterSelect
          label={t("reports.rule")}
          value={ruleId}
          options={rules.rows.map((rule) => ({ id: rule.id, name: rule.label }))}
          onChange={(rule) => filters.set({ rule })}
          all={t("violations.all_rules")}
          minWidth={360}
        />
        <TownSelect value={filters.townId} onChange={(town) => filters.set({ town })} />
        <Typography color="text.secondary">{t("violations.count", { count: rows.length })}</Typography>
      </Stack>
      <ReportStatus report={report} empty={t("violations.none")} />
      {rows.length > 0 && (
        <Table size="small" data-testid="violations-table">
          <TableHead>
            <TableRow>
              <TableCell>{VIOLATION_LABELS.ruleLabel}</TableCell>
              <TableCell>{VIOLATION_LABELS.entityLabel}</TableCell>
              <TableCell>{VIOLATION_LABELS.recordLabel}</TableCell>
              <TableCell>{VIOLATION_LABELS.fieldLabel}</TableCell>
              <TableCell>{VIOLATION_LABELS.detail}</TableCell>
              <TableCell>{VIOLATION_LABELS.townName}</TableCell>
              <TableCell>{VIOLATION_LABELS.zoneName}</TableCell>
              <TableCell>{VIOLATION_LABELS.enforcement}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.ruleId}:${row.recordId}`} hover>
                <TableCell>{english ? row.ruleMessage : row.ruleLabel}</TableCell>
                <TableCell>{row.entityLabel}</TableCell>
                <TableCell>
                  {resources[row.entity] ? (
                    <MuiLink component={Link} to={`/${row.entity}/${row.recordId}/show`} title={t("violations.open")}>
                      {row.recordLabel}
                    </MuiLink>
                  ) : (
                    row.recordLabel
                  )}
                </TableCell>
                <TableCell>{row.fieldLabel}</TableCell>
                <TableCell>{english ? row.detailEn : row.detail}</TableCell>
                <TableCell>{row.townName ?? "—"}</TableCell>
                <TableCell>{row.zoneName ?? "—"}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={row.enforcement === "WRITE" ? "error" : "default"}
                    label={ENFORCEMENT_LABELS[row.enforcement]}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </ReportCard>
  );
}
