// The one path of the grid's writes: a cell edit, a paste, clearing or filling a block, and
// undoing or redoing any of them. Each user action shows at once and is saved by one
// `saveRows…` mutation (all or nothing, dataProvider saveRows), then recorded for Ctrl+Z/Ctrl+Y.
//
// Every row a write changes names the version it expects (`updatedAt`): the row as the user
// saw it, or the version this page's own last write of it made, whichever is later, so quick
// edits never refuse each other. Undo and redo expect the version this page's own last write
// of the row made: a row someone else changed since is refused (STALE) and handed to the
// grid's reload-or-overwrite instead of being written over. Writes run one after another.
//
// saveRows answers with ids only, so the written rows are read again right after it for their
// new versions (a change someone makes in between would pass for ours: the API cannot say).
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useDataProvider, useNotify, type Identifier } from "ra-core";
import type { AppDataProvider, RowVersion } from "../dataProvider/index.ts";
import { staleConflictOf } from "../dataProvider/stale.ts";
import type { RowChange } from "./commands.ts";
import type { Row } from "./editors.tsx";
import { UndoHistory } from "./history.ts";
import type { GridConflict } from "./useStaleConflicts.ts";

type Values = Record<string, unknown>;

export type ActionKind = "edit" | "paste" | "clear" | "fill";

export type WriteOutcome = { ok: true } | { ok: false; stale: boolean; error: unknown };

export const cellKey = (id: Identifier, column: string) => `${id}:${column}`;

export type GridWrites = ReturnType<typeof useGridWrites>;

/** A change with the version it must find, when not the usual one. */
type PlannedChange = RowChange & { expected?: string | null };

interface Write {
  changes: PlannedChange[];
  creates: Values[];
  deletes: RowVersion[];
}

interface Written {
  /** The written rows as read right after the write, by id. */
  rows: Map<string, Row>;
  createdIds: number[];
}

/** What undoing an action (or redoing it) writes back, and the versions it expects. */
interface Entry {
  kind: ActionKind;
  rows: { id: Identifier; base: Row; before: Values; after: Values; version: string | null }[];
  created: { id: number; version: string | null; data: Values }[];
}

/** The later of two versions (ISO timestamps of one format compare as text). */
function later(a: unknown, b: unknown): string | null {
  return (
    [a, b]
      .filter((v): v is string => typeof v === "string")
      .sort()
      .at(-1) ?? null
  );
}

const versionOf = (row: Row | undefined) => (typeof row?.updatedAt === "string" ? row.updatedAt : null);

function pick(row: Row, keys: string[]): Values {
  return Object.fromEntries(keys.map((key) => [key, row[key] ?? null]));
}

interface Options {
  model: string;
  /** The page's rows as the list loaded them. */
  data: Row[] | undefined;
  refetch: () => unknown;
  onStale: (conflict: GridConflict) => void;
}

