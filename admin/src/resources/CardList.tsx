// The list of an entity on a phone: one card per record instead of the grid (views.tsx picks
// it by the screen's width), in the same list context, so the same filters, sorting and
// pagination apply. A card shows the record's display field as its title and a few key fields
// below it, and the whole card is a link to the record.
import { SimpleList } from "react-admin";
import { usePermissions } from "ra-core";
import { canSeePersonalData, type Permissions } from "../auth/permissions.ts";
import { contentFields, resourceFor, type AdminField, type FieldKind } from "../metadata/fields.ts";
import { FieldDisplay } from "./displays.tsx";

/** Kinds that read well in one short line, the more telling first. */
const CARD_KINDS: FieldKind[] = ["reference", "enum", "date", "int", "decimal", "float", "boolean", "text"];
const CARD_FIELDS = 3;

/** The fields under a card's title: required before optional, by kind, never personal data the user may not see. */
export function cardFields(model: string, permissions: Permissions | undefined): AdminField[] {
  const { displayField } = resourceFor(model);
  return contentFields(model)
    .filter((f) => f.name !== displayField && CARD_KINDS.includes(f.kind))
    .filter((f) => !f.personal || canSeePersonalData(permissions))
    .map((field, position) => ({ field, position }))
    .sort(
      (a, b) =>
        Number(b.field.required) - Number(a.field.required) ||
        CARD_KINDS.indexOf(a.field.kind) - CARD_KINDS.indexOf(b.field.kind) ||
        a.position - b.position,
    )
    .slice(0, CARD_FIELDS)
    .map(({ field }) => field);
}

function CardDetails({ fields }: { fields: AdminField[] }) {
  return (
    <>
      {fields.map((field, i) => (
        <span key={field.name} style={{ display: "inline-block", marginRight: "1em" }}>
          {i > 0 && " "}
          {field.label}：<FieldDisplay field={field} link={false} />
        </span>
      ))}
    </>
  );
}

export function CardList({ model }: { model: string }) {
  const { permissions } = usePermissions<Permissions>();
  const fields = cardFields(model, permissions);
  return (
    <SimpleList
      data-testid="card-list"
      rowClick="show"
      secondaryText={<CardDetails fields={fields} />}
      rowSx={() => ({ borderBottom: 1, borderColor: "divider" })}
    />
  );
}
