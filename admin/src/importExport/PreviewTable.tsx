// The first rows of a checked file as they will be written: per row what the commit does
// (add, update, nothing) and its mapped cells, those with a problem in red.
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "ra-core";
import type { AdminField } from "../metadata/fields.ts";
import { shownValue } from "./display.ts";
import type { ImportState } from "./useImport.ts";

export const PREVIEW_ROWS = 10;

const plain = { whiteSpace: "nowrap" } as const;
const flagged = { bgcolor: "#fdecea", color: "error.main", whiteSpace: "nowrap" } as const;

export function PreviewTable({ importer, fields }: { importer: ImportState; fields: AdminField[] }) {
  const t = useTranslate();
  const { plan, loaded, existing, problems, refused } = importer;
  if (!plan || !loaded) return null;
  const byField = new Map(fields.map((f) => [f.name, f]));
  const mapped = importer.mapping.filter((m) => m.field);
  const problemAt = (row: number, field: string) =>
    problems.some((p) => p.row === row && p.field === field) ||
    refused?.some((p) => p.row === row && p.field === field);
  const action = (row: number) =>
    existing.unchanged.has(row)
      ? t("import.action_unchanged")
      : existing.ids.has(row)
        ? t("import.action_update")
        : t("import.action_create");
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" data-testid="import-preview">
        <TableHead>
          <TableRow>
            <TableCell>{t("import.row")}</TableCell>
            {plan.key && <TableCell>{t("import.action")}</TableCell>}
            {mapped.map((m) => (
              <TableCell key={m.index} sx={plain}>
                {byField.get(m.field!)?.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.rows.slice(0, PREVIEW_ROWS).map((row) => {
            const cells = loaded.data.find((r) => r.number === row.number)?.cells ?? [];
            return (
              <TableRow key={row.number}>
                <TableCell>{row.number}</TableCell>
                {plan.key && <TableCell>{action(row.number)}</TableCell>}
                {mapped.map((m) => {
                  const bad = problemAt(row.number, m.field!);
                  return (
                    <TableCell key={m.index} sx={bad ? flagged : plain}>
                      {shownValue(byField.get(m.field!)!, row.values, cells[m.index], bad)}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
