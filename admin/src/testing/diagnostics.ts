// What a failed browser test prints besides its screenshot: the page's text, and every API
// answer that was an error (HTTP status, GraphQL error codes and messages) and every console
// error, so a failure on a CI machine explains itself.
import type { Page } from "playwright-core";

export interface PageDiagnostics {
  /** The page's visible text and the errors recorded so far, for a failed test's output. */
  report(): Promise<string>;
}

export function watchPage(page: Page): PageDiagnostics {
  const events: string[] = [];
  const record = (line: string) => {
    events.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (events.length > 50) events.shift();
  };
  page.on("console", (message) => {
    if (message.type() === "error") record(`console: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    record(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  page.on("response", async (response) => {
    if (!response.url().includes("/graphql")) return;
    const body = await response.text().catch(() => "");
    if (response.status() >= 400 || body.includes('"errors"'))
      record(`graphql ${response.status()}: ${body.slice(0, 500)}`);
  });
  return {
    async report() {
      const text = await page
        .locator("body")
        .innerText({ timeout: 2_000 })
        .catch((error: Error) => `(no text: ${error.message})`);
      return [
        `url: ${page.url()}`,
        `page text:\n${text.slice(0, 2_000)}`,
        `errors:\n${events.join("\n") || "(none)"}`,
      ].join("\n");
    },
  };
}
