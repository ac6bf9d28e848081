// A zone secretary's own zone on the home page: its scorecard (every plan and the flagship
// work, all years), each figure linked to its records. Zones have no annual targets in
// most cities, so this is what a zone's dashboard can show besides the to-do list.
import { Box, Card, CardContent, Typography } from "@mui/material";
import { useTranslate } from "ra-core";
import { FigureLink } from "../reports/common.tsx";
import { recordsPath, zoneArea } from "../reports/drilldown.ts";
import { SCORECARD_FIGURES } from "../reports/labels.ts";
import {
  SCORECARD_FIGURES as FIGURES_QUERY,
  useReport,
  zoneScorecardQuery,
  type ScorecardFigure,
  type ScorecardRow,
} from "../reports/queries.ts";
import { useLabels } from "../reports/useLabels.ts";

const FIGURES = Object.keys(SCORECARD_FIGURES) as (keyof typeof SCORECARD_FIGURES)[];
const QUERY = zoneScorecardQuery(FIGURES);

export function ZoneWork({ zoneId }: { zoneId: number }) {
  const t = useTranslate();
  const labels = useLabels();
  // The API narrows the scorecard to the secretary's zone.
  const zone = useReport<ScorecardRow>(QUERY, {});
  const figures = useReport<ScorecardFigure>(FIGURES_QUERY, {});
  const row = zone.rows.find((candidate) => candidate.zoneId === zoneId);
  if (!row) return null;
  return (
    <Card data-testid="zone-work">
      <CardContent>
        <Typography variant="subtitle1" fontWeight={600} gutterBottom>
          {t("dashboard.zone_work")}
        </Typography>
        <Box sx={{ display: "grid", gap: 1, gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))" }}>
          {FIGURES.map((key) => {
            const records = figures.rows.find((figure) => figure.key === key)?.records;
            return (
              <Box key={key} sx={{ border: 1, borderColor: "divider", borderRadius: 1, px: 1.5, py: 1 }}>
                <Typography variant="caption" color="text.secondary">
                  {labels.column(key)}
                </Typography>
                <Typography variant="h6">
                  <FigureLink
                    value={Number(row[key] ?? 0)}
                    to={records ? recordsPath(records, zoneArea({ zoneId })) : null}
                  />
                </Typography>
              </Box>
            );
          })}
        </Box>
      </CardContent>
    </Card>
  );
}
