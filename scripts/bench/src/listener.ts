import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listener {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string;
  close(): Promise<void>;
}

/** Serves a handler on a free loopback port. */
export async function listenOnLoopback(handler: RequestListener): Promise<Listener> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
