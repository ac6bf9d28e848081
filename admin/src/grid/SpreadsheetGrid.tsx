// The spreadsheet grid of every list, on react-data-grid (adazzle, MIT).
//
// Why react-data-grid and not MUI X DataGrid (community, MIT): MUI's free edition caps
// pages at 100 rows, and keeps column reordering (Pro), multi-cell clipboard paste
// (Premium) and multi-column sorting (Pro) out of the MIT package, so a spreadsheet feel
// would mean fighting the licence tiers. react-data-grid is a small, actively maintained,
// fully MIT grid built for exactly this: virtualised rows and columns (a 500-row page of
// 20 columns scrolls smoothly), Excel-like keyboard navigation and editing (arrows, Tab,
// Enter/F2 to edit, Esc to cancel), draggable and resizable columns, frozen columns,
// row selection and controlled sorting. Its 7.x line is published as "beta" but has been
// the maintained line for years; the version is pinned exactly. It brings no MUI look,
// so cells are styled lightly here; everything around it (filters, pagination, dialogs)
// stays React-Admin/MUI.
//
// What it lacks for work as in Excel/WPS is added around it: a selected range (useRange),
// the keyboard (useGridKeys: typing replaces a value, Enter saves and moves down, Ctrl+C/V,
// Delete, Ctrl+D, Ctrl+Z/Y) and one path for every write, undoable (useGridWrites).
//
// Paging, sorting and filtering stay on the server (React-Admin's list context): the grid
// only ever holds one page.
import { Box, Stack, Typography } from "@mui/material";
import { useCallback, useMemo, useRef } from "react";
import { DataGrid, SelectColumn, type Column, type DataGridHandle, type SortColumn } from "react-data-grid";
import "react-data-grid/lib/styles.css";
import { useCreatePath, useListContext, usePermissions, useTranslate, type Identifier } from "ra-core";
import { Link } from "react-router-dom";
import { canSeePersonalData, canWriteResource, type Permissions } from "../auth/permissions.ts";
import { contentFields, resourceFor, type AdminField } from "../metadata/fields.ts";
import { BulkActions } from "./BulkActions.tsx";
import { ColumnChooser } from "./ColumnChooser.tsx";
import type { Block } from "./commands.ts";
import { editorFor, type Row } from "./editors.tsx";
import { formatCell } from "@p181/schema/cells";
import { PasteReportDialog } from "./PasteReportDialog.tsx";
import { orderColumns, useColumnPreferences, type ColumnPreferences } from "./preferences.ts";
import { rangeClass, rectHeight, rectWidth, type CellPosition } from "./range.ts";
import { TypedTextContext, TypingInput, type TypedText } from "./TypingInput.tsx";
import { useCellSaving } from "./useCellSaving.ts";
import { useGridKeys } from "./useGridKeys.ts";
import { cellKey, useGridWrites } from "./useGridWrites.ts";
import { usePaste } from "./usePaste.ts";
import { useRange } from "./useRange.ts";
import { StaleAlert } from "./StaleAlert.tsx";
import { useStaleConflicts, type GridConflict } from "./useStaleConflicts.ts";
import { useStaleMessage } from "../resources/StaleComparison.tsx";

/** The empty last row: paste on it to append new rows. */
const APPEND_ROW_ID = "__append__";

const NO_PREFERENCES: ColumnPreferences = { order: [], hidden: [], widths: {} };

function defaultWidth(field: AdminField): number {
  switch (field.kind) {
    case "id":
      return 70;
    case "int":
    case "float":
    case "decimal":
    case "boolean":
      return 90;
    case "date":
      return 110;
    case "datetime":
      return 150;
    case "reference":
      return 170;
    default:
      return field.name === "idNumber" ? 180 : 140;
  }
}

const sortable = (field: AdminField) => !field.meta.isList && field.kind !== "json";

