// References given by what users know – the zone's name or its code, the organisation's
// name – matched to ids. Candidates are fetched by the caller with the user's own rights
// (so a record outside their area is "not found", as it would be in the admin), using the
// filter built here.
import { entityField, type EntityField } from "../fields.ts";
import { resourceOf } from "../resources.ts";

/** Fields a reference to `model` may be given by: its display field, its code, a one-field text natural key. */
export function lookupFields(model: string): string[] {
  const resource = resourceOf(model);
  const candidates = [resource.displayField, "code", ...(resource.naturalKey?.length === 1 ? resource.naturalKey : [])];
  return [...new Set(candidates)].filter((name) => name !== "id" && entityField(model, name)?.kind === "text");
}

export type Candidate = { id: number } & Record<string, unknown>;

/** The `where` of the records some texts may name (by a lookup field, or by id for numbers); null if none can. */
export function candidateFilter(model: string, texts: readonly string[]): { OR: Record<string, unknown>[] } | null {
  const ids = texts
    .filter((t) => /^\d+$/.test(t))
    .map(Number)
    .filter(Number.isSafeInteger);
  const conditions = [
    ...lookupFields(model).map((f) => ({ [f]: { in: [...texts] } })),
    ...(ids.length ? [{ id: { in: ids } }] : []),
  ];
  return conditions.length ? { OR: conditions } : null;
}

/** Which record a text names: one by name or code, else one by id (for numbers); null if none, "ambiguous" if several. */
export function matchReference(
  model: string,
  records: readonly Candidate[],
  text: string,
): number | null | "ambiguous" {
  const fields = lookupFields(model);
  const byText = [
    ...new Set(records.filter((r) => fields.some((f) => String(r[f] ?? "").trim() === text)).map((r) => r.id)),
  ];
  if (byText.length === 1) return byText[0]!;
  if (byText.length > 1) return "ambiguous";
  const byId = /^\d+$/.test(text) ? records.find((r) => r.id === Number(text)) : undefined;
  return byId ? byId.id : null;
}

/** Fetches the records of `model` matching `where` (with the user's rights), with `fields` besides the id. */
export type CandidateSource = (model: string, where: Record<string, unknown>, fields: string[]) => Promise<Candidate[]>;

/** A reference still to resolve: the field it fills (whose target is searched) and the text given. */
export interface ReferenceLookup {
  field: Pick<EntityField, "name" | "target">;
  text: string;
}

/**
 * Resolves lookups by name, code or id, one search per target entity and chunk of texts:
 * the id each text names, null when none does, "ambiguous" when several do.
 */
export async function resolveLookups<L extends ReferenceLookup>(
  lookups: readonly L[],
  fetch: CandidateSource,
  chunk = 200,
): Promise<Map<L, number | null | "ambiguous">> {
  const byTarget = new Map<string, L[]>();
  for (const lookup of lookups) {
    const target = lookup.field.target;
    if (!target) throw new Error(`${lookup.field.name} is not a reference`);
    byTarget.set(target, [...(byTarget.get(target) ?? []), lookup]);
  }
  const resolved = new Map<L, number | null | "ambiguous">();
  for (const [target, entries] of byTarget) {
    const texts = [...new Set(entries.map((e) => e.text))];
    const records: Candidate[] = [];
    for (let i = 0; i < texts.length; i += chunk) {
      const where = candidateFilter(target, texts.slice(i, i + chunk));
      if (where) records.push(...(await fetch(target, where, lookupFields(target))));
    }
    for (const lookup of entries) resolved.set(lookup, matchReference(target, records, lookup.text));
  }
  return resolved;
}
