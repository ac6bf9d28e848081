// Signing in and API tokens: who is asking. Data scoping by role happens elsewhere.
import type { ApiTokenAccess } from "@p181/db";
import type { ApiToken, User } from "@p181/db/client";
import { GraphQLError } from "graphql";
import { createGraphQLError } from "graphql-yoga";
import { enumRef } from "../api/enums.ts";
import { errors } from "../auth/errors.ts";
import { requireViewer } from "../auth/guards.ts";
import { signIn } from "../auth/login.ts";
import { sessionWithoutCsrf } from "../auth/resolve-viewer.ts";
import { CSRF_HEADER, clearSessionCookie, revokeSession, sessionIdFromCookie } from "../auth/sessions.ts";
import { createApiToken, isTokenLive, revokeApiToken } from "../auth/tokens.ts";
import { toViewer } from "../auth/viewer-user.ts";
import type { Viewer } from "../auth/viewer.ts";
import { builder } from "../builder.ts";
import { readAs } from "../database/claims.ts";

interface CurrentUser {
  user: Pick<User, "id" | "username" | "displayName" | "role" | "plans" | "townId" | "zoneId">;
  via: Viewer["via"];
  canWrite: boolean;
  csrfToken: string | null;
}

/** The signed-in user as authentication found them: no query, whatever the request may read. */
function currentUser(viewer: Viewer, csrfToken: string | null): CurrentUser {
  const { userId: id, username, displayName, role, plans, townId, zoneId } = viewer;
  return {
    user: { id, username, displayName, role, plans, townId, zoneId },
    via: viewer.via,
    canWrite: viewer.canWrite,
    csrfToken,
  };
}

const ApiTokenAccessEnum = enumRef("ApiTokenAccess");

const AuthMethodEnum = builder.enumType("AuthMethod", {
  description: "认证方式 | How the request proved who is asking.",
  values: {
    SESSION: {
      value: "session",
      description: "登录会话 | A browser session: the p181_session cookie plus the X-CSRF-Token header.",
    },
    TOKEN: { value: "token", description: "接口令牌 | An API token: Authorization: Bearer p181_…" },
  } as const,
});

const CurrentUserRef = builder.objectRef<CurrentUser>("CurrentUser").implement({
  description: "当前用户 | The user the request acts as, with the scope that limits what they see and change.",
  fields: (t) => ({
    id: t.int({ nullable: false, resolve: ({ user }) => user.id }),
    username: t.string({ nullable: false, resolve: ({ user }) => user.username }),
    displayName: t.string({ nullable: false, resolve: ({ user }) => user.displayName }),
    role: t.field({ type: enumRef("UserRole"), nullable: false, resolve: ({ user }) => user.role }),
    plans: t.field({
      type: [enumRef("ProgrammePlan")],
      nullable: false,
      description: "负责计划 | Plans of a plan officer.",
      resolve: ({ user }) => user.plans,
    }),
    townId: t.int({
      nullable: true,
      description: "所属镇(街道/区)编号 | Town the user is scoped to.",
      resolve: ({ user }) => user.townId,
    }),
    zoneId: t.int({
      nullable: true,
      description: "所属村(区)域编号 | Zone the user is scoped to.",
      resolve: ({ user }) => user.zoneId,
    }),
    town: t.prismaField({
      type: "Town",
      nullable: true,
      description: "所属镇(街道/区) | Town the user is scoped to.",
      resolve: (query, { user }, _args, { prisma }) =>
        user.townId === null ? null : prisma.town.findUnique({ ...query, where: { id: user.townId } }),
    }),
    zone: t.prismaField({
      type: "Zone",
      nullable: true,
      description: "所属村(区)域 | Zone the user is scoped to.",
      resolve: (query, { user }, _args, { prisma }) =>
        user.zoneId === null ? null : prisma.zone.findUnique({ ...query, where: { id: user.zoneId } }),
    }),
    via: t.field({ type: AuthMethodEnum, nullable: false, resolve: ({ via }) => via }),
    canWrite: t.exposeBoolean("canWrite", {
      nullable: false,
      description: "可写 | Whether this request may change data (not a VIEWER, not a read-only token).",
    }),
    csrfToken: t.exposeString("csrfToken", {
      nullable: true,
      description:
        "防跨站令牌 | For a browser session: send it as the X-CSRF-Token header on every request. Null for API tokens.",
    }),
  }),
});

