import { describe, expect, it } from "vitest";
import { UndoHistory } from "./history.ts";

describe("the grid's undo history", () => {
  it("undoes the last action first and redoes in the opposite order", () => {
    const history = new UndoHistory<string>();
    history.record("edit");
    history.record("paste");
    expect(history.nextUndo()).toBe("paste");
    history.undone("paste", "paste'");
    expect(history.nextUndo()).toBe("edit");
    history.undone("edit", "edit'");
    expect(history.nextUndo()).toBeUndefined();
    expect(history.nextRedo()).toBe("edit'");
    history.redone("edit'", "edit''");
    expect(history.nextRedo()).toBe("paste'");
    expect(history.nextUndo()).toBe("edit''");
  });

  it("keeps an entry whose undo was refused, and forgets the redos once something new is done", () => {
    const history = new UndoHistory<string>();
    history.record("fill");
    expect(history.nextUndo()).toBe("fill"); // refused: nothing moves
    expect(history.sizes).toEqual({ undo: 1, redo: 0 });
    history.undone("fill", "fill'");
    history.record("clear");
    expect(history.nextRedo()).toBeUndefined();
    expect(history.sizes).toEqual({ undo: 1, redo: 0 });
  });

  it("remembers at most its limit of actions", () => {
    const history = new UndoHistory<number>(3);
    for (const n of [1, 2, 3, 4, 5]) history.record(n);
    expect(history.sizes.undo).toBe(3);
    history.undone(5, 5);
    history.undone(4, 4);
    expect(history.nextUndo()).toBe(3);
  });
});
