import { describe, expect, it } from "vitest";
import { extend, rangeClass, rectOf, singleCell } from "./range.ts";

const bounds = { minIdx: 1, maxIdx: 6, maxRowIdx: 9 };

describe("a selected range of cells", () => {
  it("covers the rectangle between its anchor and its focus, in either direction", () => {
    expect(rectOf({ anchor: { rowIdx: 4, idx: 5 }, focus: { rowIdx: 2, idx: 3 } })).toEqual({
      top: 2,
      bottom: 4,
      left: 3,
      right: 5,
    });
  });

  it("grows and shrinks by Shift+arrows from the anchor, within the grid's data cells", () => {
    let range = singleCell({ rowIdx: 2, idx: 2 });
    range = extend(range, "ArrowDown", false, bounds);
    range = extend(range, "ArrowRight", false, bounds);
    range = extend(range, "ArrowRight", false, bounds);
    expect(range).toEqual({ anchor: { rowIdx: 2, idx: 2 }, focus: { rowIdx: 3, idx: 4 } });
    range = extend(range, "ArrowUp", false, bounds);
    range = extend(range, "ArrowUp", false, bounds);
    expect(rectOf(range)).toEqual({ top: 1, bottom: 2, left: 2, right: 4 });
    // Never onto the row-selection column (idx 0) or past the last row.
    for (let i = 0; i < 5; i++) range = extend(range, "ArrowLeft", false, bounds);
    expect(range.focus.idx).toBe(1);
    expect(extend(range, "ArrowDown", true, bounds).focus).toEqual({ rowIdx: 9, idx: 1 });
    expect(extend(range, "ArrowRight", true, bounds).focus).toEqual({ rowIdx: 1, idx: 6 });
  });

  it("marks the cells of a block and the edges its border is drawn on", () => {
    const rect = { top: 1, bottom: 2, left: 2, right: 3 };
    expect(rangeClass(rect, 1, 2)).toBe("p181-range p181-range-top p181-range-left");
    expect(rangeClass(rect, 2, 3)).toBe("p181-range p181-range-bottom p181-range-right");
    expect(rangeClass({ top: 1, bottom: 3, left: 2, right: 4 }, 2, 3)).toBe("p181-range");
    expect(rangeClass(rect, 0, 2)).toBeUndefined();
    // A single cell is shown by the grid's own active-cell outline.
    expect(rangeClass({ top: 1, bottom: 1, left: 2, right: 2 }, 1, 2)).toBeUndefined();
  });
});
