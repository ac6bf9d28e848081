// A committed cell editor → one edit of the grid, saved like every other write
// (useGridWrites). Typed text is parsed with the same rules as a paste; a refused save puts the
// old value back and keeps the server's message on the cell (and in a notification) until the
// cell is saved successfully.
import { useCallback } from "react";
import type { CalculatedColumn, RowsChangeData } from "react-data-grid";
import { useNotify, useTranslate } from "ra-core";
import { parseText } from "@p181/schema/cells";
import type { AdminField } from "../metadata/fields.ts";
import { sameValue } from "./commands.ts";
import { Draft, type Row } from "./editors.tsx";
import { cellKey, type GridWrites } from "./useGridWrites.ts";

export function useCellSaving(fields: Map<string, AdminField>, writes: GridWrites) {
  const notify = useNotify();
  const translate = useTranslate();
  const { rows, save, setError } = writes;

  const saveCell = useCallback(
    (before: Row, after: Row, column: string) => {
      const field = fields.get(column);
      if (!field) return;
      const key = cellKey(before.id, column);
      const refuse = (message: string) => {
        setError(key, message);
        notify("app.grid.save_failed", { type: "error", messageArgs: { message } });
      };
      let value = after[column];
      if (value instanceof Draft) {
        const parsed = parseText(field, value.text);
        if (!parsed.ok) return refuse(`${field.label}：${translate(`app.parse.${parsed.error}`, parsed.args)}`);
        if ("lookup" in parsed) return; // references are picked from a list, never typed as text
        value = parsed.value;
      }
      if (sameValue(value, before[column])) return setError(key, null);
      const data: Record<string, unknown> = { [column]: value };
      if (field.relation) data[field.relation] = after[field.relation] ?? null;
      void save("edit", [{ id: before.id, base: before, data }]).then((outcome) => {
        if (!outcome.ok && !outcome.stale) refuse((outcome.error as Error).message);
      });
    },
    [fields, notify, save, setError, translate],
  );

  const onRowsChange = useCallback(
    (next: Row[], { indexes, column }: RowsChangeData<Row>) => {
      for (const index of indexes) {
        const before = rows[index];
        const after = next[index];
        if (before && after) saveCell(before, after, (column as CalculatedColumn<Row>).key);
      }
    },
    [rows, saveCell],
  );

  return { onRowsChange };
}
