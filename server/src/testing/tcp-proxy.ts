// A loopback TCP proxy in front of the PostgreSQL server, for outage tests: it can refuse
// connections and drop the open ones (the database is down), or stop passing bytes while
// keeping connections open (the database is frozen), and then behave again.
import net from "node:net";

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones, as a stopped server does. */
  stop(): Promise<void>;
  /** Accepts connections again, on the same port. */
  start(): Promise<void>;
  /** Keeps connections open but passes no bytes, as a frozen server does. */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

interface Pair {
  sockets: [net.Socket, net.Socket];
  /** Bytes held back while frozen, per direction, delivered on thaw. */
  held: [Buffer[], Buffer[]];
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let frozen = false;
  const flush = (pair: Pair) => {
    for (const direction of [0, 1] as const) {
      const to = pair.sockets[1 - direction]!;
      for (const chunk of pair.held[direction]) to.write(chunk);
      pair.held[direction] = [];
    }
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    const pair: Pair = { sockets: [client, upstream], held: [[], []] };
    pairs.add(pair);
    for (const direction of [0, 1] as const) {
      const [from, to] = direction === 0 ? [client, upstream] : [upstream, client];
      from.on("data", (chunk: Buffer) => (frozen ? pair.held[direction].push(chunk) : to.write(chunk)));
    }
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const { sockets } of pairs) for (const socket of sockets) socket.destroy();
    pairs.clear();
    await closed;
  };
  return {
    port,
    stop,
    start: () => listen(port),
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) flush(pair);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
