// 规则违反清单: every record breaking a domain rule, each linked to the record in the admin,
// and the count per rule linked to the list of those records; in the admin's language.
import {
  Box,
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
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { resources } from "@p181/schema";
import { FilterSelect, ReportCard, ReportStatus, TownSelect } from "./common.tsx";
import { recordsPath } from "./drilldown.ts";
import { useReportFilters } from "./filters.ts";
import { PrintButton, SCREEN_ONLY } from "./print.tsx";
import { DOMAIN_RULES, RULE_VIOLATIONS, useReport, type DomainRule, type ViolationRow } from "./queries.ts";
import { useScopeName } from "./scope.ts";
import { useLabels } from "./useLabels.ts";

/** The API takes at most 1,000 ids in a filter; a rule broken more often links to its rows here instead. */
const MAX_IDS = 500;

interface RuleCount {
  ruleId: string;
  rule: string;
  entity: string;
  ids: number[];
}

function countsByRule(rows: ViolationRow[], english: boolean): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const row of rows) {
    const entry = counts.get(row.ruleId) ?? {
      ruleId: row.ruleId,
      rule: english ? row.ruleMessage : row.ruleLabel,
      entity: row.entity,
      ids: [],
    };
    entry.ids.push(row.recordId);
    counts.set(row.ruleId, entry);
  }
  return [...counts.values()];
}

export function ViolationsPage() {
  const t = useTranslate();
  const { english, column } = useLabels();
  const filters = useReportFilters();
  const scope = useScopeName(filters.townId);
  const ruleId = filters.get("rule");
  const rules = useReport<DomainRule>(DOMAIN_RULES, {});
  const report = useReport<ViolationRow>(RULE_VIOLATIONS, { ...(ruleId ? { ruleId } : {}), ...filters.area });
  const rows = report.rows;
  const counts = countsByRule(rows, english);
  return (
    <ReportCard title={t("violations.title")} scope={scope} testId="violations">
      <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 1 }} flexWrap="wrap">
        <Stack direction="row" gap={2} {...SCREEN_ONLY}>
          <FilterSelect
            label={t("reports.rule")}
            value={ruleId}
            options={rules.rows.map((rule) => ({ id: rule.id, name: english ? rule.message : rule.label }))}
            onChange={(rule) => filters.set({ rule })}
            all={t("violations.all_rules")}
            minWidth={360}
          />
          <TownSelect value={filters.townId} onChange={(town) => filters.set({ town })} />
        </Stack>
        <Typography color="text.secondary">{t("violations.count", { count: rows.length })}</Typography>
        <Box sx={{ flex: 1 }} />
        <PrintButton />
      </Stack>
      <ReportStatus report={report} empty={t("violations.none")} />
      {counts.length > 0 && (
        <Box sx={{ mb: 2 }} data-testid="violations-by-rule">
          <Typography variant="subtitle2" gutterBottom>
            {t("violations.by_rule")}
          </Typography>
          <Stack direction="row" gap={1} flexWrap="wrap">
            {counts.map((count) => (
              <Chip
                key={count.ruleId}
                variant="outlined"
                clickable={count.ids.length <= MAX_IDS}
                component={count.ids.length <= MAX_IDS ? Link : "div"}
                to={recordsPath({ entity: count.entity, where: { id: { in: count.ids } } })}
                title={t("violations.list_records", { count: count.ids.length })}
                label={english ? `${count.rule}: ${count.ids.length}` : `${count.rule}：${count.ids.length}`}
              />
            ))}
          </Stack>
        </Box>
      )}
      {rows.length > 0 && (
        <Table size="small" data-testid="violations-table">
          <TableHead>
            <TableRow>
              <TableCell>{column("ruleLabel")}</TableCell>
              <TableCell>{column("entityLabel")}</TableCell>
              <TableCell>{column("recordLabel")}</TableCell>
              <TableCell>{column("fieldLabel")}</TableCell>
              <TableCell>{column("detail")}</TableCell>
              <TableCell>{column("townName")}</TableCell>
              <TableCell>{column("zoneName")}</TableCell>
              <TableCell>{column("enforcement")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.ruleId}:${row.recordId}`} hover>
                <TableCell>{english ? row.ruleMessage : row.ruleLabel}</TableCell>
                <TableCell>{english ? t(`resources.${row.entity}.name`) : row.entityLabel}</TableCell>
                <TableCell>
                  {resources[row.entity] ? (
                    <MuiLink component={Link} to={`/${row.entity}/${row.recordId}/show`} title={t("violations.open")}>
                      {row.recordLabel}
                    </MuiLink>
                  ) : (
                    row.recordLabel
                  )}
                </TableCell>
                <TableCell>{english ? t(`resources.${row.entity}.fields.${row.field}`) : row.fieldLabel}</TableCell>
                <TableCell>{english ? row.detailEn : row.detail}</TableCell>
                <TableCell>{row.townName ?? "—"}</TableCell>
                <TableCell>{row.zoneName ?? "—"}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={row.enforcement === "WRITE" ? "error" : "default"}
                    label={t(`enforcement.${row.enforcement}`)}
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
