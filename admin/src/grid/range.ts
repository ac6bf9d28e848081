// The block of cells a user selects, as in Excel: the cell they started from (the anchor,
// also the grid's active cell) and the one they extended to (the focus), by Shift+click,
// Shift+arrows or dragging. Positions are react-data-grid's: row and column indexes.

export interface CellPosition {
  rowIdx: number;
  idx: number;
}

export interface CellRange {
  anchor: CellPosition;
  focus: CellPosition;
}

/** The rectangle a range covers, corners included. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The cells a range may reach: the grid's data columns and rows. */
export interface Bounds {
  minIdx: number;
  maxIdx: number;
  maxRowIdx: number;
}

export type Arrow = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

export const singleCell = (cell: CellPosition): CellRange => ({ anchor: cell, focus: cell });

export function rectOf({ anchor, focus }: CellRange): Rect {
  return {
    top: Math.min(anchor.rowIdx, focus.rowIdx),
    bottom: Math.max(anchor.rowIdx, focus.rowIdx),
    left: Math.min(anchor.idx, focus.idx),
    right: Math.max(anchor.idx, focus.idx),
  };
}

export const rectHeight = (rect: Rect) => rect.bottom - rect.top + 1;
export const rectWidth = (rect: Rect) => rect.right - rect.left + 1;

export function contains(rect: Rect, rowIdx: number, idx: number): boolean {
  return rowIdx >= rect.top && rowIdx <= rect.bottom && idx >= rect.left && idx <= rect.right;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Shift+arrow moves the focus one cell; with Ctrl, to the edge of the grid. The anchor stays. */
export function extend(range: CellRange, key: Arrow, toEdge: boolean, bounds: Bounds): CellRange {
  const { rowIdx, idx } = range.focus;
  const focus: CellPosition =
    key === "ArrowUp"
      ? { rowIdx: toEdge ? 0 : rowIdx - 1, idx }
      : key === "ArrowDown"
        ? { rowIdx: toEdge ? bounds.maxRowIdx : rowIdx + 1, idx }
        : key === "ArrowLeft"
          ? { rowIdx, idx: toEdge ? bounds.minIdx : idx - 1 }
          : { rowIdx, idx: toEdge ? bounds.maxIdx : idx + 1 };
  return {
    anchor: range.anchor,
    focus: { rowIdx: clamp(focus.rowIdx, 0, bounds.maxRowIdx), idx: clamp(focus.idx, bounds.minIdx, bounds.maxIdx) },
  };
}

/**
 * Class names of a cell inside a range of more than one cell: `p181-range` and one per edge
 * of the rectangle it lies on, for the border drawn around the block.
 */
export function rangeClass(rect: Rect, rowIdx: number, idx: number): string | undefined {
  if (!contains(rect, rowIdx, idx) || (rect.top === rect.bottom && rect.left === rect.right)) return undefined;
  const edges = [
    rowIdx === rect.top && "p181-range-top",
    rowIdx === rect.bottom && "p181-range-bottom",
    idx === rect.left && "p181-range-left",
    idx === rect.right && "p181-range-right",
  ].filter(Boolean);
  return ["p181-range", ...edges].join(" ");
}
