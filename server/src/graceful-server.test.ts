// Draining a real HTTP server on a loopback port: requests in flight are answered, idle
// keep-alive connections closed, new connections refused, and the deadline cuts off the rest.
import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGracefulServer, type GracefulServer } from "./graceful-server.ts";

/** A server whose /slow requests wait until `release()`; `received(n)` resolves once n of them arrived. */
async function slowServer() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const arrivals: (() => void)[] = [];
  let arrived = 0;
  const graceful = createGracefulServer((request, response) => {
    if (request.url !== "/slow") return void response.end(`ok ${request.url}`);
    arrived++;
    for (const wake of arrivals.splice(0)) wake();
    void gate.then(() => response.end("done"));
  });
  await new Promise<void>((resolve) => graceful.server.listen(0, "127.0.0.1", resolve));
  const port = (graceful.server.address() as net.AddressInfo).port;
  const received = async (count: number) => {
    while (arrived < count) await new Promise<void>((wake) => arrivals.push(wake));
  };
  return { graceful, port, release, received };
}

function get(port: number, path: string, agent: http.Agent) {
  return new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, connection: response.headers.connection, body }),
        );
      })
      .on("error", reject);
  });
}

let servers: GracefulServer[] = [];
afterEach(() => {
  for (const { server } of servers) server.close().closeAllConnections();
  servers = [];
});

describe("graceful HTTP server", () => {
  it("answers every request in flight, closes idle keep-alive connections and refuses new ones", async () => {
    const { graceful, port, release, received } = await slowServer();
    servers.push(graceful);
    const idleAgent = new http.Agent({ keepAlive: true });
    expect((await get(port, "/before", idleAgent)).status).toBe(200);
    const idle = Object.values(idleAgent.freeSockets).flat()[0];
    expect(idle).toBeDefined();
    const idleClosed = new Promise((resolve) => idle!.once("close", resolve));

    const agent = new http.Agent({ keepAlive: true });
    const inFlight = Array.from({ length: 15 }, () => get(port, "/slow", agent));
    await received(15);
    expect(graceful.inFlight()).toBe(15);

    const drained = graceful.drain(10_000);
    await idleClosed;
    await expect(get(port, "/after", new http.Agent())).rejects.toMatchObject({ code: "ECONNREFUSED" });
    release();
    const answers = await Promise.all(inFlight);
    expect(answers).toEqual(Array.from({ length: 15 }, () => ({ status: 200, connection: "close", body: "done" })));
    expect(await drained).toEqual({ cutOff: 0 });
    expect(graceful.server.listening).toBe(false);
    agent.destroy();
    idleAgent.destroy();
  });

  it("cuts off the requests still running at the deadline", async () => {
    const { graceful, port, received } = await slowServer();
    servers.push(graceful);
    const agent = new http.Agent();
    const stuck = [get(port, "/slow", agent), get(port, "/slow", agent)].map((request) =>
      request.catch((error: NodeJS.ErrnoException) => error.code),
    );
    await received(2);
    expect(await graceful.drain(200)).toEqual({ cutOff: 2 });
    expect(await Promise.all(stuck)).toEqual(["ECONNRESET", "ECONNRESET"]);
  });

  it("stops being ready first: /ready answers 503 while requests are still served", async () => {
    const { graceful, port } = await slowServer();
    servers.push(graceful);
    const agent = new http.Agent();
    expect(await get(port, "/ready", agent)).toMatchObject({ status: 200, body: "ok /ready" });
    graceful.stopBeingReady();
    expect(await get(port, "/ready", agent)).toEqual({ status: 503, connection: "close", body: "draining" });
    expect(await get(port, "/graphql", agent)).toEqual({ status: 200, connection: "close", body: "ok /graphql" });
    expect(await graceful.drain(10_000)).toEqual({ cutOff: 0 });
  });

  it("answers /ready with 503 to a request that arrives while draining", async () => {
    const { graceful, port } = await slowServer();
    servers.push(graceful);
    // A client halfway through sending its request when the drain begins.
    const headersArrived = new Promise((resolve) =>
      graceful.server.once("connection", (socket: net.Socket) => socket.once("data", resolve)),
    );
    const client = net.connect(port, "127.0.0.1");
    let reply = "";
    client.on("data", (chunk: Buffer) => (reply += chunk));
    const clientClosed = new Promise((resolve) => client.once("close", resolve));
    client.write("GET /ready HTTP/1.1\r\nHost: api\r\n");
    await headersArrived;
    const drained = graceful.drain(10_000);
    client.write("\r\n");
    await clientClosed;
    expect(reply).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    expect(reply.toLowerCase()).toContain("connection: close");
    expect(await drained).toEqual({ cutOff: 0 });
  });
});
