// Which encoding an Accept-Encoding header gets.
import { describe, expect, it } from "vitest";
import { isCompressible, preferredEncoding } from "./static-encoding.ts";

describe("preferredEncoding", () => {
  it("prefers brotli, then gzip, and honours q-values and *", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("gzip;q=1.0, br;q=0.5")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("gzip, *;q=0")).toBe("gzip");
    expect(preferredEncoding("GZIP")).toBe("gzip");
  });

  it("sends nothing compressed to clients that take neither", () => {
    for (const header of [undefined, "", "identity", "deflate", "*;q=0", "br;q=0, gzip;q=0"])
      expect(preferredEncoding(header), header).toBeNull();
  });
});

describe("isCompressible", () => {
  it("compresses text, scripts, JSON and SVG, not images or fonts", () => {
    for (const type of [
      "text/html; charset=utf-8",
      "text/javascript; charset=utf-8",
      "application/json",
      "image/svg+xml",
    ])
      expect(isCompressible(type), type).toBe(true);
    for (const type of ["image/png", "font/woff2", "application/octet-stream"])
      expect(isCompressible(type), type).toBe(false);
  });
});
