import { describe, expect, it } from "vitest";
import { cellCommand, editorCommand, type KeyPress } from "./keys.ts";

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  keyCode: 0,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...more,
});

describe("keys on a selected cell", () => {
  it("maps Excel's shortcuts, with Ctrl or (on a Mac) Cmd", () => {
    expect(cellCommand(press("c", { ctrlKey: true }))).toEqual({ kind: "clipboard" });
    expect(cellCommand(press("V", { metaKey: true }))).toEqual({ kind: "clipboard" });
    expect(cellCommand(press("z", { ctrlKey: true }))).toEqual({ kind: "undo" });
    expect(cellCommand(press("Z", { ctrlKey: true, shiftKey: true }))).toEqual({ kind: "redo" });
    expect(cellCommand(press("y", { ctrlKey: true }))).toEqual({ kind: "redo" });
    expect(cellCommand(press("d", { ctrlKey: true }))).toEqual({ kind: "fillDown" });
    expect(cellCommand(press("a", { ctrlKey: true }))).toEqual({ kind: "selectAll" });
    expect(cellCommand(press("Delete"))).toEqual({ kind: "clear" });
    expect(cellCommand(press("Backspace"))).toEqual({ kind: "clear" });
  });

  it("extends the range with Shift+arrows, to the edge with Ctrl as well", () => {
    expect(cellCommand(press("ArrowDown", { shiftKey: true }))).toEqual({
      kind: "extend",
      arrow: "ArrowDown",
      toEdge: false,
    });
    expect(cellCommand(press("ArrowRight", { shiftKey: true, ctrlKey: true }))).toEqual({
      kind: "extend",
      arrow: "ArrowRight",
      toEdge: true,
    });
    // Plain arrows, Tab, Enter and F2 are the grid's own.
    for (const key of ["ArrowDown", "Tab", "Enter", "F2", "Escape", "Home"]) expect(cellCommand(press(key))).toBeNull();
  });

  it("starts replacing the value with a typed character", () => {
    expect(cellCommand(press("a"))).toEqual({ kind: "type", text: "a" });
    expect(cellCommand(press("7"))).toEqual({ kind: "type", text: "7" });
    expect(cellCommand(press("A", { shiftKey: true }))).toEqual({ kind: "type", text: "A" });
    expect(cellCommand(press(" "))).toEqual({ kind: "type", text: " " });
    expect(cellCommand(press(" ", { shiftKey: true }))).toBeNull(); // selects the row
    expect(cellCommand(press("x", { altKey: true }))).toBeNull();
  });

  it("leaves every key to a composing input method", () => {
    expect(cellCommand(press("Process", { keyCode: 229 }))).toEqual({ kind: "composing" });
    expect(cellCommand(press("Enter", { isComposing: true }))).toEqual({ kind: "composing" });
    expect(cellCommand(press("ArrowDown", { keyCode: 229 }))).toEqual({ kind: "composing" });
  });
});

describe("keys in an open editor", () => {
  it("saves with Enter and moves down, with Shift+Enter up; not while composing", () => {
    expect(editorCommand(press("Enter"))).toEqual({ kind: "commit", rowDelta: 1 });
    expect(editorCommand(press("Enter", { shiftKey: true }))).toEqual({ kind: "commit", rowDelta: -1 });
    expect(editorCommand(press("Enter", { isComposing: true }))).toEqual({ kind: "composing" });
    expect(editorCommand(press("Escape", { keyCode: 229 }))).toEqual({ kind: "composing" });
    expect(editorCommand(press("a"))).toBeNull();
    expect(editorCommand(press("Tab"))).toBeNull(); // the grid saves and moves right itself
  });
});
