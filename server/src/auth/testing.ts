// A minimal client for auth tests: keeps the cookies a response sets, like a browser.
import type { App } from "../yoga.ts";

export interface Reply {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  setCookies: string[];
}

export class TestClient {
  readonly cookies = new Map<string, string>();
  readonly headers: Record<string, string>;

  constructor(
    private readonly app: App,
    headers: Record<string, string> = {},
    private readonly url = "http://yoga/graphql",
  ) {
    this.headers = { ...headers };
  }

  async graphql(query: string, variables?: Record<string, unknown>, headers: Record<string, string | undefined> = {}): Promise<Reply> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await this.app.fetch(this.url, {
      method: "POST",
      headers: Object.entries({ "content-type": "application/json", ...(cookie ? { cookie } : {}), ...this.headers, ...headers }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ""] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (/Max-Age=0\b/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, ...((await response.json()) as object), setCookies };
  }
}

export const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { id username role csrfToken canWrite via }
}`;

export const ME = "{ me { id username displayName role plans town { code } zone { code } via canWrite csrfToken } }";
