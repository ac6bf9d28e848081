// The records a reference typed, pasted or imported by name or code may mean, fetched with
// the user's own rights (a record outside their area is "not found", as elsewhere in the
// admin); the matching itself is @p181/schema/cells'.
import { resourceOf } from "@p181/schema";
import type { Candidate, CandidateSource } from "@p181/schema/cells";
import { maxPageSize } from "../dataProvider/limits.ts";
import type { GraphQLRequester } from "./request.ts";

export function candidateSource(requester: GraphQLRequester): CandidateSource {
  return async (model, where, fields) => {
    const { plural } = resourceOf(model);
    const page = await maxPageSize(requester);
    const found: Candidate[] = [];
    for (let skip = 0; ; skip += page) {
      const data = await requester.query<{ page: { items: Candidate[] } }>(
        `query ($where: ${model}Filter, $skip: Int, $take: Int) { page: ${plural}(where: $where, skip: $skip, take: $take) { items { id ${fields.join(" ")} } } }`,
        { where, skip, take: page },
        model,
      );
      found.push(...data.page.items);
      if (data.page.items.length < page) return found;
    }
  };
}
