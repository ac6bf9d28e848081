// A minimal client for auth tests: keeps the cookies a response sets, like a browser, and
// arrives from a socket peer address of its choosing (as the node adapter reports it).
import type { PrismaClient } from "@p181/db";
import type { App } from "../yoga.ts";
import type { ResponseJson } from "./graphql.ts";
import { takeResponseCookies } from "../auth/cookies.ts";
import { createSession, SESSION_COOKIE } from "../auth/sessions.ts";

export interface Reply {
  status: number;
  data?: ResponseJson;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  setCookies: string[];
  headers: Headers;
}

/** What a browser sends with the admin's GraphQL requests, besides cookies and the CSRF token. */
export const BROWSER_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "application/json",
  accept: "application/graphql-response+json, application/json",
  origin: "http://yoga",
  referer: "http://yoga/",
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  "accept-language": "zh-CN,zh;q=0.9",
};

export class TestClient {
  readonly cookies = new Map<string, string>();
  readonly headers: Record<string, string>;

  /**
   * `peer`: the socket's remote address the request arrives from (undefined: no socket, as
   * for a bare app.fetch). The client address is derived from it and X-Forwarded-For.
   */
  constructor(
    private readonly app: App,
    headers: Record<string, string> = {},
    private readonly url = "http://yoga/graphql",
    readonly peer?: string,
  ) {
    this.headers = { ...headers };
  }

  async graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string | undefined> = {},
  ): Promise<Reply> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await this.app.fetch(
      this.url,
      {
        method: "POST",
        headers: Object.entries({
          "content-type": "application/json",
          ...(cookie ? { cookie } : {}),
          ...this.headers,
          ...headers,
        }).filter((entry): entry is [string, string] => entry[1] !== undefined),
        body: JSON.stringify({ query, variables }),
      },
      this.peer === undefined ? {} : { req: { socket: { remoteAddress: this.peer } } },
    );
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ""] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (/Max-Age=0\b/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, ...((await response.json()) as object), setCookies, headers: response.headers };
  }
}

export const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { id username role csrfToken canWrite via }
}`;

export const ME = "{ me { id username displayName role plans town { code } zone { code } via canWrite csrfToken } }";

/**
 * A browser with a live session for `username` and its CSRF header, started directly in
 * the database: for tests about what a session can do, not about signing in (which spends
 * a scrypt verification on every password).
 */
export async function sessionFor(app: App, prisma: PrismaClient, username: string): Promise<TestClient> {
  const { id } = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const request = new Request("http://yoga/graphql");
  const csrfToken = await createSession(prisma, request, id);
  const [cookie = ""] = takeResponseCookies(request);
  const client = new TestClient(app, { "x-csrf-token": csrfToken });
  client.cookies.set(SESSION_COOKIE, cookie.slice(cookie.indexOf("=") + 1, cookie.indexOf(";")));
  return client;
}