export function SpreadsheetGrid({ model }: { model: string }) {
  const list = useListContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Permissions>();
  const resource = resourceFor(model);
  const deletedView = list.filterValues?.deleted === "DELETED";
  // Write actions only for entities the user may write (a UI hint; the API decides);
  // deleted rows can only be restored, not edited.
  const mayWrite = canWriteResource(model, permissions);
  const canWrite = mayWrite && !deletedView;

  const fields = useMemo(
    () => contentFields(model).filter((f) => !f.personal || canSeePersonalData(permissions)),
    [model, permissions],
  );
  const byName = useMemo(() => new Map(fields.map((f) => [f.name, f])), [fields]);
  const { preferences, update, reset } = useColumnPreferences(
    permissions?.username ?? "anonymous",
    model,
    NO_PREFERENCES,
  );
  const visible = useMemo(() => {
    const frozen = ["id", resource.displayField];
    const keys = orderColumns(
      fields.map((f) => f.name),
      preferences,
    ).filter((key) => !preferences.hidden.includes(key));
    return [...keys.filter((k) => frozen.includes(k)), ...keys.filter((k) => !frozen.includes(k))].map(
      (key) => byName.get(key)!,
    );
  }, [byName, fields, preferences, resource.displayField]);

  const stale = useStaleConflicts();
  const staleMessage = useStaleMessage();
  const writes = useGridWrites({ model, data: list.data, refetch: list.refetch, onStale: stale.report });
  const { rows, errors } = writes;
  const { onRowsChange } = useCellSaving(byName, writes);
  const gridRows = useMemo(() => (canWrite ? [...rows, { id: APPEND_ROW_ID }] : rows), [canWrite, rows]);
  const rowIndex = useMemo(() => new Map(gridRows.map((row, index) => [row.id, index])), [gridRows]);
  const grid = useRef<DataGridHandle>(null);
  const typed = useRef<TypedText | null>(null);
  /** Grid column of the first data column: the row-selection column comes first for writers. */
  const offset = mayWrite ? 1 : 0;
  const bounds = useMemo(
    () => ({ minIdx: offset, maxIdx: offset + visible.length - 1, maxRowIdx: gridRows.length - 1 }),
    [gridRows.length, offset, visible.length],
  );
  const selection = useRange(bounds);
  const { rect } = selection;
  /** The selected cells in data coordinates. */
  const block = useCallback(
    (): Block | null =>
      rect && { rows, columns: visible, rect: { ...rect, left: rect.left - offset, right: rect.right - offset } },
    [offset, rect, rows, visible],
  );
  const isEditable = useCallback(
    ({ rowIdx, idx }: CellPosition) => {
      const field = visible[idx - offset];
      return canWrite && rowIdx >= 0 && rowIdx < rows.length && !!field?.writable && editorFor(field) !== undefined;
    },
    [canWrite, offset, rows.length, visible],
  );
  const { startTyping, onCopy, onCellKeyDown } = useGridKeys({
    grid,
    rowCount: gridRows.length,
    dataRowCount: rows.length,
    block,
    selection,
    isEditable,
    typed,
    canWrite,
    writes,
  });
  const requiredForCreate = useMemo(() => fields.filter((f) => f.writable && f.required), [fields]);
  const paste = usePaste({
    rows,
    columns: visible,
    target: () => block()?.rect ?? null,
    canWrite,
    canCreate: canWrite,
    requiredForCreate,
    save: writes.save,
  });
  /** The message of a cell: its refused save, or the other person's change that refused it. */
  const cellError = useCallback(
    (id: Identifier, column: string): string | undefined => {
      const conflict = stale.conflicts.get(id);
      return (
        errors.get(cellKey(id, column)) ??
        (conflict && column in conflict.mine ? staleMessage.cell(conflict.conflict) : undefined)
      );
    },
    [errors, stale.conflicts, staleMessage],
  );
  const reload = async () => {
    try {
      await list.refetch();
    } finally {
      stale.forget();
    }
  };
  const overwrite = (entry: GridConflict) => {
    stale.forget(entry.id);
    void entry.overwrite(entry);
  };

  const content = useCallback(
    (row: Row, field: AdminField, index: number) => {
      if (row.id === APPEND_ROW_ID)
        return index === 0 ? <span title={translate("app.grid.append_row")}>＋</span> : null;
      if (field.kind === "id")
        return <Link to={createPath({ resource: model, id: row.id, type: "show" })}>{row.id}</Link>;
      return <span title={cellError(row.id, field.name)}>{formatCell(field, row)}</span>;
    },
    [cellError, createPath, model, translate],
  );

  const columns = useMemo((): Column<Row>[] => {
    const dataColumns = visible.map((field, index): Column<Row> => {
      const frozen = field.name === "id" || field.name === resource.displayField;
      const idx = offset + index;
      return {
        key: field.name,
        name: translate(`resources.${model}.fields.${field.name}`, { _: field.label }),
        width: preferences.widths[field.name] ?? defaultWidth(field),
        minWidth: 50,
        resizable: true,
        sortable: sortable(field),
        draggable: !frozen,
        frozen,
        editable: (row) => canWrite && field.writable && row.id !== APPEND_ROW_ID,
        renderEditCell: editorFor(field),
        editorOptions: { commitOnOutsideClick: true },
        cellClass: (row) => {
          const inRange = rect ? rangeClass(rect, rowIndex.get(row.id) ?? -1, idx) : undefined;
          const error = cellError(row.id, field.name) ? "p181-cell-error" : undefined;
          return [inRange, error].filter(Boolean).join(" ") || undefined;
        },
        renderCell: ({ row, rowIdx, tabIndex }) => (
          <>
            {content(row, field, index)}
            {tabIndex === 0 && (
              <TypingInput
                label={translate("app.grid.type_to_edit")}
                onText={(text) => startTyping({ rowIdx, idx }, text)}
              />
            )}
          </>
        ),
      };
    });
    return mayWrite ? [{ ...SelectColumn, frozen: true }, ...dataColumns] : dataColumns;
  }, [
    canWrite,
    cellError,
    content,
    mayWrite,
    model,
    offset,
    preferences.widths,
    rect,
    resource.displayField,
    rowIndex,
    startTyping,
    translate,
    visible,
  ]);
  const sortColumns: SortColumn[] = list.sort?.field
    ? [{ columnKey: list.sort.field, direction: list.sort.order === "DESC" ? "DESC" : "ASC" }]
    : [];
  const active = selection.range?.anchor;
  const activeRow = active ? rows[active.rowIdx] : undefined;
  const activeField = active ? visible[active.idx - offset] : undefined;
  const activeError = activeRow && activeField ? cellError(activeRow.id, activeField.name) : undefined;
  const onAppendRow = canWrite && active?.rowIdx === rows.length;
  const rangeSize =
    rect && (rect.top !== rect.bottom || rect.left !== rect.right)
      ? translate("app.grid.selected", { rows: rectHeight(rect), columns: rectWidth(rect) })
      : "";

  return (
    <Box sx={{ width: "100%" }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ px: 1, minHeight: 40 }}>
        {mayWrite && <BulkActions model={model} fields={fields.filter((f) => f.writable)} deletedView={deletedView} />}
        <Box sx={{ flex: 1 }} />
        <ColumnChooser
          columns={orderColumns(
            fields.map((f) => f.name),
            preferences,
          ).map((key) => ({ key, label: byName.get(key)!.label }))}
          preferences={preferences}
          onChange={update}
          onReset={reset}
        />
      </Stack>
      <StaleAlert conflicts={[...stale.conflicts.values()]} onReload={reload} onOverwrite={overwrite} />
      <Box
        onPaste={paste.onPaste}
        onCopy={onCopy}
        onMouseMove={selection.onMouseMove}
        data-testid="spreadsheet"
        sx={gridStyles}
      >
        <TypedTextContext value={typed}>
          <DataGrid<Row, unknown, string | number>
            ref={grid}
            className="rdg-light"
            columns={columns}
            rows={gridRows}
            rowKeyGetter={(row) => row.id}
            onRowsChange={onRowsChange}
            selectedRows={new Set(list.selectedIds as (string | number)[])}
            isRowSelectionDisabled={(row) => row.id === APPEND_ROW_ID}
            onSelectedRowsChange={(selected) => list.onSelect([...selected].filter((id) => id !== APPEND_ROW_ID))}
            sortColumns={sortColumns}
            onSortColumnsChange={(sorts) => {
              const sort = sorts[sorts.length - 1];
              list.setSort(sort ? { field: sort.columnKey, order: sort.direction } : { field: "id", order: "ASC" });
            }}
            onActivePositionChange={({ rowIdx, column }) =>
              selection.follow(column ? { rowIdx, idx: column.idx } : null)
            }
            onCellMouseDown={selection.onCellMouseDown}
            onCellKeyDown={onCellKeyDown}
            onColumnResize={(column, width) =>
              update((current) => ({ ...current, widths: { ...current.widths, [column.key]: Math.round(width) } }))
            }
            onColumnsReorder={(source, target) =>
              update((current) => {
                const keys = visible.map((f) => f.name);
                const order = orderColumns(
                  fields.map((f) => f.name),
                  { ...current, order: current.order.length ? current.order : keys },
                ).filter((k) => k !== source);
                order.splice(order.indexOf(target), 0, source);
                return { ...current, order };
              })
            }
            rowClass={(row) =>
              row.id === APPEND_ROW_ID ? "p181-append-row" : stale.conflicts.has(row.id) ? "p181-row-stale" : undefined
            }
            rowHeight={32}
            headerRowHeight={36}
            style={{ blockSize: "calc(100vh - 290px)", minBlockSize: 320 }}
          />
        </TypedTextContext>
      </Box>
      <Typography
        variant="caption"
        color={activeError ? "error" : "text.secondary"}
        sx={{ px: 1, display: "block", minHeight: 20 }}
        data-testid="grid-status"
      >
        {activeError ??
          (paste.saving ? translate("ra.message.loading") : onAppendRow ? translate("app.grid.append_row") : rangeSize)}
      </Typography>
      <PasteReportDialog report={paste.report} onClose={paste.closeReport} />
    </Box>
  );
}

