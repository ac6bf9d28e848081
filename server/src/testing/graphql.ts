// Calls an app the way a client does, without a port.
import type { App } from "../yoga.ts";

/**
 * A response's JSON (or its `data`) as a test reads it: at any depth, without declaring the
 * shape of every query; the test's assertions check what it reads.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests read answers at any depth and let their assertions check them
export type ResponseJson = any;

export interface GraphQLResponse<T = ResponseJson> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function execute<T = ResponseJson>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}
