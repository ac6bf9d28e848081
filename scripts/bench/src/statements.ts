// SQL statements per request: the test database's client reports every statement it sends
// (onQuery); a second app on that client answers one request while the counter listens.
import type { Backend } from "@p181/db/testing";
import type { PrismaClient } from "@p181/db";
import { createApp, type CredentialCache } from "@p181/server";
import { productionAppOptions } from "./api-server.ts";
import type { LoadRequest } from "./load/generator.ts";

export class StatementCounter {
  private statements: string[] | undefined;

  readonly onQuery = (sql: string) => {
    this.statements?.push(sql);
  };

  /** The statements sent while `run` ran; nothing else may use the client meanwhile. */
  async during(run: () => Promise<unknown>): Promise<string[]> {
    const statements: string[] = [];
    this.statements = statements;
    try {
      await run();
    } finally {
      this.statements = undefined;
    }
    return statements;
  }
}

/** Counts what one request costs in statements (BEGIN and COMMIT included), after one uncounted run. */
export function statementCounting(
  prisma: PrismaClient,
  backend: Backend,
  counter: StatementCounter,
  credentials: CredentialCache,
) {
  const app = createApp({ ...productionAppOptions(prisma, backend), credentials });
  const send = async (request: LoadRequest) => {
    // A copy: the app's Request may adopt a plain headers object and add content-length to it.
    const response = await app.fetch(`http://bench${request.path}`, {
      method: "POST",
      headers: { ...request.headers },
      body: request.body,
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"'))
      throw new Error(`counting statements: HTTP ${response.status} ${text.slice(0, 300)}`);
  };
  return async (request: LoadRequest): Promise<number> => {
    await send(request);
    return (await counter.during(() => send(request))).length;
  };
}
