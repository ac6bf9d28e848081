// Inline editing: each committed cell is parsed, shown at once, and saved with
// `update<Model>`. A refused save puts the old value back and keeps the server's
// message on the cell (and in a notification) until the cell is saved successfully.
//
// Each save names the version of the row it edits (its `updatedAt`); a row someone else
// changed meanwhile is reported to `onStale` instead. Saves of one row run one after
// another, each expecting the version the previous one made, so quick edits of two cells of
// a row never refuse each other.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CalculatedColumn, RowsChangeData } from "react-data-grid";
import { useDataProvider, useNotify, useTranslate, type Identifier } from "ra-core";
import type { AppDataProvider } from "../dataProvider/index.ts";
import { staleConflictOf } from "../dataProvider/stale.ts";
import type { AdminField } from "../metadata/fields.ts";
import { Draft, type Row } from "./editors.tsx";
import { parseText } from "@p181/schema/cells";
import type { GridConflict } from "./useStaleConflicts.ts";

interface Overlay {
  values: Record<string, unknown>;
  /** True once the server accepted it (then the next fetch of the list replaces it). */
  saved: boolean;
}

export const cellKey = (id: Identifier, column: string) => `${id}:${column}`;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The later of two versions (ISO timestamps of one format compare as text). */
function later(a: unknown, b: unknown): unknown {
  return typeof a === "string" && typeof b === "string" ? (a > b ? a : b) : (a ?? b);
}

export function useCellSaving(
  model: string,
  data: Row[] | undefined,
  fields: Map<string, AdminField>,
  onStale: (conflict: GridConflict) => void,
) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [overlays, setOverlays] = useState<Map<Identifier, Overlay>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  /** Per row: the version this page's last save made, and the save under way. */
  const versions = useRef(new Map<Identifier, unknown>());
  const queues = useRef(new Map<Identifier, Promise<unknown>>());

  // Fresh rows from the server replace what was saved meanwhile; pending edits stay.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs because `data` changed, without reading it
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

  const enqueue = useCallback(<T>(id: Identifier, work: () => Promise<T>): Promise<T> => {
    const next = (queues.current.get(id) ?? Promise.resolve()).catch(() => undefined).then(work);
    queues.current.set(id, next);
    return next;
  }, []);

  const accepted = useCallback(
    (id: Identifier, saved: Row, columns: string[]) => {
      versions.current.set(id, saved.updatedAt);
      setOverlays((current) => new Map(current).set(id, { values: saved, saved: true }));
      for (const column of columns) setError(cellKey(id, column), null);
    },
    [setError],
  );

  const overwrite = useCallback(
    (entry: GridConflict) =>
      enqueue(entry.id, () =>
        dataProvider.update(model, {
          id: entry.id,
          data: entry.mine,
          previousData: entry.base,
          meta: { expectedUpdatedAt: entry.conflict.updatedAt },
        }),
      ).then(
        ({ data: saved }) => {
          accepted(entry.id, saved, Object.keys(entry.mine));
          notify("app.stale.overwritten", { type: "success" });
        },
        (error: Error) => {
          const conflict = staleConflictOf(error);
          if (conflict) onStale({ ...entry, conflict });
          else notify("app.grid.save_failed", { type: "error", messageArgs: { message: error.message } });
        },
      ),
    [accepted, dataProvider, enqueue, model, notify, onStale],
  );

  const saveCell = useCallback(
    (before: Row, after: Row, column: string) => {
      const field = fields.get(column);
      if (!field) return;
      const key = cellKey(before.id, column);
      let value = after[column];
      if (value instanceof Draft) {
        const parsed = parseText(field, value.text);
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
      const patch: Record<string, unknown> = { [column]: value };
      if (field.relation) patch[field.relation] = after[field.relation] ?? null;
      setOverlays((current) =>
        new Map(current).set(before.id, { values: { ...current.get(before.id)?.values, ...patch }, saved: false }),
      );
      enqueue(before.id, () =>
        dataProvider.update(model, {
          id: before.id,
          data: { [column]: value },
          previousData: { ...before, updatedAt: later(before.updatedAt, versions.current.get(before.id)) },
        }),
      )
        .then(({ data: saved }) => accepted(before.id, saved, [column]))
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
          const conflict = staleConflictOf(error);
          if (conflict)
            return onStale({
              id: before.id,
              source: "cell",
              conflict,
              base: before,
              mine: { [column]: value },
              overwrite,
            });
          setError(key, error.message);
          notify("app.grid.save_failed", { type: "error", messageArgs: { message: error.message } });
        });
    },
    [accepted, dataProvider, enqueue, fields, model, notify, onStale, overwrite, setError, translate],
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
