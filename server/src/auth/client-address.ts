import type { IncomingMessage } from "node:http";

/**
 * The client's address for rate limiting. Behind the load balancer it is the last
 * X-Forwarded-For hop, the one the balancer itself appended (earlier hops are whatever
 * the client sent); without the header, the socket's peer address.
 */
export function clientAddress(request: Request, serverContext: { req?: IncomingMessage }): string {
  const hops = request.headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) ?? serverContext.req?.socket?.remoteAddress ?? "unknown";
}
