// Cell editors by field kind. Text-like editors hand back a Draft (the raw text), which
// the grid parses on commit with the same rules as a paste; selects and the reference
// picker hand back the value itself. Opened by typing, an editor starts from the typed text
// (an enum or yes/no cell then takes text too, read like a pasted label); opened by F2, Enter
// or a double click, from the old value.
import { Autocomplete, TextField } from "@mui/material";
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { RenderEditCellProps } from "react-data-grid";
import { type Identifier, useDataProvider } from "ra-core";
import { enumChoices, resourceFor, type AdminField } from "../metadata/fields.ts";
import { formatCell } from "@p181/schema/cells";
import { useTypedText } from "./TypingInput.tsx";

/** A grid row: a record as the API returns it (its related records as nested objects). */
export type Row = { id: Identifier; [field: string]: unknown };

/** Raw text typed into a cell, parsed when the edit is committed. */
export class Draft {
  constructor(readonly text: string) {}
}

const inputStyle = {
  width: "100%",
  height: "100%",
  border: 0,
  padding: "0 6px",
  font: "inherit",
  outline: "2px solid #1976d2",
  boxSizing: "border-box",
} as const;

type EditorProps = RenderEditCellProps<Row> & { field: AdminField };

/** Choices of an enum or yes/no field: value and Chinese label. */
function choicesOf(field: AdminField): { id: string; name: string }[] {
  return field.kind === "boolean"
    ? [
        { id: "true", name: "是" },
        { id: "false", name: "否" },
      ]
    : enumChoices(field.enumName!);
}

function TextEditor({ row, column, onRowChange, field, typed }: EditorProps & { typed: string | null }) {
  const [text, setText] = useState(() => {
    const value = row[column.key];
    return typed ?? (value instanceof Draft ? value.text : formatCell(field, row));
  });
  const input = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the editor opens
  useLayoutEffect(() => {
    // The caret after the text, as F2 in Excel (and after the typed character).
    input.current?.setSelectionRange(input.current.value.length, input.current.value.length);
    // Typed text is the new value even if nothing more is typed before Enter.
    if (typed !== null) onRowChange({ ...row, [column.key]: new Draft(typed) });
  }, []);
  const choices = field.kind === "enum" || field.kind === "boolean" ? choicesOf(field) : [];
  const listId = choices.length > 0 ? `p181-choices-${column.key}` : undefined;
  return (
    <>
      <input
        // biome-ignore lint/a11y/noAutofocus: a grid cell's editor opens focused, as in a spreadsheet
        autoFocus
        ref={input}
        style={inputStyle}
        value={text}
        list={listId}
        placeholder={field.kind === "date" ? "2013-05-01" : undefined}
        onChange={(event) => {
          setText(event.target.value);
          onRowChange({ ...row, [column.key]: new Draft(event.target.value) });
        }}
      />
      {listId && (
        <datalist id={listId}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.name} />
          ))}
        </datalist>
      )}
    </>
  );
}

function SelectEditor({ row, column, onRowChange, onClose, field }: EditorProps) {
  const options = choicesOf(field);
  const value = row[column.key];
  return (
    <select
      // biome-ignore lint/a11y/noAutofocus: a grid cell's editor opens focused, as in a spreadsheet
      autoFocus
      style={inputStyle}
      value={value === null || value === undefined ? "" : String(value)}
      onChange={(event) => {
        const text = event.target.value;
        const next = text === "" ? null : field.kind === "boolean" ? text === "true" : text;
        onRowChange({ ...row, [column.key]: next }, true);
      }}
      onBlur={() => onClose(false)}
    >
      {!field.required && <option value="">（空）</option>}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}

/** Search-as-you-type over the target's search fields, showing its display field. */
function ReferenceEditor({ row, column, onRowChange, onClose, field, typed }: EditorProps & { typed: string | null }) {
  const dataProvider = useDataProvider();
  const display = field.targetDisplayField ?? "id";
  const label = (option: Row) => String(option[display] ?? option.id);
  const [search, setSearch] = useState(typed ?? "");
  const related = (row[field.relation!] ?? null) as Row | null;
  // The text in the box: typed text, else the current record's name; only the user changes it.
  const [input, setInput] = useState(() => typed ?? (related ? label(related) : ""));
  const [options, setOptions] = useState<Row[]>(() => (related ? [related] : []));
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      dataProvider
        .getList(field.target!, {
          filter: search ? { q: search } : {},
          pagination: { page: 1, perPage: 20 },
          sort: { field: resourceFor(field.target!).displayField, order: "ASC" },
        })
        .then(({ data }) => live && setOptions(data))
        .catch(() => undefined);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataProvider, field.target, search]);
  const current = options.find((o) => o.id === row[column.key]) ?? related;
  return (
    <Autocomplete
      open
      autoHighlight
      size="small"
      options={options}
      value={current}
      filterOptions={(all) => all}
      getOptionLabel={label}
      isOptionEqualToValue={(a: Row, b: Row) => a.id === b.id}
      inputValue={input}
      onInputChange={(_event, value, reason) => {
        if (reason !== "input" && reason !== "clear") return;
        setInput(value);
        setSearch(value);
      }}
      onChange={(_event, option: Row | null) =>
        onRowChange({ ...row, [column.key]: option?.id ?? null, [field.relation!]: option }, true)
      }
      onClose={(_event, reason) => reason === "escape" && onClose(false)}
      renderInput={(params) => <TextField {...params} autoFocus variant="standard" sx={{ px: 0.5 }} />}
      slotProps={{ popper: { sx: { minWidth: 240 } } }}
      sx={{ width: "100%" }}
    />
  );
}

function ChoiceEditor(props: EditorProps) {
  const typed = useTypedText(props.rowIdx, props.column.idx);
  return typed === null ? <SelectEditor {...props} /> : <TextEditor {...props} typed={typed} />;
}

function TypedTextEditor(props: EditorProps) {
  return <TextEditor {...props} typed={useTypedText(props.rowIdx, props.column.idx)} />;
}

function TypedReferenceEditor(props: EditorProps) {
  return <ReferenceEditor {...props} typed={useTypedText(props.rowIdx, props.column.idx)} />;
}

export function editorFor(field: AdminField): ((props: RenderEditCellProps<Row>) => ReactNode) | undefined {
  if (!field.writable) return undefined;
  switch (field.kind) {
    case "enum":
    case "boolean":
      return (props) => <ChoiceEditor {...props} field={field} />;
    case "reference":
      return (props) => <TypedReferenceEditor {...props} field={field} />;
    case "json":
      return undefined;
    default:
      return (props) => <TypedTextEditor {...props} field={field} />;
  }
}
