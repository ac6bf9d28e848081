// 规则违反清单: every record breaking a domain rule, each linked to the record in the admin.
import {
  Alert,
  Card,
  CardContent,
  Chip,
  Link as MuiLink,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { Title } from "react-admin";
import { useTranslate } from "ra-core";
import { Link, useSearchParams } from "react-router-dom";
import { resources } from "@p181/schema";
import { ReportStatus, TownSelect } from "./common.tsx";
import { ENFORCEMENT_LABELS, VIOLATION_LABELS } from "./labels.ts";
import { DOMAIN_RULES, RULE_VIOLATIONS, useReport, type DomainRule, type ViolationRow } from "./queries.ts";

export function ViolationsPage() {
  const t = useTranslate();
  const [params, setParams] = useSearchParams();
  const ruleId = params.get("rule");
  const townId = params.get("town") ? Number(params.get("town")) : null;
  const rules = useReport<DomainRule>(DOMAIN_RULES, {});
  const report = useReport<ViolationRow>(RULE_VIOLATIONS, {
    ...(ruleId ? { ruleId } : {}),
    ...(townId === null ? {} : { townId }),
  });
  const rows = report.rows ?? [];
  const set = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
      return next;
    });
  return (
    <Card sx={{ mt: 1 }} data-testid="violations">
      <Title title={t("violations.title")} />
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 1 }} flexWrap="wrap">
          <TextField
            select
            size="small"
            label={t("reports.rule")}
            value={ruleId ?? ""}
            onChange={(event) => set("rule", event.target.value)}
            sx={{ minWidth: 360 }}
          >
            <MenuItem value="">{t("violations.all_rules")}</MenuItem>
            {(rules.rows ?? []).map((rule) => (
              <MenuItem key={rule.id} value={rule.id}>
                {rule.label}
              </MenuItem>
            ))}
          </TextField>
          <TownSelect value={townId} onChange={(value) => set("town", value === null ? null : String(value))} />
          <Typography color="text.secondary">{t("violations.count", { count: rows.length })}</Typography>
        </Stack>
        <ReportStatus report={report} />
        {!report.loading && !report.error && rows.length === 0 && (
          <Alert severity="success">{t("violations.none")}</Alert>
        )}
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
                  <TableCell>{row.ruleLabel}</TableCell>
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
                  <TableCell>{row.detail}</TableCell>
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
      </CardContent>
    </Card>
  );
}
