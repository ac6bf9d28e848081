// The filter bar of a list: quick search over the search fields, town, zone, plan, year
// and the deleted toggle always shown where they apply; each enum field can be added.
import type { ReactElement } from "react";
import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from "react-admin";
import { PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "@p181/schema";
import { contentFields, enumChoices, planField, resourceFor, yearField } from "../metadata/fields.ts";

const YEARS = Array.from(
  { length: Math.max(PROGRAMME_LAST_YEAR, new Date().getFullYear()) - PROGRAMME_FIRST_YEAR + 3 },
  (_, i) => {
    const year = PROGRAMME_FIRST_YEAR - 2 + i;
    return { id: year, name: String(year) };
  },
).reverse();

export function listFilters(model: string): ReactElement[] {
  const resource = resourceFor(model);
  const filters: ReactElement[] = [];
  if (resource.searchFields.length > 0) filters.push(<SearchInput key="q" source="q" alwaysOn />);
  if (resource.territory?.town && model !== "Town") {
    filters.push(
      <ReferenceInput
        key="town"
        source="town"
        reference="Town"
        alwaysOn
        sort={{ field: "code", order: "ASC" }}
        perPage={50}
      >
        <AutocompleteInput
          label="app.filters.town"
          optionText="name"
          filterToQuery={(q) => ({ q })}
          sx={{ minWidth: 160 }}
          helperText={false}
        />
      </ReferenceInput>,
    );
  }
  if (resource.territory?.zone && model !== "Zone") {
    filters.push(
      <ReferenceInput
        key="zone"
        source="zone"
        reference="Zone"
        alwaysOn
        sort={{ field: "code", order: "ASC" }}
        perPage={20}
      >
        <AutocompleteInput
          label="app.filters.zone"
          optionText="name"
          filterToQuery={(q) => ({ q })}
          sx={{ minWidth: 160 }}
          helperText={false}
        />
      </ReferenceInput>,
    );
  }
  if (planField(model)) {
    filters.push(
      <SelectInput
        key="plan"
        source="plan"
        label="app.filters.plan"
        choices={enumChoices("ProgrammePlan")}
        alwaysOn
        helperText={false}
      />,
    );
  }
  if (yearField(model)) {
    filters.push(
      <SelectInput
        key="year"
        source="year"
        label="app.filters.year"
        choices={YEARS}
        alwaysOn
        helperText={false}
        sx={{ minWidth: 100 }}
      />,
    );
  }
  for (const field of contentFields(model)) {
    if (field.kind === "enum" && field.enumName !== "ProgrammePlan") {
      filters.push(
        <SelectArrayInput
          key={field.name}
          source={field.name}
          choices={enumChoices(field.enumName!)}
          helperText={false}
          sx={{ minWidth: 160 }}
        />,
      );
    }
    if (field.kind === "boolean")
      filters.push(<BooleanInput key={field.name} source={field.name} helperText={false} />);
  }
  filters.push(
    <BooleanInput
      key="deleted"
      source="deleted"
      label="app.filters.deleted"
      alwaysOn
      helperText={false}
      format={(value) => value === "DELETED"}
      parse={(checked: boolean) => (checked ? "DELETED" : "LIVE")}
    />,
  );
  return filters;
}
