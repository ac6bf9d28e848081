// Security settings from the environment, and what they change.
import { describe, expect, it } from "vitest";
import { createSchema, createYoga } from "graphql-yoga";
import { securitySettingsFromEnv } from "../settings.ts";
import type { ResponseJson } from "../testing/graphql.ts";
import { securityPlugins } from "./index.ts";

const schema = createSchema({
  typeDefs: "type Query { items(take: Int): [Int] }",
  resolvers: {
    Query: { items: (_: unknown, { take }: { take: number }) => Array.from({ length: take }, (_, i) => i) },
  },
});

function app(env: NodeJS.ProcessEnv) {
  return createYoga({ schema, logging: false, plugins: securityPlugins(securitySettingsFromEnv(env)) });
}

async function post(yoga: ReturnType<typeof app>, query: string, headers: Record<string, string> = {}) {
  const response = await yoga.fetch("http://api.example/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as ResponseJson };
}

describe("security settings", () => {
  it("defaults: production by NODE_ENV, 500 rows a page, no other origins", () => {
    expect(securitySettingsFromEnv({ NODE_ENV: "production" })).toEqual({
      development: false,
      maxPageSize: 500,
      allowedOrigins: [],
    });
    expect(securitySettingsFromEnv({}).development).toBe(true);
  });

  it("GRAPHQL_MAX_PAGE_SIZE moves the cap", async () => {
    const yoga = app({ NODE_ENV: "production", GRAPHQL_MAX_PAGE_SIZE: "10" });
    expect((await post(yoga, "{ items(take: 10) }")).body.data.items).toHaveLength(10);
    expect((await post(yoga, "{ items(take: 11) }")).body.errors[0].message).toBe(
      "take: 11 is above the maximum page size of 10.",
    );
    expect(() => securitySettingsFromEnv({ GRAPHQL_MAX_PAGE_SIZE: "lots" })).toThrow(/positive integer/);
  });

  it("GRAPHQL_ALLOWED_ORIGINS lets the admin run on another origin", async () => {
    const yoga = app({
      NODE_ENV: "production",
      GRAPHQL_ALLOWED_ORIGINS: "https://admin.example, http://localhost:5173",
    });
    expect((await post(yoga, "{ items(take: 1) }", { origin: "https://admin.example" })).status).toBe(200);
    expect((await post(yoga, "{ items(take: 1) }", { origin: "http://localhost:5173" })).status).toBe(200);
    expect((await post(yoga, "{ items(take: 1) }", { origin: "https://api.example" })).status).toBe(200);
    expect((await post(yoga, "{ items(take: 1) }", { origin: "https://admin.example.evil" })).status).toBe(403);
    expect((await post(yoga, "{ items(take: 1) }", { origin: "null" })).status).toBe(403);
    // Development accepts any origin (a local admin dev server).
    expect((await post(app({}), "{ items(take: 1) }", { origin: "http://localhost:3000" })).status).toBe(200);
  });
});
