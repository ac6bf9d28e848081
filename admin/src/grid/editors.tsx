// Cell editors by field kind. Text-like editors hand back a Draft (the raw text), which
// the grid parses on commit with the same rules as a paste; selects and the reference
// picker hand back the value itself.
import { Autocomplete, TextField } from "@mui/material";
import { useEffect, useState, type ReactNode } from "react";
import type { RenderEditCellProps } from "react-data-grid";
import { type Identifier, useDataProvider } from "ra-core";
import { enumChoices, resourceFor, type AdminField } from "../metadata/fields.ts";
import { formatCell } from "@p181/schema/cells";

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

function TextEditor({ row, column, onRowChange, onClose, field }: RenderEditCellProps<Row> & { field: AdminField }) {
  const [text, setText] = useState(() => {
    const value = row[column.key];
    return value instanceof Draft ? value.text : formatCell(field, row);
  });
  return (
    <input
      // biome-ignore lint/a11y/noAutofocus: a grid cell's editor opens focused, as in a spreadsheet
      autoFocus
      style={inputStyle}
      value={text}
      placeholder={field.kind === "date" ? "2013-05-01" : undefined}
      onChange={(event) => {
        setText(event.target.value);
        onRowChange({ ...row, [column.key]: new Draft(event.target.value) });
      }}
      onBlur={() => onClose(true, false)}
    />
  );
}

function SelectEditor({ row, column, onRowChange, onClose, field }: RenderEditCellProps<Row> & { field: AdminField }) {
  const options =
    field.kind === "boolean"
      ? [
          { id: "true", name: "是" },
          { id: "false", name: "否" },
        ]
      : enumChoices(field.enumName!);
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
function ReferenceEditor({
  row,
  column,
  onRowChange,
  onClose,
  field,
}: RenderEditCellProps<Row> & { field: AdminField }) {
  const dataProvider = useDataProvider();
  const display = field.targetDisplayField ?? "id";
  const [search, setSearch] = useState("");
  const related = (row[field.relation!] ?? null) as Row | null;
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
      getOptionLabel={(option: Row) => String(option[display] ?? option.id)}
      isOptionEqualToValue={(a: Row, b: Row) => a.id === b.id}
      onInputChange={(_event, value, reason) => reason === "input" && setSearch(value)}
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

export function editorFor(field: AdminField): ((props: RenderEditCellProps<Row>) => ReactNode) | undefined {
  if (!field.writable) return undefined;
  switch (field.kind) {
    case "enum":
    case "boolean":
      return (props) => <SelectEditor {...props} field={field} />;
    case "reference":
      return (props) => <ReferenceEditor {...props} field={field} />;
    case "json":
      return undefined;
    default:
      return (props) => <TextEditor {...props} field={field} />;
  }
}
