// The floor: what answering a case costs without the API. A minimal node:http handler runs
// the transaction the API runs (BEGIN, the viewer's role and claims, COMMIT) around ONE
// hand-written statement that builds the whole JSON answer in PostgreSQL, and sends that
// text as the response. Statements are prepared once per connection, as a tuned
// hand-written server would; row-level security applies exactly as for the API.
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import { listenOnLoopback, type Listener } from "../listener.ts";

export interface FloorRoute {
  /** One statement returning one row with one text column, the response body. */
  statement: string;
  /** The statement's parameters, from the GraphQL request's variables. */
  values(variables: Record<string, unknown>): unknown[];
}

export interface ClaimsStatement {
  sql: string;
  values: unknown[];
}

/** Serves each route at /floor/<name>, scoped by the claims statement the API would run for the viewer. */
export async function startFloor(
  url: string,
  poolSize: number,
  claims: ClaimsStatement,
  routes: Record<string, FloorRoute>,
): Promise<Listener> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const listener = await listenOnLoopback((request, response) => void answer(pool, claims, routes, request, response));
  return {
    origin: listener.origin,
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

async function answer(
  pool: pg.Pool,
  claims: ClaimsStatement,
  routes: Record<string, FloorRoute>,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const name = request.url?.replace(/^\/floor\//, "") ?? "";
  const route = routes[name];
  if (!route) return send(response, 404, JSON.stringify({ errors: [{ message: `no floor route ${name}` }] }));
  const { variables = {} } = JSON.parse(await readBody(request)) as { variables?: Record<string, unknown> };
  const client = await pool.connect();
  const prefix = statementPrefix(client);
  try {
    await client.query("BEGIN");
    await client.query({ name: `${prefix}claims`, text: claims.sql, values: claims.values });
    const result = await client.query<{ body: string }>({
      name: `${prefix}${name}`,
      text: route.statement,
      values: route.values(variables),
    });
    await client.query("COMMIT");
    send(response, 200, result.rows[0]!.body);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    send(response, 500, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  } finally {
    client.release();
  }
}

const prefixes = new WeakMap<pg.PoolClient, string>();

/**
 * Prepared-statement names unique to the connection: PGlite is one session behind all its
 * socket connections, so a statement a closed connection prepared is still there.
 */
function statementPrefix(client: pg.PoolClient): string {
  let prefix = prefixes.get(client);
  if (!prefix) prefixes.set(client, (prefix = `floor${Math.random().toString(36).slice(2, 10)}_`));
  return prefix;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

function send(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, {
    "content-type": "application/graphql-response+json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}
