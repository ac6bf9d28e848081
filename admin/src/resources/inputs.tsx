// The form input for a field, by kind: used by every create and edit view and by the
// grid's "set a field" dialog.
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxValue,
  minValue,
  regex,
  required,
  type Validator,
} from "react-admin";
import { enumChoices, resourceFor, type AdminField } from "../metadata/fields.ts";

const LONG_TEXT = /description|content|summary|remark|note|detail|result|feedback|measure|plan$|reason|experience/i;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const integer: Validator = (value) =>
  value === null || value === undefined || value === "" || Number.isInteger(Number(value))
    ? undefined
    : "app.parse.integer";

function validators(field: AdminField): Validator[] {
  const list: Validator[] = [];
  if (field.required && field.kind !== "boolean") list.push(required());
  if (field.kind === "decimal") list.push(regex(DECIMAL, "app.parse.decimal"));
  if (field.kind === "int") list.push(integer);
  if (field.name === "year" || field.name.endsWith("Year")) list.push(minValue(1900), maxValue(2100));
  return list;
}

export function FieldInput({
  field,
  source = field.name,
  label,
}: {
  field: AdminField;
  source?: string;
  label?: string;
}) {
  const common = { source, validate: validators(field), helperText: false as const, ...(label ? { label } : {}) };
  switch (field.kind) {
    case "reference": {
      const target = resourceFor(field.target!);
      return (
        <ReferenceInput
          source={source}
          reference={field.target!}
          sort={{ field: target.displayField, order: "ASC" }}
          perPage={20}
        >
          <AutocompleteInput
            optionText={target.displayField === "id" ? (record) => `#${record.id}` : target.displayField}
            filterToQuery={(q) => ({ q })}
            validate={common.validate}
            helperText={false}
            {...(label ? { label } : {})}
          />
        </ReferenceInput>
      );
    }
    case "enum":
      return (
        <SelectInput
          {...common}
          choices={enumChoices(field.enumName!)}
          emptyText={field.required ? undefined : "（空）"}
        />
      );
    case "enumList":
      return <SelectArrayInput {...common} choices={enumChoices(field.enumName!)} />;
    case "textList":
      return <TextArrayInput {...common} />;
    case "boolean":
      return field.meta.isRequired ? <BooleanInput {...common} /> : <NullableBooleanInput {...common} />;
    case "int":
    case "float":
      return <NumberInput {...common} step={field.kind === "int" ? 1 : "any"} />;
    case "date":
      return <DateInput {...common} />;
    case "datetime":
      return <DateTimeInput {...common} />;
    case "json":
      return (
        <TextInput
          {...common}
          multiline
          format={(value) =>
            value === null || value === undefined
              ? ""
              : typeof value === "string"
                ? value
                : JSON.stringify(value, null, 2)
          }
          parse={(text: string) => {
            try {
              return text ? JSON.parse(text) : null;
            } catch {
              return text;
            }
          }}
        />
      );
    default:
      return <TextInput {...common} multiline={LONG_TEXT.test(field.name)} fullWidth={LONG_TEXT.test(field.name)} />;
  }
}
