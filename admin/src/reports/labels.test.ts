// The report labels are the API's own: each must be the Chinese part of the field's
// description in the printed SDL.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENFORCEMENT_LABELS, PROGRESS_LABELS, SCORECARD_LABELS, SUMMARY_LABELS, VIOLATION_LABELS } from "./labels.ts";

const sdl = readFileSync(fileURLToPath(new URL("../../../schema/schema.graphql", import.meta.url)), "utf8");

/** field → Chinese label of a type's (or enum's) fields, from `"""中文 | English."""` descriptions. */
function labelsOf(kind: "type" | "enum", name: string): Record<string, string> {
  const body = new RegExp(`^${kind} ${name} \\{([\\s\\S]*?)^\\}`, "m").exec(sdl)?.[1] ?? "";
  const labels: Record<string, string> = {};
  for (const match of body.matchAll(/"""\s*([^|"]+?)\s*\|[\s\S]*?"""\s*(\w+)/g)) labels[match[2]!] = match[1]!;
  return labels;
}

describe("report labels", () => {
  it.each([
    ["PlanProgressRow", PROGRESS_LABELS],
    ["CitySummaryRow", SUMMARY_LABELS],
    ["ZoneScorecardRow", SCORECARD_LABELS],
    ["RuleViolationRow", VIOLATION_LABELS],
  ] as const)("match the SDL's descriptions of %s", (type, labels) => {
    const api = labelsOf("type", type);
    expect(Object.keys(api).length).toBeGreaterThan(5);
    for (const [field, label] of Object.entries(labels)) expect(`${field}: ${label}`).toBe(`${field}: ${api[field]}`);
  });

  it("cover every scorecard figure and the rule enforcement values", () => {
    const api = labelsOf("type", "ZoneScorecardRow");
    // Every column but the ids and the town code.
    expect(Object.keys(SCORECARD_LABELS).sort()).toEqual(
      Object.keys(api)
        .filter((f) => !["townId", "townCode", "zoneId"].includes(f))
        .sort(),
    );
    expect(labelsOf("enum", "RuleEnforcement")).toEqual(ENFORCEMENT_LABELS);
  });
});
