// React-Admin's auth provider on the API's login / logout / me.
import type { Client } from "@urql/core";
import type { AuthProvider } from "ra-core";
import { toHttpError } from "../dataProvider/errors.ts";
import { permissionsOf } from "./permissions.ts";
import { CURRENT_USER_FIELDS, type CurrentUser, type Session } from "./session.ts";

export function createAuthProvider(client: Client, session: Session): AuthProvider {
  async function me(): Promise<CurrentUser | null> {
    if (session.user) return session.user;
    const result = await client.query(`{ me { ${CURRENT_USER_FIELDS} } }`, {}).toPromise();
    if (result.error) throw toHttpError(result.error);
    session.set(result.data?.me ?? null);
    return session.user;
  }

  return {
    async login({ username, password }: { username: string; password: string }) {
      const result = await client
        .mutation(
          `mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { ${CURRENT_USER_FIELDS} } }`,
          {
            username,
            password,
          },
        )
        .toPromise();
      if (result.error) throw toHttpError(result.error);
      session.set(result.data.login);
    },
    async logout() {
      if (session.user) await client.mutation("mutation { logout }", {}).toPromise();
      session.set(null);
    },
    async checkAuth() {
      if (!(await me())) throw new Error("请先登录 / Sign in first.");
    },
    async checkError(error: { status?: number; body?: { code?: string } }) {
      // Only a lost session signs the user out; a refused write is shown where it happened.
      if (error?.status === 401) {
        session.set(null);
        throw error;
      }
    },
    async getIdentity() {
      const user = await me();
      if (!user) throw new Error("请先登录 / Sign in first.");
      return { id: user.id, fullName: user.displayName, username: user.username };
    },
    async getPermissions() {
      const user = await me();
      return user ? permissionsOf(user) : undefined;
    },
  };
}
