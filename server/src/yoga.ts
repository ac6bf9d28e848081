import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { PrismaClient } from "@p181/db";
import { createContext } from "./context.ts";
import { schema } from "./schema/index.ts";

export interface AppOptions {
  prisma: PrismaClient;
  /** GraphiQL and other developer conveniences (off in production). */
  development?: boolean;
}

/** The GraphQL app, separate from the listener so tests can call `app.fetch` without a port. */
export function createApp({ prisma, development = process.env.NODE_ENV !== "production" }: AppOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    graphiql: development,
    landingPage: false,
    maskedErrors: true,
    context: ({ request }) => createContext(prisma, request, null),
    plugins: [
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
