// The grid's keyboard as in Excel/WPS, on top of react-data-grid's own (keys.ts says which key
// means what): typing replaces a cell's value, Enter saves and moves down, Shift+arrows
// extend the range, Ctrl+C copies it as Excel does, Delete clears it, Ctrl+D fills it down,
// Ctrl+Z / Ctrl+Y undo and redo. Keys an input method is composing with are left to it.
import { useCallback, type ClipboardEvent, type RefObject } from "react";
import type { CellKeyboardEvent, CellKeyDownArgs, DataGridHandle } from "react-data-grid";
import { useNotify } from "ra-core";
import { copyCells, planClear, planFillDown, type Block } from "./commands.ts";
import type { Row } from "./editors.tsx";
import { cellCommand, editorCommand, type KeyPress } from "./keys.ts";
import type { CellPosition } from "./range.ts";
import { toTsv } from "./tsv.ts";
import { isTypingInput, type TypedText } from "./TypingInput.tsx";
import type { GridWrites } from "./useGridWrites.ts";
import type { useRange } from "./useRange.ts";

interface Options {
  grid: RefObject<DataGridHandle | null>;
  /** Rows of the grid, the empty append row included, and rows of data. */
  rowCount: number;
  dataRowCount: number;
  /** The selected cells in data coordinates, with the rows and columns they index. */
  block: () => Block | null;
  selection: ReturnType<typeof useRange>;
  isEditable: (position: CellPosition) => boolean;
  /** Where an editor opened by typing finds its text (TypingInput). */
  typed: { current: TypedText | null };
  canWrite: boolean;
  writes: GridWrites;
}

function pressOf(event: CellKeyboardEvent): KeyPress {
  const { key, keyCode, ctrlKey, metaKey, altKey, shiftKey } = event;
  return { key, keyCode, ctrlKey, metaKey, altKey, shiftKey, isComposing: event.nativeEvent.isComposing };
}

export function useGridKeys({
  grid,
  rowCount,
  dataRowCount,
  block,
  selection,
  isEditable,
  typed,
  canWrite,
  writes,
}: Options) {
  const notify = useNotify();

  /** Opens the cell's editor with `text` in place of its value. */
  const startTyping = useCallback(
    (position: CellPosition, text: string) => {
      if (!isEditable(position)) return;
      typed.current = { ...position, text };
      grid.current?.setActivePosition(position, { enableEditor: true });
    },
    [grid, isEditable, typed],
  );

  const clear = useCallback(() => {
    const selected = block();
    if (!selected || !canWrite) return;
    const plan = planClear(selected);
    if ("required" in plan)
      return notify("app.grid.clear_required", {
        type: "warning",
        messageArgs: { fields: plan.required.map((field) => field.label).join("、") },
      });
    if (plan.changes.length > 0) void writes.save("clear", plan.changes).then(writes.failed);
  }, [block, canWrite, notify, writes]);

  const fillDown = useCallback(() => {
    const selected = block();
    if (!selected || !canWrite) return;
    const changes = planFillDown(selected);
    if (changes.length > 0) void writes.save("fill", changes).then(writes.failed);
  }, [block, canWrite, writes]);

  const onCellKeyDown = useCallback(
    (args: CellKeyDownArgs<Row>, event: CellKeyboardEvent) => {
      if (args.mode === "EDIT") {
        const command = editorCommand(pressOf(event));
        if (!command) return;
        event.preventGridDefault();
        if (command.kind === "composing") return;
        event.preventDefault();
        const below = { idx: args.column.idx, rowIdx: args.rowIdx + command.rowDelta };
        // Moving saves the editor's value first; from the last row there is nowhere to go.
        if (below.rowIdx >= 0 && below.rowIdx < rowCount) grid.current?.setActivePosition(below, { shouldFocus: true });
        else args.onClose(true);
        return;
      }
      const command = cellCommand(pressOf(event));
      if (!command) return;
      event.preventGridDefault();
      if (command.kind === "composing" || command.kind === "clipboard") return;
      event.preventDefault();
      switch (command.kind) {
        case "type":
          if (args.column) startTyping({ rowIdx: args.rowIdx, idx: args.column.idx }, command.text);
          return;
        case "extend": {
          const corner = selection.extendBy(command.arrow, command.toEdge);
          if (corner) grid.current?.scrollToCell(corner);
          return;
        }
        case "selectAll":
          return selection.selectAll(dataRowCount - 1);
        case "clear":
          return clear();
        case "fillDown":
          return fillDown();
        case "undo":
          return canWrite ? void writes.undo() : undefined;
        case "redo":
          return canWrite ? void writes.redo() : undefined;
      }
    },
    [canWrite, clear, dataRowCount, fillDown, grid, rowCount, selection, startTyping, writes],
  );

  /** Ctrl+C on the grid: the range as Excel's clipboard text, with the values as the cells show them. */
  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      const element = event.target as HTMLElement;
      if (!isTypingInput(element) && element.closest("input, textarea, select, [contenteditable=true]")) return;
      const selected = block();
      const cells = selected ? copyCells(selected) : [];
      if (cells.length === 0) return;
      event.clipboardData.setData("text/plain", toTsv(cells));
      event.preventDefault();
    },
    [block],
  );

  return { onCellKeyDown, onCopy, startTyping };
}
