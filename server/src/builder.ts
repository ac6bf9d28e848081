import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "@p181/db/pothos-types";
import { getDatamodel } from "@p181/db/pothos-types";
import type { Prisma } from "@p181/db";
import type { Context } from "./context.ts";
import { isProduction } from "./settings.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Decimal: { Input: Prisma.Decimal; Output: Prisma.Decimal | number | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [RelayPlugin, PrismaPlugin],
  relay: {},
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: isProduction() ? null : "warn",
  },
});

builder.queryType({});
builder.mutationType({});
