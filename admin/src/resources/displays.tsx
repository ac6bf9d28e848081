// How a field reads on a show page, by kind.
import { Chip, Stack } from "@mui/material";
import { BooleanField, DateField, FunctionField, NumberField, ReferenceField, TextField } from "react-admin";
import { enumValueLabel, resourceFor, type AdminField } from "../metadata/fields.ts";

/** `link`: references link to their record (not inside something that is itself a link, like a card). */
export function FieldDisplay({ field, link = true }: { field: AdminField; link?: boolean }) {
  const source = field.name;
  switch (field.kind) {
    case "reference": {
      const target = resourceFor(field.target!);
      return (
        <ReferenceField source={source} reference={field.target!} link={link && "show"} emptyText="—">
          {target.displayField === "id" ? (
            <FunctionField render={(r) => `#${r.id}`} />
          ) : (
            <TextField source={target.displayField} />
          )}
        </ReferenceField>
      );
    }
    case "enum":
      return (
        <FunctionField
          source={source}
          render={(record) => (record[source] ? enumValueLabel(field.enumName!, record[source]) : "—")}
        />
      );
    case "enumList":
    case "textList":
      return (
        <FunctionField
          source={source}
          render={(record) => (
            <Stack direction="row" gap={0.5} flexWrap="wrap">
              {((record[source] as string[] | null) ?? []).map((value) => (
                <Chip
                  key={value}
                  size="small"
                  label={field.kind === "enumList" ? enumValueLabel(field.enumName!, value) : value}
                />
              ))}
            </Stack>
          )}
        />
      );
    case "boolean":
      return <BooleanField source={source} />;
    case "int":
    case "float":
      return <NumberField source={source} emptyText="—" />;
    case "date":
      return <TextField source={source} emptyText="—" />;
    case "datetime":
      return <DateField source={source} showTime locales="zh-CN" emptyText="—" />;
    case "json":
      return (
        <FunctionField
          source={source}
          render={(record) => <pre style={{ margin: 0 }}>{JSON.stringify(record[source], null, 2)}</pre>}
        />
      );
    default:
      return <TextField source={source} emptyText="—" sx={{ whiteSpace: "pre-wrap" }} />;
  }
}
