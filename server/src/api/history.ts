// Audit history through GraphQL: per record (also as a `history` field on every entity,
// batched per request) and per user. PostgreSQL shows an entry only where its record lies
// in the viewer's area, and its personal-data values (kept in separate columns) only to
// roles that may see personal data.
import { resourceOf, resources } from "@p181/schema";
import type { Prisma } from "@p181/db";
import type { AuditLog } from "@p181/db/client";
import { GraphQLError } from "graphql";
import { requireViewer } from "../auth/guards.ts";
import { builder, type RuntimeModelFieldBuilder } from "../builder.ts";
import { loader, type Context } from "../context.ts";
import { AccountName, accountName } from "./accounts.ts";
import { enumRef } from "./enums.ts";
import { MAX_PAGE_SIZE, pageSize } from "./limits.ts";
import { delegate } from "./queries.ts";
import { readWhere } from "./scoping.ts";

type Values = Record<string, unknown> | null;

/** The values with their personal part, when the viewer's role could read it. */
function values(plain: unknown, personal: unknown): Values {
  if (!plain || typeof plain !== "object") return null;
  return personal && typeof personal === "object"
    ? { ...(plain as object), ...(personal as object) }
    : (plain as Values);
}

export const AuditEntry = builder.prismaObject("AuditLog", {
  name: "AuditEntry",
  description: "审计记录 | One write to a record: who, when, what, and the values before and after.",
  fields: (t) => ({
    id: t.exposeInt("id"),
    at: t.expose("at", { type: "DateTime" }),
    action: t.expose("action", { type: enumRef("AuditAction") }),
    entity: t.exposeString("entity"),
    recordId: t.exposeInt("recordId"),
    before: t.field({
      type: "JSON",
      nullable: true,
      resolve: (entry) => values(entry.before, (entry as Partial<AuditLog>).personalBefore),
    }),
    after: t.field({
      type: "JSON",
      nullable: true,
      resolve: (entry) => values(entry.after, (entry as Partial<AuditLog>).personalAfter),
    }),
    userId: t.exposeInt("userId", { nullable: true }),
    user: t.field({
      type: AccountName,
      nullable: true,
      resolve: (entry, _args, context) => accountName(context, entry.userId),
    }),
  }),
});

async function assertCanRead(context: Context, entity: string, recordId: number): Promise<void> {
  if (!resources[entity])
    throw new GraphQLError(`Unknown entity ${entity}`, { extensions: { code: "BAD_USER_INPUT" } });
  const found = await delegate(context, resourceOf(entity)).count({
    where: readWhere(context, { id: recordId }, "ALL"),
  });
  if (found === 0)
    throw new GraphQLError(
      `${entity} ${recordId} 不存在或不在您的管理范围内 / does not exist or is outside your area`,
      { extensions: { code: "NOT_FOUND" } },
    );
}

builder.queryFields((t) => ({
  history: t.prismaField({
    type: ["AuditLog"],
    description: "修改历史 | The writes to one record, newest first.",
    args: {
      entity: t.arg.string({ required: true }),
      recordId: t.arg.int({ required: true }),
      take: t.arg.int({ defaultValue: 100 }),
    },
    resolve: async (query, _root, args, context) => {
      await assertCanRead(context, args.entity, args.recordId);
      return context.prisma.auditLog.findMany({
        ...query,
        where: { entity: args.entity, recordId: args.recordId },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: pageSize(args.take),
      });
    },
  }),
  historyByUser: t.prismaField({
    type: ["AuditLog"],
    description: `用户操作记录 | The writes one user made, newest first (city admins for anyone, others for themselves; at most ${MAX_PAGE_SIZE}).`,
    args: {
      userId: t.arg.int({ required: true }),
      entity: t.arg.string(),
      from: t.arg({ type: "DateTime" }),
      to: t.arg({ type: "DateTime" }),
      take: t.arg.int({ defaultValue: 100 }),
    },
    resolve: (query, _root, args, context) => {
      const viewer = requireViewer(context);
      if (viewer.role !== "CITY_ADMIN" && viewer.userId !== args.userId) {
        throw new GraphQLError("只能查看自己的操作记录 / you may only see your own writes", {
          extensions: { code: "FORBIDDEN" },
        });
      }
      return context.prisma.auditLog.findMany({
        ...query,
        where: {
          userId: args.userId,
          ...(args.entity ? { entity: args.entity } : {}),
          at: { gte: args.from ?? undefined, lte: args.to ?? undefined },
        },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: pageSize(args.take),
      });
    },
  }),
}));

// `history` on every entity: one query for all the records of a page.
for (const resource of Object.values(resources)) {
  builder.prismaObjectField(resource.model as Prisma.ModelName, "history", (t: RuntimeModelFieldBuilder) =>
    t.field({
      type: [AuditEntry],
      description: "修改历史 | The writes to this record, newest first.",
      select: { id: true },
      resolve: (parent: { id: number }, _args: unknown, context: Context) =>
        loader<number, unknown[]>(context, `history:${resource.model}`, async (ids) => {
          const rows = await context.prisma.auditLog.findMany({
            where: { entity: resource.model, recordId: { in: [...ids] } },
            orderBy: [{ at: "desc" }, { id: "desc" }],
          });
          return ids.map((id) => rows.filter((row) => row.recordId === id));
        }).load(parent.id),
    }),
  );
}
