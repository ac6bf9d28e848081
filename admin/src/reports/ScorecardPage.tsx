// 村(区)域记分卡: one row per zone with the counts of every plan and the flagship work,
// filterable by town, with a total row.
import {
  Box,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useMemo } from "react";
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { enumValueLabel } from "../metadata/fields.ts";
import { formatNumber, ReportCard, ReportStatus, TownSelect } from "./common.tsx";
import { useReportFilters } from "./filters.ts";
import { SCORECARD_FIGURES, SCORECARD_LABELS } from "./labels.ts";
import { useReport, zoneScorecardQuery, type ScorecardRow } from "./queries.ts";

const FIGURES = Object.keys(SCORECARD_FIGURES) as (keyof typeof SCORECARD_FIGURES)[];
const QUERY = zoneScorecardQuery(FIGURES);
const sticky = { position: "sticky", left: 0, bgcolor: "background.paper", zIndex: 1 } as const;

export function ScorecardPage() {
  const t = useTranslate();
  const filters = useReportFilters();
  const report = useReport<ScorecardRow>(QUERY, filters.area);
  const rows = report.rows;
  const totals = useMemo(
    () => Object.fromEntries(FIGURES.map((f) => [f, rows.reduce((sum, row) => sum + Number(row[f] ?? 0), 0)])),
    [rows],
  );
  return (
    <ReportCard title={t("scorecard.title")} testId="scorecard">
      <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 1 }}>
        <TownSelect value={filters.townId} onChange={(town) => filters.set({ town })} />
        <Typography color="text.secondary">{t("scorecard.zones", { count: rows.length })}</Typography>
      </Stack>
      <ReportStatus report={report} />
      <Box sx={{ overflow: "auto", maxHeight: "calc(100vh - 220px)" }}>
        <Table
          size="small"
          stickyHeader
          sx={{ "& td, & th": { whiteSpace: "nowrap", px: 1 } }}
          data-testid="scorecard-table"
        >
          <TableHead>
            <TableRow>
              <TableCell sx={{ ...sticky, zIndex: 3 }}>{SCORECARD_LABELS.zoneName}</TableCell>
              <TableCell>{SCORECARD_LABELS.townName}</TableCell>
              <TableCell>{SCORECARD_LABELS.zoneKind}</TableCell>
              <TableCell>{SCORECARD_LABELS.economicallyWeak}</TableCell>
              {FIGURES.map((f) => (
                <TableCell key={f} align="right">
                  {SCORECARD_LABELS[f]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.zoneId} hover>
                <TableCell sx={sticky}>
                  <MuiLink component={Link} to={`/Zone/${row.zoneId}/show`}>
                    {row.zoneName}
                  </MuiLink>
                </TableCell>
                <TableCell>{row.townName}</TableCell>
                <TableCell>{enumValueLabel("ZoneKind", row.zoneKind)}</TableCell>
                <TableCell>{row.economicallyWeak ? t("reports.yes") : ""}</TableCell>
                {FIGURES.map((f) => (
                  <TableCell key={f} align="right">
                    {formatNumber(Number(row[f]))}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            {rows.length > 1 && (
              <TableRow sx={{ "& td": { fontWeight: 600 } }}>
                <TableCell sx={sticky}>{t("scorecard.total")}</TableCell>
                <TableCell colSpan={3} />
                {FIGURES.map((f) => (
                  <TableCell key={f} align="right">
                    {formatNumber(totals[f])}
                  </TableCell>
                ))}
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Box>
    </ReportCard>
  );
}
