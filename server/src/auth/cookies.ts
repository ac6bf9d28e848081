// Request cookies in, Set-Cookie headers out. Resolvers and the viewer lookup record the
// cookies of a response against its request; useAuth() appends them to the response.
// (@whatwg-node/server-plugin-cookies would do the same but writes no Max-Age.)

export interface CookieOptions {
  maxAgeSeconds: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: "Lax" | "Strict";
  path: string;
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const separator = pair.indexOf("=");
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
  ];
  if (options.maxAgeSeconds <= 0) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (options.httpOnly) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  parts.push(`SameSite=${options.sameSite}`);
  return parts.join("; ");
}

const pending = new WeakMap<Request, Map<string, string>>();

/** Sets a cookie on the response to this request; a later call for the same name wins. */
export function setResponseCookie(request: Request, name: string, value: string, options: CookieOptions): void {
  let cookies = pending.get(request);
  if (!cookies) pending.set(request, (cookies = new Map()));
  cookies.set(name, serializeCookie(name, value, options));
}

export function takeResponseCookies(request: Request): string[] {
  const cookies = pending.get(request);
  pending.delete(request);
  return cookies ? [...cookies.values()] : [];
}
