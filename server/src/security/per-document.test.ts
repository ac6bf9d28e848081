// What the limits work out from the document alone is worked out once per document (yoga's
// parser cache hands every request with the same text the same document object); what
// depends on the variables is checked on every request.
import { buildSchema, GraphQLError, parse, type ValidationContext, type ValidationRule } from "graphql";
import { createYoga } from "graphql-yoga";
import { describe, expect, it, vi } from "vitest";
import { schema } from "../graphql/index.ts";
import { inputLimitCheck } from "./input-limits.ts";
import { oversizedVariable } from "./page-size.ts";
import { estimateResponse } from "./row-estimate.ts";
import { useValidationGate } from "./validation-gate.ts";

const MEMBERS = `query Members($take: Int, $where: PartyMemberFilter) {
  partyMembers(take: $take, where: $where) { totalCount items { ...Member organisation { name members(take: 10) { name } } } }
  towns(take: 5, where: { name: { contains: "镇" } }) { items { code } }
}
fragment Member on PartyMember { id name skills }`;

describe("limits per document", () => {
  it("runs the validation gate's rules once per document, and refuses a refused document again", async () => {
    const visited = vi.fn();
    const counting: ValidationRule = (context: ValidationContext) => ({
      Document() {
        visited();
      },
      Field(node) {
        if (node.name.value === "forbidden") context.reportError(new GraphQLError("no"));
      },
    });
    const yoga = createYoga({
      schema: buildSchema("type Query { hello: String forbidden: String }"),
      plugins: [useValidationGate([counting])],
      logging: false,
    });
    const ask = async (query: string) =>
      (
        await yoga.fetch("http://yoga/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })
      ).json();
    for (let i = 0; i < 3; i++) expect(await ask("{ hello }")).toEqual({ data: { hello: null } });
    expect(visited).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 2; i++) expect((await ask("{ forbidden }")).errors?.[0]?.message).toBe("no");
    expect(visited).toHaveBeenCalledTimes(2);
  });

  it("estimates rows from a plan made once per document, with page sizes from each request's variables", () => {
    const document = parse(MEMBERS);
    const lookups = vi.spyOn(schema, "getType");
    const small = estimateResponse(schema, document, null, { take: 10 });
    const walked = lookups.mock.calls.length;
    const large = estimateResponse(schema, document, null, { take: 400 });
    expect(lookups.mock.calls.length).toBe(walked);
    lookups.mockRestore();
    // members(take: 10) under each organisation of each member, towns(take: 5) beside them.
    expect(small.rows).toBe(10 + 10 * 10 + 5);
    expect(large.rows).toBe(400 + 400 * 10 + 5);
    expect(estimateResponse(schema, parse(MEMBERS), null, {}).rows).toBe(25 + 25 * 10 + 5);
  });

  it("walks a document's arguments once, and each request's variables every time", () => {
    const check = inputLimitCheck({ maxFilterString: 20 });
    const document = parse(MEMBERS);
    const entered = vi.spyOn(schema, "getQueryType");
    expect(check(schema, document, null, { take: 10, where: { name: { contains: "王" } } })).toBeNull();
    const walked = entered.mock.calls.length;
    expect(walked).toBeGreaterThan(0);
    const refused = check(schema, document, null, { take: 10, where: { name: { contains: "王".repeat(21) } } });
    expect(refused?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where", at: "where.name.contains" });
    expect(check(schema, document, null, {})).toBeNull();
    expect(entered.mock.calls.length).toBe(walked);
    entered.mockRestore();
    // A literal over the limit is refused on every request, not only the first.
    const literal = parse(`{ towns(where: { name: { contains: "${"镇".repeat(21)}" } }) { items { code } } }`);
    for (let i = 0; i < 2; i++) expect(check(schema, literal, null, {})?.extensions?.argument).toBe("where");
  });

  it("checks page sizes given in variables against each request's values", () => {
    const document = parse(MEMBERS);
    expect(oversizedVariable(document, { take: 500 })).toBeNull();
    expect(oversizedVariable(document, { take: 501 })).toEqual({ argument: "take", value: 501 });
    expect(oversizedVariable(parse("query($n: Int = 900) { towns(take: $n) { items { code } } }"), {})).toEqual({
      argument: "take",
      value: 900,
    });
  });
});
