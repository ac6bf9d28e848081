// The state of one import, step by step: a file read and its columns matched to fields
// ("mapping"), every row checked – cells, references, duplicate keys, existing records –
// ("preview"), the rows written by one bulk mutation ("done"). Nothing is written before
// commit(); a problem, found here or by the server, keeps the user on the preview.
import { useState } from "react";
import { useTranslate } from "ra-core";
import { autoMap, findHeaderRow, type ColumnMapping } from "@p181/schema/cells";
import { readSheet, SheetError, type Sheet, type SheetRow } from "@p181/schema/sheets";
import { useGraphQL, type RequestError } from "../graphql/request.ts";
import type { AdminField } from "../metadata/fields.ts";
import { findExisting, problemsFromError, rowsToWrite, writeRows, type Existing } from "./commit.ts";
import { allProblems, checkDuplicateKeys, planImport, type ImportPlan, type Problem } from "./plan.ts";
import { resolveReferences } from "./references.ts";

export type Stage = "file" | "mapping" | "preview" | "done";
export const STAGES: Stage[] = ["file", "mapping", "preview", "done"];

interface ImportSteps {
  stage: Stage;
  /** The file as read: its header row and the rows under it. */
  loaded: { sheet: Sheet; header: SheetRow; data: SheetRow[] } | null;
  mapping: ColumnMapping[];
  plan: ImportPlan | null;
  existing: Existing;
  problems: Problem[];
  /** The server's problems when it refused the write. */
  refused: Problem[] | null;
  /** What is being done (checking, writing), or null. */
  busy: string | null;
  error: string | null;
  written: { count: number; created: number; updated: number; unchanged: number } | null;
}

const START: ImportSteps = {
  stage: "file",
  loaded: null,
  mapping: [],
  plan: null,
  existing: { ids: new Map(), unchanged: new Set() },
  problems: [],
  refused: null,
  busy: null,
  error: null,
  written: null,
};

export type ImportState = ReturnType<typeof useImport>;

export function useImport(model: string | null, fields: AdminField[]) {
  const t = useTranslate();
  const requester = useGraphQL();
  const [state, setState] = useState<ImportSteps>(START);
  const update = (changes: Partial<ImportSteps>) => setState((current) => ({ ...current, ...changes }));
  const { loaded, mapping, plan, existing } = state;

  const chooseFile = async (file: File) => {
    if (!model) return;
    setState(START);
    try {
      const sheet = await readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
      const headerIndex = findHeaderRow(model, fields, sheet.rows);
      if (headerIndex < 0) throw new SheetError("unreadable", t("import.sheet.empty"));
      const header = sheet.rows[headerIndex]!;
      const data = sheet.rows.slice(headerIndex + 1);
      const width = Math.max(header.cells.length, ...data.map((row) => row.cells.length));
      update({ loaded: { sheet, header, data }, mapping: autoMap(model, fields, header, width), stage: "mapping" });
    } catch (error) {
      const sheetError = error instanceof SheetError ? error : null;
      update({
        error: sheetError
          ? t(`import.sheet.${sheetError.code}`, { detail: sheetError.detail })
          : (error as Error).message,
      });
    }
  };

  /** Maps the file's column `index` to a field, or ignores it (null). */
  const mapColumn = (index: number, field: string | null) =>
    setState((current) => ({
      ...current,
      mapping: current.mapping.map((c) => (c.index === index ? { ...c, field } : c)),
    }));

  const check = async () => {
    if (!model || !loaded) return;
    update({ busy: t("import.checking"), refused: null });
    try {
      const planned = planImport(model, fields, mapping, loaded.data);
      await resolveReferences(requester, planned);
      checkDuplicateKeys(planned, fields);
      const found = await findExisting(requester, planned);
      update({ existing: found, plan: planned, problems: allProblems(planned), stage: "preview", busy: null });
    } catch (error) {
      update({ error: (error as Error).message, busy: null });
    }
  };

  const commit = async () => {
    if (!plan) return;
    update({ busy: t("import.committing") });
    const rows = rowsToWrite(plan, existing);
    try {
      const { count } = rows.length > 0 ? await writeRows(requester, plan, rows) : { count: 0 };
      const updated = rows.filter((row) => existing.ids.has(row.number)).length;
      const unchanged = plan.rows.length - rows.length;
      update({ written: { count, created: count - updated, updated, unchanged }, stage: "done", busy: null });
    } catch (error) {
      update({ refused: problemsFromError(error as RequestError, plan, rows, existing.ids, fields), busy: null });
    }
  };

  const rowCount = plan?.rows.length ?? 0;
  const unchanged = existing.unchanged.size;
  const updated = plan ? plan.rows.filter((row) => existing.ids.has(row.number)).length - unchanged : 0;
  return {
    ...state,
    /** The checked rows: how many the commit adds, updates, or leaves as they are. */
    counts: { rows: rowCount, unchanged, updated, created: rowCount - updated - unchanged },
    reset: () => setState(START),
    backToMapping: () => update({ stage: "mapping" }),
    chooseFile,
    mapColumn,
    check,
    commit,
  };
}