const RANGE_BORDER = "2px solid #1976d2";

const gridStyles = {
  "& .rdg": { fontSize: 13, "--rdg-selection-color": "#1976d2", "--rdg-row-selected-background-color": "#e3f2fd" },
  // Cells are selected as a block (useRange), never as text.
  "& .rdg-cell": { userSelect: "none" },
  "& .p181-range": { backgroundColor: "rgba(25, 118, 210, 0.12)" },
  "& .p181-range::after": { content: '""', position: "absolute", inset: 0, pointerEvents: "none" },
  "& .p181-range-top::after": { borderTop: RANGE_BORDER },
  "& .p181-range-bottom::after": { borderBottom: RANGE_BORDER },
  "& .p181-range-left::after": { borderLeft: RANGE_BORDER },
  "& .p181-range-right::after": { borderRight: RANGE_BORDER },
  // The active cell's typing target: invisible, except while an input method composes in it.
  "& .p181-typing": {
    position: "absolute",
    inset: 0,
    opacity: 0,
    pointerEvents: "none",
    resize: "none",
    border: 0,
    outline: 0,
    padding: "0 8px",
    font: "inherit",
    lineHeight: "32px",
    overflow: "hidden",
    background: "transparent",
  },
  "& .p181-typing-composing": { opacity: 1, background: "#fff", zIndex: 2 },
  "& .p181-cell-error": { backgroundColor: "#fdecea", boxShadow: "inset 0 0 0 1px #d32f2f" },
  "& .p181-append-row": { color: "text.disabled", fontStyle: "italic" },
  "& .p181-row-stale": { backgroundColor: "#fff4e5" },
};
