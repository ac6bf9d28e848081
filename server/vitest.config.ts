import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql ships CommonJS and ESM builds; yoga and Pothos load the CommonJS one, so the
// tests' own imports must too, or `instanceof GraphQLError` fails across the two copies.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
  },
});
