// What a key press means to the grid, as in Excel/WPS. The grid's own keys (arrows, Tab,
// Enter or F2 to edit with the old value, Esc) stay react-data-grid's; these are the ones
// it lacks or gets differently. Keys an input method is composing with belong to it.
import type { Arrow } from "./range.ts";

export interface KeyPress {
  key: string;
  keyCode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Between compositionstart and compositionend (a Chinese input method at work). */
  isComposing: boolean;
}

/** A key on a selected cell (not editing). */
export type CellCommand =
  | { kind: "composing" }
  /** Ctrl+C, Ctrl+V: the browser's copy and paste events do the work; the grid must not open an editor. */
  | { kind: "clipboard" }
  | { kind: "undo" }
  | { kind: "redo" }
  | { kind: "fillDown" }
  | { kind: "selectAll" }
  | { kind: "clear" }
  | { kind: "extend"; arrow: Arrow; toEdge: boolean }
  /** A character: the cell's editor opens with it, replacing the value. */
  | { kind: "type"; text: string };

/** A key in an open editor. */
export type EditorCommand = { kind: "composing" } | { kind: "commit"; rowDelta: 1 | -1 };

const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

/** keyCode 229: the key went to an input method (Chrome sends it before compositionstart too). */
const composing = (press: KeyPress) => press.isComposing || press.keyCode === 229 || press.key === "Process";

export function cellCommand(press: KeyPress): CellCommand | null {
  if (composing(press)) return { kind: "composing" };
  const ctrl = press.ctrlKey || press.metaKey;
  if (ctrl && !press.altKey) {
    switch (press.key.toLowerCase()) {
      case "c":
      case "v":
        return { kind: "clipboard" };
      case "z":
        return { kind: press.shiftKey ? "redo" : "undo" };
      case "y":
        return { kind: "redo" };
      case "d":
        return { kind: "fillDown" };
      case "a":
        return { kind: "selectAll" };
    }
  }
  if (press.shiftKey && ARROWS.has(press.key) && !press.altKey)
    return { kind: "extend", arrow: press.key as Arrow, toEdge: ctrl };
  if (ctrl || press.altKey) return null;
  if (press.key === "Delete" || press.key === "Backspace") return { kind: "clear" };
  if (press.key === " " && press.shiftKey) return null; // the grid's own: selects the row
  if ([...press.key].length === 1) return { kind: "type", text: press.key };
  return null;
}

export function editorCommand(press: KeyPress): EditorCommand | null {
  if (composing(press)) return { kind: "composing" };
  if (press.key === "Enter" && !press.ctrlKey && !press.metaKey && !press.altKey)
    return { kind: "commit", rowDelta: press.shiftKey ? -1 : 1 };
  return null;
}
