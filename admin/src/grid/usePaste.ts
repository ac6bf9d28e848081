// Ctrl+V of a block copied from Excel/WPS onto the selected cell or range: parsed and checked
// cell by cell (references by their name, code or id), then saved all or nothing as one action
// of the grid (useGridWrites: one saveRows mutation, undoable). One value pasted onto a range
// fills it. Any problem – found here or by the API – is reported by row and column and nothing
// is written; a row someone else changed after the page loaded goes to reload-or-overwrite.
import { resolveLookups } from "@p181/schema/cells";
import { useCallback, useState, type ClipboardEvent } from "react";
import { useNotify, useTranslate } from "ra-core";
import type { ApiErrorBody } from "../dataProvider/errors.ts";
import { candidateSource } from "../graphql/candidates.ts";
import { useGraphQL } from "../graphql/request.ts";
import { adminField, type AdminField } from "../metadata/fields.ts";
import type { Row } from "./editors.tsx";
import { planPaste, type PastePlan } from "./paste.ts";
import { rectHeight, rectWidth, type Rect } from "./range.ts";
import { parseTsv, tile } from "./tsv.ts";
import { isTypingInput } from "./TypingInput.tsx";
import type { GridWrites } from "./useGridWrites.ts";

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
  rows: Row[];
  /** Visible columns, in display order. */
  columns: AdminField[];
  /** The selected cells in data coordinates (rows, and indexes into `columns`), or null. */
  target: () => Rect | null;
  canWrite: boolean;
  canCreate: boolean;
  requiredForCreate: AdminField[];
  save: GridWrites["save"];
}

export function usePaste({ rows, columns, target, canWrite, canCreate, requiredForCreate, save }: Options) {
  const requester = useGraphQL();
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

  /** The server's refusal, by row and column. */
  const refused = useCallback(
    (plan: PastePlan, error: unknown): PasteReport => {
      const body = (error as { body?: ApiErrorBody }).body;
      const updateOf = (id: number | undefined) => plan.updates.find((u) => u.id === id);
      const field = body?.entity && body.field ? adminField(body.entity, body.field) : undefined;
      const violations = body?.violations ?? [];
      return {
        intro: translate("app.grid.paste_failed"),
        lines:
          violations.length > 0
            ? violations.map((v) => ({
                row: updateOf(v.recordId) ? rowLabel(updateOf(v.recordId)!.gridRow, false) : `#${v.recordId}`,
                column: adminField(v.entity, v.field)?.label ?? v.field,
                message: `${v.label}（${v.detail}）`,
              }))
            : [
                {
                  row: updateOf(body?.recordId) ? rowLabel(updateOf(body?.recordId)!.gridRow, false) : "",
                  column: field?.label ?? "",
                  message: (error as Error).message,
                },
              ],
      };
    },
    [rowLabel, translate],
  );

  const onPaste = useCallback(
    async (event: ClipboardEvent<HTMLDivElement>) => {
      const element = event.target as HTMLElement;
      if (!isTypingInput(element) && element.closest("input, textarea, select, [contenteditable=true]")) return; // typing in an editor
      const text = event.clipboardData.getData("text/plain");
      if (!text) return;
      event.preventDefault();
      if (!canWrite) return notify("app.grid.paste_readonly", { type: "warning" });
      const rect = target();
      if (!rect || rect.top < 0 || rect.left < 0) return notify("app.grid.paste_no_cell", { type: "warning" });

      const plan = planPaste({
        block: tile(parseTsv(text), rectHeight(rect), rectWidth(rect)),
        columns,
        startColumn: rect.left,
        rows,
        startRow: rect.top,
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
        const outcome = await save(
          "paste",
          plan.updates.map(({ id, data, previousData }) => ({ id, base: previousData as Row, data })),
          plan.creates,
        );
        if (outcome.ok)
          notify("app.grid.paste_saved", {
            type: "success",
            messageArgs: {
              rows: plan.updates.length + plan.creates.length,
              updated: plan.updates.length,
              created: plan.creates.length,
            },
          });
        else if (!outcome.stale) setReport(refused(plan, outcome.error));
      } finally {
        setSaving(false);
      }
    },
    [
      canCreate,
      canWrite,
      columns,
      notify,
      refused,
      requester,
      requiredForCreate,
      rowLabel,
      rows,
      save,
      target,
      translate,
    ],
  );

  return { onPaste, report, closeReport: () => setReport(null), saving };
}
