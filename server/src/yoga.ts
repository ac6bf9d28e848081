import { createYoga, useReadinessCheck } from "graphql-yoga";
import { isDatabaseUnavailable, unavailableError, withDeadline } from "./database/failures.ts";
import { log, yogaLogger } from "./logging.ts";
import type { PrismaClient } from "@p181/db";
import { resolveViewer, useAuth } from "./auth/index.ts";
import { clientAddress, peerAddress, TrustedProxies } from "./auth/client-address.ts";
import type { CredentialCache } from "./auth/credential-cache.ts";
import type { Viewer } from "./auth/viewer.ts";
import { readCompiled } from "./api/compiled/compile.ts";
import { createContext } from "./context.ts";
import {
  defaultTransactionLimits,
  requestClients,
  useRequestTransaction,
  type TransactionLimits,
} from "./database/transaction.ts";
import { schema } from "./graphql/index.ts";
import { securityPlugins } from "./security/index.ts";
import { useSecurityHeaders } from "./security-headers.ts";
import { isProduction, proxySettingsFromEnv, requestLimitsFromEnv, securitySettingsFromEnv } from "./settings.ts";

export interface AppOptions {
  prisma: PrismaClient;
  /** GraphiQL and other developer conveniences (off in production). */
  development?: boolean;
  /** Acts as this viewer on every request instead of authenticating it (tests, trusted scripts). */
  actAs?: Viewer;
  /** Per-request database limits; defaults from the environment (settings.ts). */
  database?: Partial<TransactionLimits>;
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges). Default: TRUSTED_PROXIES. */
  trustedProxies?: string[];
  /** Sessions and API tokens verified lately (auth/credential-changes.ts keeps it current). Default: none, every request reads them. */
  credentials?: CredentialCache;
  /** Entity reads as one SQL statement (api/compiled/); off, every read goes through the resolvers. Default on. */
  compiledReads?: boolean;
}

/**
 * What the HTTP server hands yoga besides the request: the node adapter passes the incoming
 * message as `req` (its socket's peer is the client, or a proxy); app.fetch may pass one too.
 */
export interface ServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

/** The GraphQL app, separate from the listener so tests can call `app.fetch` without a port. */
/** Request bodies larger than this are refused (bulk imports of 5,000 rows fit comfortably). */
const MAX_REQUEST_BODY_BYTES = 8 * 1024 * 1024;

export function createApp({
  prisma,
  development = !isProduction(),
  actAs,
  database,
  trustedProxies,
  credentials,
  compiledReads = true,
}: AppOptions) {
  const security = securitySettingsFromEnv(undefined, development);
  const limits: TransactionLimits = { ...defaultTransactionLimits, ...requestLimitsFromEnv(), ...database };
  const proxies = new TrustedProxies(trustedProxies ?? proxySettingsFromEnv().trustedProxies);
  return createYoga<ServerContext>({
    // The admin is served from the API's own origin; other origins get no CORS grant
    // (cookies included) unless listed in GRAPHQL_ALLOWED_ORIGINS.
    cors: security.allowedOrigins.length > 0 ? { origin: security.allowedOrigins, credentials: true } : false,
    maxRequestBodySize: MAX_REQUEST_BODY_BYTES,
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    graphiql: development,
    landingPage: false,
    maskedErrors: true,
    logging: yogaLogger,
    context: async ({ request, req }) =>
      createContext(
        request,
        actAs ?? (await viewerOf(request, prisma, limits, credentials)),
        clientAddress(request, peerAddress({ req }), proxies),
      ),
    plugins: [
      ...securityPlugins(security),
      useRequestTransaction(requestClients(prisma), limits, compiledReads ? readCompiled : undefined),
      // After the transaction plugin: it may run a request again, in a new transaction (auth/plugin.ts).
      useAuth(),
      useSecurityHeaders(),
      useReadinessCheck({
        endpoint: "/ready",
        check: async () => {
          await withDeadline(prisma.$queryRaw`SELECT 1`, READY_TIMEOUT_MS, "SELECT 1");
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

/** /ready answers 503 when the database has not answered `SELECT 1` within this. */
const READY_TIMEOUT_MS = 1_000;

/** The viewer, or UNAVAILABLE (HTTP 503) when the database cannot say who the session or token belongs to. */
async function viewerOf(
  request: Request,
  prisma: PrismaClient,
  limits: TransactionLimits,
  credentials?: CredentialCache,
): Promise<Viewer | null> {
  try {
    return await withDeadline(
      resolveViewer(request, prisma, credentials),
      limits.maxWaitMs + limits.answerTimeoutMs,
      "who the request is",
    );
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    log.warn("database unavailable", { error: (error as Error).message });
    throw unavailableError();
  }
}
