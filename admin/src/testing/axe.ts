// axe-core in the browser tests: the engine is evaluated in the real page through the
// DevTools protocol (so the admin's Content-Security-Policy, which allows no inline or
// foreign scripts, neither blocks it nor is loosened for it), then run on the whole document.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, ImpactValue } from "axe-core";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: ImpactValue | null;
  help: string;
  /** Each offending element: its selector and axe's summary of what to fix. */
  nodes: string[];
}

/** Every rule axe-core finds broken on the page as it is now (WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map(
      (node) => `${node.target.join(" ")}: ${(node.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 300)}`,
    ),
  }));
}

/** The violations a test fails on: critical and serious ones. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => violation.impact === "critical" || violation.impact === "serious");
}

/** One line per violation and one per offending element (at most five), for a failure message or a log. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.impact} ${violation.id} (${violation.help}), ${violation.nodes.length} element(s):\n${violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node}`)
          .join("\n")}`,
    )
    .join("\n");
}
