import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// The tests start the real API in-process: as in the server's own tests, graphql must
// resolve to the one CommonJS build that yoga and Pothos load.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 1,
  },
});
