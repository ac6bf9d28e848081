// The import's second step: each column of the file matched to a field (by its header at
// first), or ignored.
import {
  Alert,
  Button,
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
import { useTranslate } from "ra-core";
import type { ColumnMapping } from "@p181/schema/cells";
import { isBlank } from "@p181/schema/sheets";
import type { AdminField } from "../metadata/fields.ts";
import { cellText } from "./display.ts";
import type { ImportState } from "./useImport.ts";

const sampleStyle = {
  color: "text.secondary",
  maxWidth: 360,
  overflow: "hidden",
  textOverflow: "ellipsis",
  whiteSpace: "nowrap",
} as const;

export function MappingStep({ importer, fields }: { importer: ImportState; fields: AdminField[] }) {
  const t = useTranslate();
  const { mapping, loaded } = importer;
  const mapped = mapping.filter((m) => m.field);
  const missing = fields.filter((f) => f.required && !mapping.some((m) => m.field === f.name));
  const samples = (m: ColumnMapping) =>
    (loaded?.data ?? [])
      .map((row) => row.cells[m.index])
      .filter((cell) => !isBlank(cell))
      .slice(0, 3)
      .map(cellText)
      .join("，");
  return (
    <Stack gap={1}>
      <Typography variant="body2">{t("import.mapping_help")}</Typography>
      <Table size="small" data-testid="import-mapping">
        <TableHead>
          <TableRow>
            <TableCell>{t("import.column")}</TableCell>
            <TableCell>{t("import.sample")}</TableCell>
            <TableCell sx={{ width: 280 }}>{t("import.field")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {mapping.map((m) => (
            <TableRow key={m.index}>
              <TableCell>
                {m.letter} · {m.header || "—"}
              </TableCell>
              <TableCell sx={sampleStyle}>{samples(m)}</TableCell>
              <TableCell>
                <TextField
                  select
                  fullWidth
                  size="small"
                  value={m.field ?? ""}
                  onChange={(event) => importer.mapColumn(m.index, event.target.value || null)}
                  slotProps={{
                    htmlInput: { "aria-label": `${m.letter} ${m.header}` },
                    select: { displayEmpty: true },
                  }}
                  sx={m.field ? undefined : { "& .MuiSelect-select": { color: "text.disabled" } }}
                >
                  <MenuItem value="">{t("import.ignore")}</MenuItem>
                  {fields.map((f) => (
                    <MenuItem
                      key={f.name}
                      value={f.name}
                      disabled={mapping.some((o) => o.index !== m.index && o.field === f.name)}
                    >
                      {f.label}
                      {f.required ? ` *` : ""}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {missing.length > 0 && (
        <Alert severity="warning">
          {t("import.problem.missing_column")}：{missing.map((f) => f.label).join("、")}
        </Alert>
      )}
      <Stack direction="row" gap={1}>
        <Button onClick={importer.reset}>{t("import.back")}</Button>
        <Button
          variant="contained"
          onClick={importer.check}
          disabled={importer.busy !== null || mapped.length === 0}
          data-testid="import-check"
        >
          {t("import.check")}
        </Button>
      </Stack>
    </Stack>
  );
}
