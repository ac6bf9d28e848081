import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema, sdlFile } from "./sdl.ts";

describe("the printed SDL in schema/schema.graphql", () => {
  it("matches the code (after changing the API: npm run schema:print)", () => {
    expect(fs.readFileSync(sdlFile, "utf8")).toBe(printedSchema());
  });
});
