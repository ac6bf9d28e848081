// The audit entries of a record, newest first, with what each write changed.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useDataProvider, useRecordContext, useResourceContext, useTranslate } from "ra-core";
import type { AppDataProvider, AuditEntry } from "../dataProvider/index.ts";
import { AUDIT_FIELDS } from "@p181/schema";
import { adminField, enumValueLabel, type AdminField } from "../metadata/fields.ts";
import { formatCell } from "@p181/schema/cells";

type Values = Record<string, unknown>;

/** The fields a write changed, with their values before and after (all of them for a creation). */
export function changesOf(
  model: string,
  entry: Pick<AuditEntry, "before" | "after">,
): { field: AdminField; before: string; after: string }[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter(
      (key) =>
        !AUDIT_FIELDS.has(key) &&
        key !== "id" &&
        JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
    )
    .flatMap((key) => {
      const field = adminField(model, key);
      if (!field) return [];
      const show = (values: Values) => (key in values ? formatCell(field, normalise(field, values)) : "");
      return [{ field, before: show(before), after: show(after) }];
    });
}

/** Audit rows hold database values (dates as timestamps); show dates as dates. */
function normalise(field: AdminField, values: Values): Values {
  const value = values[field.name];
  if (field.kind === "date" && typeof value === "string") return { ...values, [field.name]: value.slice(0, 10) };
  return values;
}

export function HistoryTab() {
  const record = useRecordContext();
  const model = useResourceContext()!;
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record) return;
    dataProvider
      .history(model, { id: record.id })
      .then(({ data }) => setEntries(data))
      .catch((e: Error) => setError(e.message));
  }, [dataProvider, model, record]);
  if (error) return <Typography color="error">{error}</Typography>;
  if (!entries) return <Typography color="text.secondary">{translate("ra.page.loading")}</Typography>;
  if (entries.length === 0) return <Typography color="text.secondary">{translate("app.history.empty")}</Typography>;
  return (
    <Table size="small" data-testid="history">
      <TableHead>
        <TableRow>
          <TableCell>{translate("app.history.at")}</TableCell>
          <TableCell>{translate("app.history.action")}</TableCell>
          <TableCell>{translate("app.history.user")}</TableCell>
          <TableCell>{translate("app.history.field")}</TableCell>
          <TableCell>{translate("app.history.before")}</TableCell>
          <TableCell>{translate("app.history.after")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.flatMap((entry) => {
          const changes = entry.action === "UPDATE" || entry.action === "CREATE" ? changesOf(model, entry) : [];
          const lines = changes.length > 0 ? changes : [null];
          return lines.map((change, i) => (
            <TableRow key={`${entry.id}-${i}`}>
              {i === 0 && (
                <>
                  <TableCell rowSpan={lines.length} sx={{ whiteSpace: "nowrap", verticalAlign: "top" }}>
                    {new Date(entry.at).toLocaleString("zh-CN")}
                  </TableCell>
                  <TableCell rowSpan={lines.length} sx={{ verticalAlign: "top" }}>
                    {enumValueLabel("AuditAction", entry.action)}
                  </TableCell>
                  <TableCell rowSpan={lines.length} sx={{ verticalAlign: "top" }}>
                    {entry.user?.displayName ?? "—"}
                  </TableCell>
                </>
              )}
              <TableCell>{change?.field.label ?? ""}</TableCell>
              <TableCell sx={{ color: "error.main", textDecoration: change?.before ? "line-through" : undefined }}>
                {change?.before ?? ""}
              </TableCell>
              <TableCell sx={{ color: "success.main" }}>{change?.after ?? ""}</TableCell>
            </TableRow>
          ));
        })}
      </TableBody>
    </Table>
  );
}
