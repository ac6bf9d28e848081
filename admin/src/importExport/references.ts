// References given by what users know – the zone's name or its code, the organisation's
// name – resolved to ids before anything is sent. Lookups run with the user's own rights,
// so a record outside their area is "not found", as it would be in the admin.
import { adminField, resourceFor } from "../metadata/fields.ts";
import { maxPageSize } from "../dataProvider/limits.ts";
import type { GraphQLRequester } from "../graphql/request.ts";
import type { ImportPlan, Lookup } from "./plan.ts";

const CHUNK = 200;

/** Fields a reference to `model` may be given by: its display field, its code, a one-field text natural key. */
export function lookupFields(model: string): string[] {
  const resource = resourceFor(model);
  const candidates = [resource.displayField, "code", ...(resource.naturalKey?.length === 1 ? resource.naturalKey : [])];
  return [...new Set(candidates)].filter((name) => name !== "id" && adminField(model, name)?.kind === "text");
}

type Found = { id: number } & Record<string, unknown>;

async function fetchCandidates(requester: GraphQLRequester, model: string, texts: string[]): Promise<Found[]> {
  const resource = resourceFor(model);
  const fields = lookupFields(model);
  const found: Found[] = [];
  const page = await maxPageSize(requester);
  for (let i = 0; i < texts.length; i += CHUNK) {
    const chunk = texts.slice(i, i + CHUNK);
    const ids = chunk
      .filter((t) => /^\d+$/.test(t))
      .map(Number)
      .filter(Number.isSafeInteger);
    const conditions = [...fields.map((f) => ({ [f]: { in: chunk } })), ...(ids.length ? [{ id: { in: ids } }] : [])];
    if (conditions.length === 0) continue;
    for (let skip = 0; ; skip += page) {
      const data = await requester.query<{ page: { items: Found[] } }>(
        `query ($where: ${model}Filter, $skip: Int, $take: Int) { page: ${resource.plural}(where: $where, skip: $skip, take: $take) { items { id ${fields.join(" ")} } } }`,
        { where: { OR: conditions }, skip, take: page },
        model,
      );
      found.push(...data.page.items);
      if (data.page.items.length < page) break;
    }
  }
  return found;
}

/** Which record a text names: one by name or code, else one by id (for numbers); null if none, "ambiguous" if several. */
export function match(model: string, records: Found[], text: string): number | null | "ambiguous" {
  const fields = lookupFields(model);
  const byText = [
    ...new Set(records.filter((r) => fields.some((f) => String(r[f] ?? "").trim() === text)).map((r) => r.id)),
  ];
  if (byText.length === 1) return byText[0]!;
  if (byText.length > 1) return "ambiguous";
  const byId = /^\d+$/.test(text) ? records.find((r) => r.id === Number(text)) : undefined;
  return byId ? byId.id : null;
}

/** Fills in the ids of every lookup of the plan; unknown and ambiguous values become problems of their row. */
export async function resolveReferences(requester: GraphQLRequester, plan: ImportPlan): Promise<void> {
  const byTarget = new Map<string, { lookup: Lookup; row: ImportPlan["rows"][number] }[]>();
  for (const row of plan.rows) {
    for (const lookup of row.lookups) {
      const target = lookup.field.target!;
      byTarget.set(target, [...(byTarget.get(target) ?? []), { lookup, row }]);
    }
  }
  for (const [target, entries] of byTarget) {
    const records = await fetchCandidates(requester, target, [...new Set(entries.map((e) => e.lookup.text))]);
    const label = resourceFor(target).label;
    const codes = lookupFields(target)
      .map((f) => adminField(target, f)?.label ?? f)
      .join("/");
    for (const { lookup, row } of entries) {
      const id = match(target, records, lookup.text);
      if (typeof id === "number") row.values[lookup.field.name] = id;
      else
        row.problems.push({
          row: row.number,
          column: lookup.column,
          field: lookup.field.name,
          message: {
            key: id === null ? "problem.reference_not_found" : "problem.reference_ambiguous",
            args: { value: lookup.text, entity: label, by: codes },
          },
        });
    }
  }
}
