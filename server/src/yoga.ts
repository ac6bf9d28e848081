import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { PrismaClient } from "@p181/db";
import { resolveViewer, useAuth } from "./auth/index.ts";
import type { Viewer } from "./auth/viewer.ts";
import { createContext } from "./context.ts";
import { schema } from "./schema/index.ts";
import { securityPlugins } from "./security/index.ts";
import { securitySettingsFromEnv } from "./settings.ts";

export interface AppOptions {
  prisma: PrismaClient;
  /** GraphiQL and other developer conveniences (off in production). */
  development?: boolean;
  /** Acts as this viewer on every request instead of authenticating it (tests, trusted scripts). */
  actAs?: Viewer;
}

/** The GraphQL app, separate from the listener so tests can call `app.fetch` without a port. */
export function createApp({ prisma, development = process.env.NODE_ENV !== "production", actAs }: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    graphiql: development,
    landingPage: false,
    maskedErrors: true,
    context: async ({ request }) => createContext(prisma, request, actAs ?? (await resolveViewer(request, prisma))),
    plugins: [
      ...securityPlugins(securitySettingsFromEnv(process.env, development)),
      useAuth(),
      useReadinessCheck({
        endpoint: "/ready",
        check: async () => {
          await prisma.$queryRaw`SELECT 1`;
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
