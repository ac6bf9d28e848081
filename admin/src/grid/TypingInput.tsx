// Typing on a selected cell replaces its value, as in Excel/WPS. A Chinese input method only
// composes into an editable element, so the selected cell holds an invisible text area that
// has the keyboard focus (react-data-grid hands the focus of the active cell to its child with
// tabindex 0); the grid's keys still reach the grid through it. What is composed there (shown
// over the cell while composing) opens the cell's editor with that text. Plain characters
// open the editor from the key press itself (SpreadsheetGrid).
import { createContext, useContext, useEffect, useRef, useState } from "react";

const ATTRIBUTE = "data-p181-typing";

export const isTypingInput = (element: Element) => element.hasAttribute(ATTRIBUTE);

/** The text that opens a cell's editor in place of its value. */
export interface TypedText {
  rowIdx: number;
  idx: number;
  text: string;
}

export const TypedTextContext = createContext<{ current: TypedText | null }>({ current: null });

/** The text typed to open this editor, or null when it was opened to edit the old value (F2, Enter, a double click). */
export function useTypedText(rowIdx: number, idx: number): string | null {
  const typed = useContext(TypedTextContext);
  const [text] = useState(() =>
    typed.current?.rowIdx === rowIdx && typed.current.idx === idx ? typed.current.text : null,
  );
  useEffect(() => {
    typed.current = null;
  }, [typed]);
  return text;
}

export function TypingInput({ label, onText }: { label: string; onText: (text: string) => void }) {
  const [composing, setComposing] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  // Rows reloaded under the active cell (a paste's new rows, an undo) replace the element that
  // had the focus; the keyboard stays with the grid instead of falling to the page.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body)
      input.current?.focus({ preventScroll: true });
  }, []);
  const take = (input: HTMLTextAreaElement) => {
    const text = input.value;
    input.value = "";
    if (text) onText(text);
  };
  return (
    <textarea
      ref={input}
      {...{ [ATTRIBUTE]: "" }}
      tabIndex={0}
      rows={1}
      aria-label={label}
      className={composing ? "p181-typing p181-typing-composing" : "p181-typing"}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={(event) => {
        setComposing(false);
        take(event.currentTarget);
      }}
      onInput={(event) => {
        if (!composing && !(event.nativeEvent as InputEvent).isComposing) take(event.currentTarget);
      }}
    />
  );
}
