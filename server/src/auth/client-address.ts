// The client's address, for throttling sign-ins. The socket's peer is the only address
// nobody can forge; X-Forwarded-For is whatever the client wrote, plus one hop per proxy
// in between. So the header is read only when the peer is a proxy listed in
// TRUSTED_PROXIES, and then from the right: each trusted proxy appended the address it
// saw, and the first hop that is not a trusted proxy is the client. Anything further
// left was written by the client itself and is ignored.
//
// Addresses are compared as bytes: IPv4, IPv6 (any spelling, zone ids dropped) and
// IPv4-mapped IPv6 (::ffff:127.0.0.1, what a dual-stack socket reports for IPv4 peers),
// which counts as the IPv4 address it carries.
import { isIPv4, isIPv6 } from "node:net";

/** 4 bytes for IPv4, 16 for IPv6. */
type Address = Uint8Array;

function parseIPv4(text: string): Address | null {
  if (!isIPv4(text)) return null;
  return Uint8Array.from(text.split(".").map(Number));
}

function parseIPv6(text: string): Address | null {
  if (!isIPv6(text)) return null;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes its two 16-bit groups.
  const groups = text
    .toLowerCase()
    .replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a: string, b: string, c: string, d: string) =>
      [Number(a) * 256 + Number(b), Number(c) * 256 + Number(d)].map((word) => word.toString(16)).join(":"),
    );
  const [head = "", rest] = groups.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((group) => Number.parseInt(group, 16)) : []);
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const words =
    rest === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = new Uint8Array(16);
  words.forEach((word, i) => {
    bytes[2 * i] = word >> 8;
    bytes[2 * i + 1] = word & 0xff;
  });
  return bytes;
}

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function isMapped(bytes: Address): boolean {
  return bytes.length === 16 && MAPPED_PREFIX.every((byte, i) => bytes[i] === byte);
}

/** An IPv4 or IPv6 address (IPv4-mapped IPv6 as IPv4), or null. Zone ids (`fe80::1%eth0`) are dropped. */
export function parseAddress(text: string): Address | null {
  const trimmed = text.trim();
  const v4 = parseIPv4(trimmed);
  if (v4) return v4;
  const v6 = parseIPv6(trimmed.replace(/%[\w.-]+$/, ""));
  if (!v6) return null;
  return isMapped(v6) ? v6.slice(12) : v6;
}

/** The canonical text of an address: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zero run as ::). */
export function formatAddress(bytes: Address): string {
  if (bytes.length === 4) return bytes.join(".");
  const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length && j - i > 1) best = { start: i, length: j - i };
    i = j;
  }
  const hex = words.map((word) => word.toString(16));
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

interface Range {
  bytes: Address;
  prefix: number;
}

/** "10.0.0.0/8", "2001:db8::/32", "::ffff:10.0.0.0/104" or a single address; null when malformed. */
function parseRange(text: string): Range | null {
  const [address = "", prefixText, ...extra] = text.trim().split("/");
  if (extra.length) return null;
  const raw = parseIPv6(address) ?? parseIPv4(address);
  if (!raw) return null;
  const max = raw.length * 8;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
  if (!(prefix >= 0 && prefix <= max)) return null;
  // An IPv4-mapped range is the IPv4 range it carries, as addresses are compared.
  if (isMapped(raw) && prefix >= 96) return { bytes: raw.slice(12), prefix: prefix - 96 };
  return { bytes: raw, prefix };
}

function inRange(address: Address, { bytes, prefix }: Range): boolean {
  if (address.length !== bytes.length) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const mask = prefix - bit >= 8 ? 0xff : (0xff << (8 - (prefix - bit))) & 0xff;
    if ((address[bit / 8]! & mask) !== (bytes[bit / 8]! & mask)) return false;
  }
  return true;
}

/** The proxies whose X-Forwarded-For hops are believed: addresses and CIDR ranges. */
export class TrustedProxies {
  private readonly ranges: Range[];

  /** Throws on an entry that is not an address or a CIDR range, naming it. */
  constructor(entries: readonly string[]) {
    this.ranges = entries.map((entry) => {
      const range = parseRange(entry);
      if (!range)
        throw new Error(
          `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 2001:db8::/32)`,
        );
      return range;
    });
  }

  get size(): number {
    return this.ranges.length;
  }

  has(address: Address): boolean {
    return this.ranges.some((range) => inRange(address, range));
  }
}

/** One X-Forwarded-For hop: "192.0.2.1", "192.0.2.1:5678", "2001:db8::1", "[2001:db8::1]:443". */
function parseHop(hop: string): Address | null {
  const text = hop.trim().replace(/^"(.*)"$/, "$1");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return parseAddress(bracketed[1]!);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text);
  return parseAddress(withPort ? withPort[1]! : text);
}

/** The address of a request that did not come through a socket (tests calling app.fetch, for one). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy; then the
 * X-Forwarded-For hops right to left, skipping trusted proxies, up to the first that is
 * not one. A hop that is not an address stops the walk at the last address a trusted
 * proxy vouched for. With no trusted proxies the header is never read.
 */
export function clientAddress(request: Request, peer: string | undefined, trusted: TrustedProxies): string {
  const socket = peer ? parseAddress(peer) : null;
  if (!socket) return UNKNOWN_ADDRESS;
  let client = socket;
  if (trusted.has(client)) {
    const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").filter((hop) => hop.trim());
    for (const hop of hops.reverse()) {
      const address = parseHop(hop);
      if (!address) break;
      client = address;
      if (!trusted.has(address)) break;
    }
  }
  return formatAddress(client);
}

/** The socket peer yoga's node adapter hands over as the server context (`req`). */
export function peerAddress(
  serverContext: { req?: { socket?: { remoteAddress?: string } } } | undefined,
): string | undefined {
  return serverContext?.req?.socket?.remoteAddress;
}

/**
 * What sign-in throttling keys on: the address itself for IPv4, its /64 network for IPv6,
 * since one IPv6 customer is usually handed a whole /64 and could otherwise walk through
 * 2^64 addresses, each with a fresh allowance.
 */
export function throttleSubject(address: string): string {
  const bytes = parseAddress(address);
  if (!bytes) return address;
  if (bytes.length === 4) return formatAddress(bytes);
  const network = new Uint8Array(16);
  network.set(bytes.subarray(0, 8));
  return `${formatAddress(network)}/64`;
}
