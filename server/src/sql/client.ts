import type { Prisma } from "@p181/db";

/** Anything that can run raw SQL: the client or an interactive transaction. */
export type SqlClient = Pick<Prisma.TransactionClient, "$queryRaw">;
