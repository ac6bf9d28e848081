// The checks graphql-cop (dolevf/graphql-cop) runs, each reproduced with its payload and its
// test for "vulnerable", against the production app on both backends. Every one comes out
// clean; the development app, where introspection, GraphiQL, GET and suggestions are on,
// shows that the checks do detect something.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest } from "@p181/db/testing";
import type { App } from "../yoga.ts";
import type { ResponseJson } from "../testing/graphql.ts";
import { securityHarness, type SecurityHarness } from "../testing/security-harness.ts";

type Check = (app: App) => Promise<boolean>;

async function post(app: App, body: string, contentType = "application/json") {
  const response = await app.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });
  const text = await response.text();
  try {
    return { text, json: JSON.parse(text) as ResponseJson };
  } catch {
    return { text, json: null as ResponseJson };
  }
}

async function get(app: App, query: string, headers: Record<string, string> = {}) {
  const response = await app.fetch(`http://yoga/graphql?query=${encodeURIComponent(query)}`, { headers });
  const text = await response.text();
  try {
    return { text, json: JSON.parse(text) as ResponseJson };
  } catch {
    return { text, json: null as ResponseJson };
  }
}

const query = (q: string) => JSON.stringify({ query: q });

/** graphql-cop's checks: true means "vulnerable". */
const checks: Record<string, Check> = {
  "Alias Overloading (101 aliases)": async (app) => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename \n`).join("");
    return Boolean((await post(app, query(`query cop { ${aliases} }`))).json?.data?.alias100);
  },
  "Batch Queries (array-based)": async (app) => {
    const { json } = await post(
      app,
      JSON.stringify(Array.from({ length: 10 }, () => ({ query: "query cop { __typename }" }))),
    );
    return Array.isArray(json) && json.length >= 10;
  },
  "GET-based Query (possible CSRF)": async (app) => Boolean((await get(app, "{__typename}")).json?.data?.__typename),
  "POST-based url-encoded query (possible CSRF)": async (app) =>
    Boolean(
      (await post(app, `query=${encodeURIComponent("query cop {__typename}")}`, "application/x-www-form-urlencoded"))
        .json?.data?.__typename,
    ),
  "GraphQL IDE (GraphiQL exposed)": async (app) =>
    /graphiql|graphql playground/i.test((await get(app, "", { accept: "text/html" })).text),
  "Introspection Query enabled": async (app) =>
    Boolean((await post(app, query("query cop { __schema { types { name fields { name } } } }"))).json?.data?.__schema),
  "Directive Overloading": async (app) =>
    (await post(app, query("query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }"))).json?.errors?.length === 10,
  "Field Duplication (500 repeats)": async (app) =>
    Boolean((await post(app, query(`query cop { ${"__typename \n".repeat(500)} }`))).json?.data?.__typename),
  "Field Suggestions": async (app) =>
    /Did you mean/.test((await post(app, query("query cop { __schema { directive } }"))).text),
  "Trace Mode (extensions.tracing)": async (app) => {
    const { json } = await post(app, query("query cop { __typename }"));
    return Boolean(json?.extensions?.tracing || json?.errors?.[0]?.extensions?.tracing);
  },
  "Unhandled Errors (debug information in errors)": async (app) => {
    const answers = await Promise.all([
      post(app, query("qwerty cop { abc }")),
      post(app, "{ not json"),
      post(app, query("query cop { __typename(x: ) }")),
    ]);
    return answers.some(
      ({ text, json }) =>
        /exception|stacktrace|originalError|\bat .+:\d+:\d+|\.ts:\d+|node_modules/i.test(text) ||
        json?.errors?.some((e: { extensions?: Record<string, unknown> }) => e.extensions?.exception),
    );
  },
  "Circular Query via Introspection": async (app) => {
    const { json } = await post(
      app,
      query(
        "query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }",
      ),
    );
    return (json?.data?.__schema?.types?.length ?? 0) > 25;
  },
  "Mutations over GET": async (app) => Boolean((await get(app, "mutation cop {__typename}")).json?.data?.__typename),
};

describe.each(backendsUnderTest())("graphql-cop on %s", (backend) => {
  let h: SecurityHarness;
  let development: App;
  beforeAll(async () => {
    h = await securityHarness(backend);
    development = h.development();
  });
  afterAll(() => h?.db.drop());

  it.each(Object.keys(checks))("production is clean: %s", async (name) => {
    expect(await checks[name]!(h.app)).toBe(false);
  });

  it("the checks detect the development conveniences", async () => {
    const found = [];
    for (const [name, check] of Object.entries(checks)) if (await check(development)) found.push(name);
    expect(found.sort()).toEqual(
      [
        "GET-based Query (possible CSRF)",
        "GraphQL IDE (GraphiQL exposed)",
        "Introspection Query enabled",
        "Field Suggestions",
        // yoga answers a body that is not JSON with extensions.originalError (the JSON parser's
        // message) in every mode; only production strips it (error-hygiene.ts).
        "Unhandled Errors (debug information in errors)",
      ].sort(),
    );
  });
});
