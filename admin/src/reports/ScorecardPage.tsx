// 村(区)域记分卡: one row per zone with the counts of every plan and the flagship work,
// filterable by town, sortable by any column, with subtotals by town and the total; every
// number opens the list of its records; printable and exported to Excel as shown.
import DownloadIcon from "@mui/icons-material/Download";
import {
  Box,
  Button,
  FormControlLabel,
  Link as MuiLink,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import type { ColumnKey } from "../i18n/report-messages.ts";
import { FigureLink, ReportCard, ReportStatus, TownSelect } from "./common.tsx";
import { recordsPath, zoneArea, type Records } from "./drilldown.ts";
import { useReportFilters } from "./filters.ts";
import { SCORECARD_FIGURES } from "./labels.ts";
import { PrintButton, SCREEN_ONLY } from "./print.tsx";
import {
  SCORECARD_FIGURES as FIGURES_QUERY,
  useReport,
  zoneScorecardQuery,
  type ScorecardFigure,
  type ScorecardRow,
} from "./queries.ts";
import { scorecardLines, type Line, type Sort } from "./scorecardTable.ts";
import { useScopeName } from "./scope.ts";
import { useLabels } from "./useLabels.ts";

const FIGURES = Object.keys(SCORECARD_FIGURES) as (keyof typeof SCORECARD_FIGURES)[];
const TEXT_COLUMNS = ["zoneName", "townName", "zoneKind", "economicallyWeak"] as const;
const QUERY = zoneScorecardQuery(FIGURES);
const sticky = { position: "sticky", left: 0, bgcolor: "background.paper", zIndex: 1 } as const;

export function ScorecardPage() {
  const t = useTranslate();
  const labels = useLabels();
  const filters = useReportFilters();
  const scope = useScopeName(filters.townId);
  const report = useReport<ScorecardRow>(QUERY, filters.area);
  const figures = useReport<ScorecardFigure>(FIGURES_QUERY, {});
  const [exporting, setExporting] = useState(false);
  const sort: Sort = {
    key: filters.get("sort") ?? "zoneCode",
    order: filters.get("order") === "desc" ? "desc" : "asc",
  };
  const grouped = filters.get("group") !== "off";
  const rows = report.rows;
  const lines = scorecardLines(rows, FIGURES, sort, grouped);
  const recordsOf = new Map<string, Records>(figures.rows.map((figure) => [figure.key, figure.records]));
  const link = (figure: string, area: Parameters<typeof zoneArea>[0]) => {
    const records = recordsOf.get(figure);
    return records ? recordsPath(records, zoneArea(area)) : null;
  };
  const sortBy = (key: string) =>
    filters.set({ sort: key, order: sort.key === key && sort.order === "asc" ? "desc" : "asc" });
  const header = (key: ColumnKey, align?: "right") => (
    <TableSortLabel
      active={sort.key === key}
      direction={sort.key === key ? sort.order : key === "zoneName" || key === "townName" ? "asc" : "desc"}
      onClick={() => sortBy(key)}
      title={t("scorecard.sort")}
      sx={align ? { flexDirection: "row-reverse" } : undefined}
    >
      {labels.column(key)}
    </TableSortLabel>
  );
  const text = (line: Extract<Line, { kind: "zone" }>, key: string) => {
    const row = line.row;
    if (key === "zoneKind") return labels.enumValue("ZoneKind", row.zoneKind);
    if (key === "economicallyWeak") return row.economicallyWeak ? t("reports.yes") : "";
    return String(row[key] ?? "");
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const [{ scorecardWorkbook }, { saveFile, MIME }] = await Promise.all([
        import("./scorecardXlsx.ts"),
        import("../importExport/export.ts"),
      ]);
      const buffer = await scorecardWorkbook({
        title: t("scorecard.title"),
        scope,
        columns: [
          ...TEXT_COLUMNS.map((key) => ({ key, header: labels.column(key), figure: false })),
          ...FIGURES.map((key) => ({ key, header: labels.column(key), figure: true })),
        ],
        lines,
        text,
        subtotalLabel: (town) => t("scorecard.subtotal", { town }),
        totalLabel: t("scorecard.total"),
      });
      saveFile(`${t("scorecard.title")}-${scope}.xlsx`, buffer, MIME.xlsx);
    } finally {
      setExporting(false);
    }
  };

  return (
    <ReportCard title={t("scorecard.title")} scope={scope} testId="scorecard">
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap" sx={{ mb: 1 }}>
        <Box {...SCREEN_ONLY}>
          <TownSelect value={filters.townId} onChange={(town) => filters.set({ town })} />
        </Box>
        <FormControlLabel
          {...SCREEN_ONLY}
          control={
            <Switch
              checked={grouped}
              onChange={(event) => filters.set({ group: event.target.checked ? null : "off" })}
              data-testid="group-by-town"
            />
          }
          label={t("scorecard.by_town")}
        />
        <Typography color="text.secondary">{t("scorecard.zones", { count: rows.length })}</Typography>
        <Typography variant="caption" color="text.secondary" {...SCREEN_ONLY}>
          {t("scorecard.cell_hint")}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          onClick={exportXlsx}
          disabled={exporting || rows.length === 0}
          {...SCREEN_ONLY}
        >
          {t("reports.export_xlsx")}
        </Button>
        <PrintButton />
      </Stack>
      <ReportStatus report={report} />
      <Box sx={{ overflow: "auto", maxHeight: "calc(100vh - 220px)" }} data-print="whole">
        <Table
          size="small"
          stickyHeader
          sx={{ "& td, & th": { whiteSpace: "nowrap", px: 1 } }}
          data-testid="scorecard-table"
        >
          <TableHead>
            <TableRow>
              <TableCell sx={{ ...sticky, zIndex: 3 }}>{header("zoneName")}</TableCell>
              <TableCell>{header("townName")}</TableCell>
              <TableCell>{header("zoneKind")}</TableCell>
              <TableCell>{header("economicallyWeak")}</TableCell>
              {FIGURES.map((f) => (
                <TableCell key={f} align="right" sortDirection={sort.key === f ? sort.order : false}>
                  {header(f, "right")}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) =>
              line.kind === "zone" ? (
                <TableRow key={line.row.zoneId} hover data-testid="scorecard-zone">
                  <TableCell sx={sticky}>
                    <MuiLink component={Link} to={`/Zone/${line.row.zoneId}/show`}>
                      {line.row.zoneName}
                    </MuiLink>
                  </TableCell>
                  <TableCell>{line.row.townName}</TableCell>
                  <TableCell>{text(line, "zoneKind")}</TableCell>
                  <TableCell>{text(line, "economicallyWeak")}</TableCell>
                  {FIGURES.map((f) => (
                    <TableCell key={f} align="right" data-figure={f}>
                      <FigureLink value={Number(line.row[f] ?? 0)} to={link(f, { zoneId: line.row.zoneId })} />
                    </TableCell>
                  ))}
                </TableRow>
              ) : (
                <TableRow
                  key={line.kind === "subtotal" ? `town-${line.townId}` : "total"}
                  sx={{ "& td": { fontWeight: 600, bgcolor: line.kind === "total" ? "grey.100" : "grey.50" } }}
                  data-testid={line.kind === "subtotal" ? "scorecard-subtotal" : "scorecard-total"}
                >
                  <TableCell sx={sticky}>
                    {line.kind === "subtotal" ? t("scorecard.subtotal", { town: line.townName }) : t("scorecard.total")}
                  </TableCell>
                  <TableCell colSpan={3} />
                  {FIGURES.map((f) => (
                    <TableCell key={f} align="right" data-figure={f}>
                      <FigureLink
                        value={line.values[f] ?? 0}
                        to={link(f, { townId: line.kind === "subtotal" ? line.townId : filters.townId })}
                      />
                    </TableCell>
                  ))}
                </TableRow>
              ),
            )}
          </TableBody>
        </Table>
      </Box>
    </ReportCard>
  );
}
