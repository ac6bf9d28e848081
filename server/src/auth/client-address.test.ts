// Which address a request counts as coming from: X-Forwarded-For only behind a trusted proxy.
import { describe, expect, it } from "vitest";
import { proxySettingsFromEnv } from "../settings.ts";
import {
  clientAddress,
  formatAddress,
  parseAddress,
  throttleSubject,
  TrustedProxies,
  UNKNOWN_ADDRESS,
} from "./client-address.ts";

const request = (forwardedFor?: string | string[]) => {
  const headers = new Headers();
  for (const value of [forwardedFor ?? []].flat()) headers.append("x-forwarded-for", value);
  return new Request("http://yoga/graphql", { method: "POST", headers });
};
const canonical = (text: string) => {
  const bytes = parseAddress(text);
  return bytes && formatAddress(bytes);
};

describe("addresses", () => {
  it("reads IPv4, IPv6 in any spelling, and IPv4-mapped IPv6 as the IPv4 address", () => {
    expect(canonical("192.0.2.1")).toBe("192.0.2.1");
    expect(canonical(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(canonical("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(canonical("::FFFF:7f00:1")).toBe("127.0.0.1");
    expect(canonical("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(canonical("2001:db8::1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(canonical("2001:0:0:1:0:0:0:1")).toBe("2001:0:0:1::1");
    expect(canonical("::1")).toBe("::1");
    expect(canonical("::")).toBe("::");
    expect(canonical("fe80::1%eth0")).toBe("fe80::1");
    expect(canonical("64:ff9b::192.0.2.33")).toBe("64:ff9b::c000:221");
    for (const junk of ["", "unknown", "192.0.2", "192.0.2.256", "1:2:3:4:5:6:7:8:9", "[::1]", "example.org"]) {
      expect(parseAddress(junk), junk).toBeNull();
    }
  });

  it("keys IPv6 clients by their /64, IPv4 clients by their address", () => {
    expect(throttleSubject("198.51.100.7")).toBe("198.51.100.7");
    expect(throttleSubject("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(throttleSubject("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttleSubject("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(throttleSubject(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("trusted proxies", () => {
  it("match addresses and CIDR ranges of either family, mapped addresses as IPv4", () => {
    const trusted = new TrustedProxies(["10.0.0.0/8", "192.0.2.7", "2001:db8:ff::/48", "::ffff:172.16.0.0/108"]);
    const has = (text: string) => trusted.has(parseAddress(text)!);
    expect(has("10.200.3.4")).toBe(true);
    expect(has("::ffff:10.1.2.3")).toBe(true);
    expect(has("11.0.0.1")).toBe(false);
    expect(has("192.0.2.7")).toBe(true);
    expect(has("192.0.2.8")).toBe(false);
    expect(has("2001:db8:ff:1::5")).toBe(true);
    expect(has("2001:db8:fe::5")).toBe(false);
    expect(has("172.16.9.9")).toBe(true);
    expect(has("172.32.0.1")).toBe(false);
    expect(new TrustedProxies(["0.0.0.0/0"]).has(parseAddress("203.0.113.1")!)).toBe(true);
    expect(new TrustedProxies(["0.0.0.0/0"]).has(parseAddress("2001:db8::1")!)).toBe(false);
  });

  it("refuse entries that are not addresses or ranges, naming them", () => {
    for (const entry of ["10.0.0.0/33", "::/129", "10.0.0.0/8/8", "proxy.internal", "10.0.0.0/", "10.0.0.0/-1"]) {
      expect(() => new TrustedProxies([entry]), entry).toThrow(`"${entry}"`);
    }
  });

  it("come from TRUSTED_PROXIES, comma-separated; empty by default", () => {
    expect(proxySettingsFromEnv({})).toEqual({ trustedProxies: [] });
    expect(proxySettingsFromEnv({ TRUSTED_PROXIES: " 10.0.0.0/8, ,2001:db8::1 " })).toEqual({
      trustedProxies: ["10.0.0.0/8", "2001:db8::1"],
    });
    expect(() => proxySettingsFromEnv({ TRUSTED_PROXIES: "10.0.0.0/8, lb.internal" })).toThrow(
      /TRUSTED_PROXIES: "lb.internal"/,
    );
  });
});

describe("the client address", () => {
  const none = new TrustedProxies([]);
  const balancers = new TrustedProxies(["10.0.0.0/8", "fd00::/8"]);

  it("is the socket peer when no proxy is trusted: X-Forwarded-For is ignored", () => {
    expect(clientAddress(request("198.51.100.1"), "203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientAddress(request("198.51.100.1"), "10.0.0.2", none)).toBe("10.0.0.2");
    expect(clientAddress(request(), "::ffff:203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientAddress(request("198.51.100.1"), undefined, none)).toBe(UNKNOWN_ADDRESS);
  });

  it("is the socket peer when the peer is not a trusted proxy, whatever the header says", () => {
    expect(clientAddress(request("198.51.100.1"), "203.0.113.9", balancers)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.3"), "203.0.113.9", balancers)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is the first hop from the right that is not one", () => {
    // The client's own (forged) hop, then what the two balancers saw.
    expect(clientAddress(request("1.2.3.4, 203.0.113.9, 10.0.0.5"), "10.0.0.2", balancers)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9"), "::ffff:10.0.0.2", balancers)).toBe("203.0.113.9");
    expect(clientAddress(request(["1.2.3.4", "203.0.113.9"]), "10.0.0.2", balancers)).toBe("203.0.113.9");
    expect(clientAddress(request("2001:db8::7, fd00::1"), "fd00::2", balancers)).toBe("2001:db8::7");
    expect(clientAddress(request("[2001:db8::7]:4711"), "10.0.0.2", balancers)).toBe("2001:db8::7");
    expect(clientAddress(request("203.0.113.9:4711"), "10.0.0.2", balancers)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:203.0.113.9"), "10.0.0.2", balancers)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, stops at a hop that is no address, at the last one a proxy vouched for", () => {
    expect(clientAddress(request("203.0.113.9, unknown"), "10.0.0.2", balancers)).toBe("10.0.0.2");
    expect(clientAddress(request("203.0.113.9, garbage, 10.0.0.5"), "10.0.0.2", balancers)).toBe("10.0.0.5");
  });

  it("is the leftmost hop when every hop is a trusted proxy, and the proxy itself without a header", () => {
    expect(clientAddress(request("10.0.0.9, 10.0.0.5"), "10.0.0.2", balancers)).toBe("10.0.0.9");
    expect(clientAddress(request(), "10.0.0.2", balancers)).toBe("10.0.0.2");
  });
});
