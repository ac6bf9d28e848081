// An HTTP server that can stop without dropping anyone. First it stops being ready: /ready
// answers 503 so that a load balancer checking it stops sending, while requests are still
// served. Then draining stops accepting connections, lets the requests in flight finish and
// asks each of their clients to close the connection afterwards, closes keep-alive connections
// as soon as they are idle, and only at the deadline cuts off what is left.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";

export interface DrainResult {
  /** Requests still running at the deadline, whose connections were closed under them. */
  cutOff: number;
}

export interface GracefulServer {
  server: Server;
  /** Requests received and not yet answered. */
  inFlight(): number;
  /** From now on /ready answers 503, and every response asks its client to close the connection. */
  stopBeingReady(): void;
  /** Stops the server; resolves once every connection is closed (at the latest just after `graceMs`). */
  drain(graceMs: number): Promise<DrainResult>;
}

export function createGracefulServer(listener: RequestListener): GracefulServer {
  const responses = new Set<ServerResponse>();
  let ready = true;
  let draining = false;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    responses.add(response);
    response.once("close", () => {
      responses.delete(response);
      if (draining) server.closeIdleConnections();
    });
    if (!ready) {
      response.setHeader("connection", "close");
      if (new URL(request.url ?? "/", "http://localhost").pathname === "/ready") {
        response
          .writeHead(503, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" })
          .end("draining");
        return;
      }
    }
    listener(request, response);
  });

  function stopBeingReady(): void {
    ready = false;
  }

  async function drain(graceMs: number): Promise<DrainResult> {
    ready = false;
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Responses not yet started tell their clients not to send more on this connection.
    for (const response of responses) if (!response.headersSent) response.setHeader("connection", "close");
    server.closeIdleConnections();
    let deadline: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => (deadline = setTimeout(() => resolve(true), graceMs))),
    ]);
    clearTimeout(deadline);
    const cutOff = timedOut ? responses.size : 0;
    if (timedOut) {
      server.closeAllConnections();
      await closed;
    }
    return { cutOff };
  }

  return { server, inFlight: () => responses.size, stopBeingReady, drain };
}
