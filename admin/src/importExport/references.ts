// The references of an import, given by what users know – the zone's name or its code, the
// organisation's name – resolved to ids before anything is sent; an unknown or ambiguous
// one becomes a problem of its row, naming what it may be given by.
import { lookupFields, resolveLookups } from "@p181/schema/cells";
import { candidateSource } from "../graphql/candidates.ts";
import type { GraphQLRequester } from "../graphql/request.ts";
import { adminField, resourceFor } from "../metadata/fields.ts";
import type { ImportPlan } from "./plan.ts";

/** Fills in the ids of every lookup of the plan; unknown and ambiguous values become problems of their row. */
export async function resolveReferences(requester: GraphQLRequester, plan: ImportPlan): Promise<void> {
  const entries = plan.rows.flatMap((row) => row.lookups.map((lookup) => ({ ...lookup, row })));
  const resolved = await resolveLookups(entries, candidateSource(requester));
  for (const [{ field, text, column, row }, id] of resolved) {
    if (typeof id === "number") {
      row.values[field.name] = id;
      continue;
    }
    const target = field.target!;
    row.problems.push({
      row: row.number,
      column,
      field: field.name,
      message: {
        key: id === null ? "problem.reference_not_found" : "problem.reference_ambiguous",
        args: {
          value: text,
          entity: resourceFor(target).label,
          by: lookupFields(target)
            .map((f) => adminField(target, f)?.label ?? f)
            .join("/"),
        },
      },
    });
  }
}
