import { enumMeta } from "@p181/schema";
import { ProgrammePlan, TargetMetric } from "@p181/db";
import { describe, expect, it } from "vitest";
import { METRIC_PLAN } from "./metrics.ts";

describe("METRIC_PLAN", () => {
  it('agrees with the TargetMetric doc comments ("Young cadres: …" belongs to YOUNG_CADRES)', () => {
    const fromComments = Object.fromEntries(
      enumMeta("TargetMetric").values.map((value) => {
        const planName = value.description.split(":")[0] ?? "";
        return [value.name, planName.trim().toUpperCase().replaceAll(" ", "_")];
      }),
    );
    expect(METRIC_PLAN).toEqual(fromComments);
  });

  it("covers every metric, and every plan has a metric", () => {
    expect(Object.keys(METRIC_PLAN).sort()).toEqual(Object.values(TargetMetric).sort());
    expect([...new Set(Object.values(METRIC_PLAN))].sort()).toEqual(Object.values(ProgrammePlan).sort());
  });
});