export function useGridWrites({ model, data, refetch, onStale }: Options) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  /** Rows as saved by this page, until the list is loaded again. */
  const [saved, setSaved] = useState<Map<string, Row>>(new Map());
  /** Values of writes under way, shown over everything else. */
  const [pending, setPending] = useState<{ token: number; id: string; values: Values }[]>([]);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const versions = useRef(new Map<string, string>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const history = useRef(new UndoHistory<Entry>());
  const tokens = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs because `data` changed, without reading it
  useEffect(() => setSaved(new Map()), [data]);

  const rows = useMemo(
    () =>
      (data ?? []).map((row) => {
        const id = String(row.id);
        const own = pending.filter((p) => p.id === id);
        if (!saved.has(id) && own.length === 0) return row;
        return Object.assign({}, row, saved.get(id), ...own.map((p) => p.values)) as Row;
      }),
    [data, saved, pending],
  );

  const setError = useCallback((key: string, message: string | null) => {
    setErrors((current) => {
      if (message === null && !current.has(key)) return current;
      const next = new Map(current);
      if (message === null) next.delete(key);
      else next.set(key, message);
      return next;
    });
  }, []);

  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.catch(() => undefined).then(work);
    queue.current = next;
    return next;
  }, []);

  /** Writes at once what `write` changes, until it is saved or refused; the token to take it back. */
  const show = useCallback((write: Write): number => {
    const token = ++tokens.current;
    setPending((current) => [
      ...current,
      ...write.changes.map((change) => ({ token, id: String(change.id), values: change.data })),
    ]);
    return token;
  }, []);

  const execute = useCallback(
    async (write: Write, token: number, source: GridConflict["source"], onSaved: (written: Written) => void) => {
      try {
        const result = await dataProvider.saveRows(model, {
          updates: write.changes.map((change) => ({
            id: change.id,
            data: change.data,
            previousData: change.base,
            expectedUpdatedAt:
              change.expected !== undefined
                ? change.expected
                : later(change.base.updatedAt, versions.current.get(String(change.id))),
          })),
          creates: write.creates,
          deletes: write.deletes,
        });
        const kept = write.deletes.length - (result.deleted?.length ?? 0);
        if (kept > 0) notify("app.grid.rows_kept", { type: "warning", messageArgs: { smart_count: kept } });
        const createdIds = write.creates.length > 0 ? result.ids.slice(result.ids.length - write.creates.length) : [];
        const ids = [...write.changes.map((change) => change.id), ...createdIds];
        // Written whatever this read says: without it the versions stay unknown until the list reloads.
        const fresh: Row[] =
          ids.length > 0
            ? await dataProvider.getMany(model, { ids }).then(
                ({ data }) => data,
                () => [],
              )
            : [];
        const rowsById = new Map(fresh.map((row) => [String(row.id), row]));
        for (const [id, row] of rowsById) if (versionOf(row)) versions.current.set(id, versionOf(row)!);
        setSaved((current) => {
          const next = new Map(current);
          for (const change of write.changes) {
            const row = rowsById.get(String(change.id));
            if (row) next.set(String(change.id), row);
          }
          return next;
        });
        for (const change of write.changes)
          for (const column of Object.keys(change.data)) setError(cellKey(change.id, column), null);
        onSaved({ rows: rowsById, createdIds });
        if (write.creates.length > 0 || write.deletes.length > 0) await refetch();
        return { ok: true } as const;
      } catch (error) {
        const conflict = staleConflictOf(error);
        const change = conflict && write.changes.find((c) => String(c.id) === String(conflict.recordId));
        if (conflict && change) {
          const overwrite = async (entry: GridConflict) => {
            // The row's change as the alert shows it (refused cell edits of one row add up), over their version.
            const again: Write = {
              ...write,
              changes: write.changes.map((c) =>
                c === change
                  ? { ...c, base: entry.base as Row, data: entry.mine, expected: entry.conflict.updatedAt }
                  : c,
              ),
            };
            const outcome = await enqueue(() => execute(again, show(again), source, onSaved));
            if (outcome.ok) notify("app.stale.overwritten", { type: "success" });
            else if (!outcome.stale)
              notify("app.grid.save_failed", {
                type: "error",
                messageArgs: { message: (outcome.error as Error).message },
              });
          };
          onStale({ id: change.id, source, conflict, base: change.base, mine: change.data, overwrite });
          return { ok: false, stale: true, error } as const;
        }
        return { ok: false, stale: false, error } as const;
      } finally {
        setPending((current) => current.filter((p) => p.token !== token));
      }
    },
    [dataProvider, enqueue, model, notify, onStale, refetch, setError, show],
  );

  /**
   * What an undo or redo expects of a row: the version this page's last write of it made (a
   * later action, or its undo, may have written it since the entry was recorded); a version
   * anyone else made is refused.
   */
  const ownVersion = useCallback(
    (row: { id: Identifier; version: string | null }) => versions.current.get(String(row.id)) ?? row.version,
    [],
  );

  const entryOf = useCallback(
    (kind: ActionKind, write: Write, written: Written): Entry => ({
      kind,
      rows: write.changes.map((change) => ({
        id: change.id,
        base: change.base,
        before: pick(change.base, Object.keys(change.data)),
        after: change.data,
        version: versionOf(written.rows.get(String(change.id))),
      })),
      created: written.createdIds.map((id, i) => ({
        id,
        version: versionOf(written.rows.get(String(id))),
        data: write.creates[i]!,
      })),
    }),
    [],
  );

  /** A user action: shown at once, saved in one mutation, then undoable. */
  const save = useCallback(
    (kind: ActionKind, changes: RowChange[], creates: Values[] = []): Promise<WriteOutcome> => {
      const write: Write = { changes, creates, deletes: [] };
      const token = show(write);
      return enqueue(() =>
        execute(write, token, changes.length === 1 && creates.length === 0 ? "cell" : "paste", (written) =>
          history.current.record(entryOf(kind, write, written)),
        ),
      );
    },
    [entryOf, enqueue, execute, show],
  );

  const failed = useCallback(
    (outcome: WriteOutcome) => {
      if (!outcome.ok && !outcome.stale)
        notify("app.grid.save_failed", { type: "error", messageArgs: { message: (outcome.error as Error).message } });
    },
    [notify],
  );

  /** Ctrl+Z: the last saved action's rows get their values back, its new rows are deleted. */
  const undo = useCallback(
    () =>
      enqueue(async () => {
        const entry = history.current.nextUndo();
        if (!entry) return void notify("app.grid.nothing_to_undo", { type: "info" });
        const write: Write = {
          changes: entry.rows.map((r) => ({
            id: r.id,
            base: { ...r.base, ...r.after, updatedAt: r.version },
            data: r.before,
            expected: ownVersion(r),
          })),
          creates: [],
          deletes: entry.created.map((c) => ({ id: c.id, updatedAt: ownVersion(c) })),
        };
        const outcome = await execute(write, show(write), "paste", (written) => {
          const redo = entryOf(entry.kind, write, written);
          history.current.undone(entry, {
            ...entry,
            rows: entry.rows.map((r, i) => ({ ...r, version: redo.rows[i]!.version })),
          });
        });
        if (outcome.ok) notify("app.grid.undone", { type: "info" });
        failed(outcome);
      }),
    [enqueue, entryOf, execute, failed, notify, ownVersion, show],
  );

  /** Ctrl+Y: the last undone action again (its new rows created anew). */
  const redo = useCallback(
    () =>
      enqueue(async () => {
        const entry = history.current.nextRedo();
        if (!entry) return void notify("app.grid.nothing_to_redo", { type: "info" });
        const write: Write = {
          changes: entry.rows.map((r) => ({
            id: r.id,
            base: { ...r.base, ...r.before, updatedAt: r.version },
            data: r.after,
            expected: ownVersion(r),
          })),
          creates: entry.created.map((c) => c.data),
          deletes: [],
        };
        const outcome = await execute(write, show(write), "paste", (written) =>
          history.current.redone(entry, entryOf(entry.kind, write, written)),
        );
        if (outcome.ok) notify("app.grid.redone", { type: "info" });
        failed(outcome);
      }),
    [enqueue, entryOf, execute, failed, notify, ownVersion, show],
  );

  return { rows, errors, setError, save, undo, redo, failed };
}