const ApiTokenRef = builder.prismaObject("ApiToken", {
  fields: (t) => ({
    id: t.exposeInt("id", { nullable: false }),
    name: t.exposeString("name", { nullable: false }),
    prefix: t.exposeString("prefix", { nullable: false }),
    access: t.expose("access", { type: ApiTokenAccessEnum, nullable: false }),
    createdAt: t.expose("createdAt", { type: "DateTime", nullable: false }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    live: t.boolean({
      nullable: false,
      description: "有效 | Neither revoked nor expired.",
      resolve: (token) => isTokenLive(token),
    }),
  }),
});

const CreatedApiTokenRef = builder.objectRef<{ token: string; record: ApiToken }>("CreatedApiToken").implement({
  description: "新令牌 | A new API token. The token is shown only here, once; only its hash is stored.",
  fields: (t) => ({
    token: t.exposeString("token", {
      nullable: false,
      description: "令牌 | Send it as `Authorization: Bearer <token>`.",
    }),
    apiToken: t.field({ type: ApiTokenRef, nullable: false, resolve: ({ record }) => record }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: CurrentUserRef,
    nullable: true,
    description:
      "当前用户 | The signed-in user; null when anonymous. A page reloaded with its session cookie but without the CSRF token gets it back here.",
    resolve: (_root, _args, { request, viewer }) => {
      if (viewer) return currentUser(viewer, viewer.via === "session" ? request.headers.get(CSRF_HEADER) : null);
      const session = sessionWithoutCsrf(request);
      return session ? currentUser(toViewer(session.user, "session"), session.csrfToken) : null;
    },
  }),
  apiTokens: t.prismaField({
    type: ["ApiToken"],
    nullable: false,
    description: "接口令牌 | The signed-in user's API tokens, newest first (revoked and expired ones included).",
    resolve: (query, _root, _args, context) =>
      context.prisma.apiToken.findMany({
        ...query,
        where: { userId: requireViewer(context).userId },
        orderBy: { id: "desc" },
      }),
  }),
}));

/** The statement timeout for the rest of a sign-in request (its answer: the user's town and zone). */
const SIGN_IN_STATEMENT_TIMEOUT_MS = 5_000;

/** Sign-in refusals that must still count against the rate limit. */
const REFUSALS = new Set(["BAD_CREDENTIALS", "RATE_LIMITED"]);

function badInput(message: string) {
  return createGraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

builder.mutationFields((t) => ({
  login: t.field({
    type: CurrentUserRef,
    nullable: false,
    description:
      "登录 | Signs in with a password: sets the HttpOnly p181_session cookie and returns the user with the csrfToken to send as X-CSRF-Token.",
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { username, password }, context) => {
      try {
        const { user, csrfToken } = await signIn(context.prisma, context.request, {
          username,
          password,
          clientAddress: context.clientAddress,
        });
        const viewer = toViewer(user, "session");
        await readAs(context.prisma, viewer, context.request, SIGN_IN_STATEMENT_TIMEOUT_MS);
        return currentUser(viewer, csrfToken);
      } catch (error) {
        // Returned, not thrown: the field's savepoint then keeps the failed attempt's count.
        if (error instanceof GraphQLError && REFUSALS.has(String(error.extensions.code)))
          return error as unknown as CurrentUser;
        throw error;
      }
    },
  }),
  logout: t.boolean({
    nullable: false,
    description: "退出登录 | Ends the browser session and clears its cookie; false when there was no session.",
    resolve: async (_root, _args, { prisma, request }) => {
      const id = sessionIdFromCookie(request);
      clearSessionCookie(request);
      return id ? revokeSession(prisma, id) : false;
    },
  }),
  createApiToken: t.field({
    type: CreatedApiTokenRef,
    nullable: false,
    description: "新建接口令牌 | Creates an API token for BI tools and scripts; only from a signed-in browser session.",
    args: {
      name: t.arg.string({ required: true }),
      access: t.arg({ type: ApiTokenAccessEnum, defaultValue: "READ_ONLY" }),
      expiresAt: t.arg({ type: "DateTime" }),
    },
    resolve: async (_root, { name, access, expiresAt }, context) => {
      const viewer = requireViewer(context);
      if (viewer.via !== "session") {
        throw errors.forbidden(
          "接口令牌只能在登录会话中创建 | API tokens are created from a signed-in session, not with another token.",
        );
      }
      const level: ApiTokenAccess = access === "READ_WRITE" ? "READ_WRITE" : "READ_ONLY";
      if (level === "READ_WRITE" && viewer.role === "VIEWER") {
        throw errors.forbidden("查看者只能创建只读令牌 | A VIEWER account can only create read-only tokens.");
      }
      const trimmed = name.trim();
      if (trimmed.length === 0 || trimmed.length > 100)
        throw badInput("名称须为 1-100 个字符 | The name must have 1 to 100 characters.");
      if (expiresAt && expiresAt <= new Date()) throw badInput("过期时间须在将来 | expiresAt must be in the future.");
      return createApiToken(context.prisma, viewer.userId, {
        name: trimmed,
        access: level,
        expiresAt: expiresAt ?? null,
      });
    },
  }),
  revokeApiToken: t.prismaField({
    type: "ApiToken",
    nullable: false,
    description: "吊销接口令牌 | Revokes one of the signed-in user's API tokens at once (a read-only token cannot).",
    args: { id: t.arg.int({ required: true }) },
    resolve: async (_query, _root, { id }, context) => {
      const viewer = requireViewer(context);
      if (viewer.via === "token" && !viewer.canWrite) throw errors.readOnly();
      const token = await revokeApiToken(context.prisma, viewer.userId, id);
      if (!token) throw createGraphQLError("没有这个令牌 | No such API token.", { extensions: { code: "NOT_FOUND" } });
      return token;
    },
  }),
}));
