// The selected range of the grid (react-data-grid selects one cell only): it follows the
// active cell, grows by Shift+click, by dragging the mouse from cell to cell, and by
// Shift+arrows (useGridKeys). The active cell stays where the range started, as in Excel.
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { CellMouseArgs, CellMouseEvent } from "react-data-grid";
import type { Row } from "./editors.tsx";
import { extend, rectOf, singleCell, type Arrow, type Bounds, type CellPosition, type CellRange } from "./range.ts";

/** Rows of column headers above the first row (aria-rowindex counts them). */
const HEADER_ROWS = 1;

/** The grid cell an element is in, from the grid's aria indexes. */
function cellAt(element: Element): CellPosition | null {
  const cell = element.closest('[role="gridcell"]');
  const row = cell?.closest('[role="row"]');
  if (!cell || !row) return null;
  return {
    rowIdx: Number(row.getAttribute("aria-rowindex")) - HEADER_ROWS - 1,
    idx: Number(cell.getAttribute("aria-colindex")) - 1,
  };
}

const samePosition = (a: CellPosition, b: CellPosition) => a.rowIdx === b.rowIdx && a.idx === b.idx;

export function useRange(bounds: Bounds) {
  const [range, setRange] = useState<CellRange | null>(null);
  const dragging = useRef(false);
  const inBounds = useCallback(
    (cell: CellPosition) => cell.idx >= bounds.minIdx && cell.idx <= bounds.maxIdx && cell.rowIdx >= 0,
    [bounds.maxIdx, bounds.minIdx],
  );

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  /** react-data-grid's onCellMouseDown: a click starts a range (and a drag), Shift+click extends it. */
  const onCellMouseDown = useCallback(
    ({ rowIdx, column }: CellMouseArgs<Row>, event: CellMouseEvent) => {
      const cell = { rowIdx, idx: column.idx };
      if (event.button !== 0 || !inBounds(cell)) return;
      if (event.shiftKey && range) {
        event.preventGridDefault(); // the active cell stays
        event.preventDefault(); // and so does the keyboard focus, in it
        setRange({ anchor: range.anchor, focus: cell });
        return;
      }
      setRange(singleCell(cell));
      dragging.current = true;
    },
    [inBounds, range],
  );

  /** Moving the mouse over the grid with the button down drags the range's corner along. */
  const onMouseMove = useCallback(
    (event: MouseEvent) => {
      if (!dragging.current || (event.buttons & 1) === 0 || !range) return;
      const cell = cellAt(event.target as Element);
      if (cell && inBounds(cell) && !samePosition(cell, range.focus)) setRange({ anchor: range.anchor, focus: cell });
    },
    [inBounds, range],
  );

  /** The grid's active cell moved (a click, arrows, Tab, Enter): the range is that cell. */
  const follow = useCallback(
    (cell: CellPosition | null) => setRange(cell && inBounds(cell) ? singleCell(cell) : null),
    [inBounds],
  );

  /** Shift+arrow: the corner moves; its new position, to scroll to. */
  const extendBy = useCallback(
    (arrow: Arrow, toEdge: boolean): CellPosition | null => {
      if (!range) return null;
      const next = extend(range, arrow, toEdge, bounds);
      setRange(next);
      return next.focus;
    },
    [bounds, range],
  );

  const selectAll = useCallback(
    (lastRowIdx: number) => {
      if (lastRowIdx < 0) return;
      setRange({ anchor: { rowIdx: 0, idx: bounds.minIdx }, focus: { rowIdx: lastRowIdx, idx: bounds.maxIdx } });
    },
    [bounds.maxIdx, bounds.minIdx],
  );

  const rect = useMemo(() => (range ? rectOf(range) : null), [range]);
  return { range, rect, onCellMouseDown, onMouseMove, follow, extendBy, selectAll };
}
