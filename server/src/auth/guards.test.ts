import { describe, expect, it } from "vitest";
import { requireViewer, requireWriter } from "./guards.ts";
import type { Viewer } from "./viewer.ts";

const viewer = (overrides: Partial<Viewer>): Viewer => ({
  userId: 1,
  username: "u",
  displayName: "u",
  role: "CITY_ADMIN",
  townId: null,
  zoneId: null,
  plans: [],
  via: "session",
  canWrite: true,
  ...overrides,
});

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
}

describe("guards", () => {
  it("requireViewer refuses anonymous requests", () => {
    expect(codeOf(() => requireViewer({ viewer: null }))).toBe("UNAUTHENTICATED");
    expect(requireViewer({ viewer: viewer({}) }).userId).toBe(1);
  });

  it("requireWriter refuses read-only tokens and VIEWER accounts", () => {
    expect(codeOf(() => requireWriter({ viewer: null }))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireWriter({ viewer: viewer({ via: "token", canWrite: false }) }))).toBe("FORBIDDEN");
    expect(codeOf(() => requireWriter({ viewer: viewer({ role: "VIEWER", canWrite: true }) }))).toBe("FORBIDDEN");
    expect(requireWriter({ viewer: viewer({ via: "token" }) }).userId).toBe(1);
  });
});
