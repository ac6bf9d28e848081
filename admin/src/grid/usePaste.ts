// Ctrl+V of a block copied from Excel/WPS: parsed and checked cell by cell (references by
// their name, code or id), then saved all or nothing (see dataProvider saveRows). Any problem
// – found here or by the API – is reported by row and column and nothing is written; a row
// someone else changed after the page loaded is handed to the grid's reload-or-overwrite.
import { resolveLookups } from "@p181/schema/cells";
import { useCallback, useState, type ClipboardEvent } from "react";
import { useDataProvider, useListContext, useNotify, useTranslate } from "ra-core";
import type { ApiErrorBody } from "../dataProvider/errors.ts";
import type { AppDataProvider, RowUpdate } from "../dataProvider/index.ts";
import { staleConflictOf } from "../dataProvider/stale.ts";
import { candidateSource } from "../graphql/candidates.ts";
import { useGraphQL } from "../graphql/request.ts";
import { adminField, type AdminField } from "../metadata/fields.ts";
import type { Row } from "./editors.tsx";
import { parseTsv, planPaste, type PastePlan } from "./paste.ts";
import type { GridConflict } from "./useStaleConflicts.ts";

export interface PasteReportLine {
  row: string;
  column: string;
  message: string;
}

export interface PasteReport {
  intro: string;
  lines: PasteReportLine[];
}

interface Options {
  model: string;
  rows: Row[];
  /** Visible columns, in display order. */
  columns: AdminField[];
  active: { rowIdx: number; columnKey: string } | null;
  canWrite: boolean;
  canCreate: boolean;
  requiredForCreate: AdminField[];
  /** A pasted row someone else changed after the page loaded: nothing was written. */
  onStale: (conflict: GridConflict) => void;
}

export function usePaste({ model, rows, columns, active, canWrite, canCreate, requiredForCreate, onStale }: Options) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const requester = useGraphQL();
  const { refetch } = useListContext();
  const notify = useNotify();
  const translate = useTranslate();
  const [report, setReport] = useState<PasteReport | null>(null);
  const [saving, setSaving] = useState(false);

  const rowLabel = useCallback(
    (gridRow: number, isNew: boolean) =>
      isNew
        ? translate("app.grid.new_row", { row: gridRow - rows.length + 1 })
        : translate("app.grid.row", { row: gridRow + 1 }),
    [rows.length, translate],
  );

  /** Saves the plan's rows; a row someone else changed meanwhile becomes a conflict whose overwrite saves the block again over that version. */
  const save = useCallback(
    async (plan: PastePlan, updates: RowUpdate[]): Promise<void> => {
      try {
        await dataProvider.saveRows(model, { updates, creates: plan.creates });
        notify("app.grid.paste_saved", {
          type: "success",
          messageArgs: {
            rows: plan.updates.length + plan.creates.length,
            updated: plan.updates.length,
            created: plan.creates.length,
          },
        });
        await refetch();
      } catch (error) {
        const conflict = staleConflictOf(error);
        const staleRow = conflict && updates.find((u) => String(u.id) === String(conflict.recordId));
        if (conflict && staleRow) {
          const overwrite = (entry: GridConflict) =>
            save(
              plan,
              updates.map((u) => (u === staleRow ? { ...u, expectedUpdatedAt: entry.conflict.updatedAt } : u)),
            );
          return onStale({
            id: staleRow.id,
            source: "paste",
            conflict,
            base: staleRow.previousData,
            mine: staleRow.data,
            overwrite,
          });
        }
        const body = (error as { body?: ApiErrorBody }).body;
        const update = plan.updates.find((u) => u.id === body?.recordId);
        const field = body?.entity && body.field ? adminField(body.entity, body.field) : undefined;
        const violations = body?.violations ?? [];
        setReport({
          intro: translate("app.grid.paste_failed"),
          lines:
            violations.length > 0
              ? violations.map((v) => ({
                  row: plan.updates.find((u) => u.id === v.recordId)
                    ? rowLabel(plan.updates.find((u) => u.id === v.recordId)!.gridRow, false)
                    : `#${v.recordId}`,
                  column: adminField(v.entity, v.field)?.label ?? v.field,
                  message: `${v.label}（${v.detail}）`,
                }))
              : [
                  {
                    row: update ? rowLabel(update.gridRow, false) : "",
                    column: field?.label ?? "",
                    message: (error as Error).message,
                  },
                ],
        });
      }
    },
    [dataProvider, model, notify, onStale, refetch, rowLabel, translate],
  );

  const onPaste = useCallback(
    async (event: ClipboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return; // typing in an editor
      const text = event.clipboardData.getData("text/plain");
      if (!text) return;
      event.preventDefault();
      if (!canWrite) return notify("app.grid.paste_readonly", { type: "warning" });
      if (!active || active.rowIdx < 0) return notify("app.grid.paste_no_cell", { type: "warning" });
      const startColumn = columns.findIndex((c) => c.name === active.columnKey);
      if (startColumn < 0) return notify("app.grid.paste_no_cell", { type: "warning" });

      const plan = planPaste({
        block: parseTsv(text),
        columns,
        startColumn,
        rows,
        startRow: active.rowIdx,
        canCreate,
        requiredForCreate,
      });
      const lines: PasteReportLine[] = plan.problems.map((p) => ({
        row: rowLabel(p.gridRow, p.isNew),
        column: p.column,
        message: translate(
          p.error === "readonly"
            ? "app.grid.paste_readonly"
            : p.error === "not_editable"
              ? "app.grid.not_editable"
              : `app.parse.${p.error}`,
          p.args,
        ),
      }));
      setSaving(true);
      try {
        for (const [lookup, id] of await resolveLookups(plan.lookups, candidateSource(requester))) {
          if (typeof id === "number") {
            lookup.target[lookup.field.name] = id;
            continue;
          }
          const update = plan.updates.find((u) => u.data === lookup.target);
          const createIndex = plan.creates.indexOf(lookup.target);
          lines.push({
            row: update ? rowLabel(update.gridRow, false) : rowLabel(rows.length + createIndex, true),
            column: lookup.field.label,
            message: translate(`app.parse.${id === null ? "reference" : "ambiguous"}`, { value: lookup.text }),
          });
        }
        if (lines.length > 0) return setReport({ intro: translate("app.grid.paste_report_intro"), lines });
        if (plan.updates.length === 0 && plan.creates.length === 0) return;
        await save(
          plan,
          plan.updates.map(({ id, data, previousData }) => ({ id, data, previousData })),
        );
      } finally {
        setSaving(false);
      }
    },
    [active, canCreate, canWrite, columns, notify, requester, requiredForCreate, rowLabel, rows, save, translate],
  );

  return { onPaste, report, closeReport: () => setReport(null), saving };
}
