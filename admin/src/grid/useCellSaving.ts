// Inline editing: each committed cell is parsed, shown at once, and saved with
// `update<Model>`. A refused save puts the old value back and keeps the server's
// message on the cell (and in a notification) until the cell is saved successfully.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CalculatedColumn, RowsChangeData } from "react-data-grid";
import { useDataProvider, useNotify, useTranslate, type Identifier } from "ra-core";
import type { AppDataProvider } from "../dataProvider/index.ts";
import type { AdminField } from "../metadata/fields.ts";
import { Draft, type Row } from "./editors.tsx";
import { parseCell } from "./parse.ts";

interface Overlay {
  values: Row;
  /** True once the server accepted it (then the next fetch of the list replaces it). */
  saved: boolean;
}

export const cellKey = (id: Identifier, column: string) => `${id}:${column}`;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function useCellSaving(model: string, data: Row[] | undefined, fields: Map<string, AdminField>) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [overlays, setOverlays] = useState<Map<Identifier, Overlay>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());

  // Fresh rows from the server replace what was saved meanwhile; pending edits stay.
  useEffect(() => {
    setOverlays((current) => new Map([...current].filter(([, overlay]) => !overlay.saved)));
  }, [data]);

  const rows = useMemo(
    () => (data ?? []).map((row) => (overlays.has(row.id) ? { ...row, ...overlays.get(row.id)!.values } : row)),
    [data, overlays],
  );

  const setError = useCallback((key: string, message: string | null) => {
    setErrors((current) => {
      const next = new Map(current);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });
  }, []);

  const saveCell = useCallback(
    (before: Row, after: Row, column: string) => {
      const field = fields.get(column);
      if (!field) return;
      const key = cellKey(before.id, column);
      let value = after[column];
      if (value instanceof Draft) {
        const parsed = parseCell(field, value.text);
        if (!parsed.ok) {
          const message = translate(`app.parse.${parsed.error}`, parsed.args);
          setError(key, `${field.label}：${message}`);
          notify("app.grid.save_failed", { type: "error", messageArgs: { message: `${field.label}：${message}` } });
          return;
        }
        if ("lookup" in parsed) return;
        value = parsed.value;
      }
      if (same(value, before[column])) {
        setError(key, null);
        return;
      }
      const patch: Row = { [column]: value };
      if (field.relation) patch[field.relation] = after[field.relation] ?? null;
      setOverlays((current) => new Map(current).set(before.id, { values: { ...current.get(before.id)?.values, ...patch }, saved: false }));
      dataProvider
        .update(model, { id: before.id, data: { [column]: value }, previousData: before })
        .then(({ data: saved }) => {
          setOverlays((current) => new Map(current).set(before.id, { values: saved, saved: true }));
          setError(key, null);
        })
        .catch((error: Error) => {
          setOverlays((current) => {
            const next = new Map(current);
            const overlay = next.get(before.id);
            if (overlay) {
              const values = { ...overlay.values };
              delete values[column];
              if (field.relation) delete values[field.relation];
              next.set(before.id, { ...overlay, values });
            }
            return next;
          });
          setError(key, error.message);
          notify("app.grid.save_failed", { type: "error", messageArgs: { message: error.message } });
        });
    },
    [dataProvider, fields, model, notify, setError, translate],
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

  return { rows, errors, onRowsChange };
}
