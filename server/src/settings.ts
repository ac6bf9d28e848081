// Every environment variable the server reads, read here.
import { fileURLToPath } from "node:url";
import { TrustedProxies } from "./auth/client-address.ts";

/** NODE_ENV=production: no GraphiQL, introspection or suggestions; JSON logs; secure cookies. */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production";
}

export interface ServerSettings {
  port: number;
  host: string;
  development: boolean;
  /**
   * SHUTDOWN_DELAY_MS: after SIGTERM or SIGINT, how long to go on serving, with /ready answering
   * 503, before no longer accepting connections: time for a load balancer that checks /ready to
   * stop sending. Default 0 (nothing checks /ready under `npm start`).
   */
  shutdownDelayMs: number;
  /**
   * SHUTDOWN_GRACE_MS: then, how long requests in flight may take to finish before their
   * connections are closed. Default 10,000.
   */
  shutdownGraceMs: number;
  /** ADMIN_DIST: the built admin, served at / (npm start builds it into admin/dist). */
  adminDist: string;
}

export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? "127.0.0.1",
    development: !isProduction(env),
    adminDist: env.ADMIN_DIST ?? fileURLToPath(new URL("../../admin/dist", import.meta.url)),
    shutdownDelayMs: milliseconds(env, "SHUTDOWN_DELAY_MS", 0),
    shutdownGraceMs: milliseconds(env, "SHUTDOWN_GRACE_MS", 10_000),
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number of milliseconds, got "${env[name]}"`);
  return value;
}

/** What the API accepts from clients (see security/). */
export interface SecuritySettings {
  /** Introspection, field suggestions, queries over GET and calls from any web origin (off in production). */
  development: boolean;
  /** GRAPHQL_MAX_PAGE_SIZE: the largest `take`/`first`/`last` a query may ask for. Default 500. */
  maxPageSize: number;
  /** GRAPHQL_ALLOWED_ORIGINS: comma-separated web origins, besides the API's own host, the admin may run on. */
  allowedOrigins: string[];
}

export function securitySettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  development = !isProduction(env),
): SecuritySettings {
  const maxPageSize = Number(env.GRAPHQL_MAX_PAGE_SIZE ?? 500);
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1) {
    throw new Error(`GRAPHQL_MAX_PAGE_SIZE must be a positive integer, got "${env.GRAPHQL_MAX_PAGE_SIZE}"`);
  }
  const allowedOrigins = (env.GRAPHQL_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  return { development, maxPageSize, allowedOrigins };
}

/** How long and how much one request may use the database (database/transaction.ts). */
export interface RequestLimitSettings {
  /** DATABASE_STATEMENT_TIMEOUT_MS: longest one SQL statement of a request may run. Default 20,000. */
  statementTimeoutMs: number;
  /** GRAPHQL_MAX_EXPENSIVE_PER_USER: reports, aggregates and large pages one user may run at once. Default 3. */
  expensivePerUser: number;
  /** DATABASE_ANSWER_TIMEOUT_MS: how soon the database must answer a request's first, trivial statement before the request is answered UNAVAILABLE. Default 3,000. */
  answerTimeoutMs: number;
  /** DATABASE_CONNECTION_WAIT_MS: longest a request waits for a free connection. Default 5,000 on a PostgreSQL server, 30,000 on the embedded database (one connection). */
  maxWaitMs?: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}

export function requestLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLimitSettings {
  return {
    statementTimeoutMs: positiveInteger(env, "DATABASE_STATEMENT_TIMEOUT_MS", 20_000),
    expensivePerUser: positiveInteger(env, "GRAPHQL_MAX_EXPENSIVE_PER_USER", 3),
    answerTimeoutMs: positiveInteger(env, "DATABASE_ANSWER_TIMEOUT_MS", 3_000),
    ...(env.DATABASE_CONNECTION_WAIT_MS
      ? { maxWaitMs: positiveInteger(env, "DATABASE_CONNECTION_WAIT_MS", 5_000) }
      : {}),
  };
}

/** LOG_FORMAT: `json` (one JSON object per line) or `text`. Default json in production, text in development. */
export function logFormatFromEnv(env: NodeJS.ProcessEnv = process.env): "json" | "text" {
  const format = env.LOG_FORMAT ?? (isProduction(env) ? "json" : "text");
  if (format !== "json" && format !== "text") throw new Error(`LOG_FORMAT must be json or text, got "${format}"`);
  return format;
}

/** Who may tell the API the client's address (see auth/client-address.ts). */
export interface ProxySettings {
  /**
   * TRUSTED_PROXIES: comma-separated IP addresses and CIDR ranges of the load balancers and
   * reverse proxies in front of the API. X-Forwarded-For is read only on requests whose socket
   * peer is one of them. Default empty: the header is ignored and the peer is the client.
   */
  trustedProxies: string[];
}

export function proxySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ProxySettings {
  const trustedProxies = (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fails at startup on an entry that is not an address or range, rather than trusting less (or more) than meant.
  new TrustedProxies(trustedProxies);
  return { trustedProxies };
}
