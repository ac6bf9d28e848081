// Collects what a page's Content-Security-Policy blocked: the browser's
// securitypolicyviolation events (through an exposed function, so none are lost to a
// navigation) and the console errors Chromium prints for them.
import type { Page } from "playwright-core";

export async function watchContentSecurityPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__p181CspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __p181CspViolation: (violation: string) => void }).__p181CspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}
