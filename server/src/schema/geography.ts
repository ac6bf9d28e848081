// Towns and zones: the territorial frame every record hangs from.
import { builder } from "../builder.ts";

const live = { deletedAt: null };

builder.prismaObject("Town", {
  fields: (t) => ({
    id: t.exposeInt("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.exposeString("kind"),
    zones: t.relation("zones", { query: { where: live, orderBy: { code: "asc" } } }),
    zoneCount: t.relationCount("zones", { where: live }),
  }),
});

builder.prismaObject("Zone", {
  fields: (t) => ({
    id: t.exposeInt("id"),
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.exposeString("kind"),
    economicallyWeak: t.exposeBoolean("economicallyWeak"),
    town: t.relation("town"),
  }),
});

builder.queryFields((t) => ({
  towns: t.prismaField({
    type: ["Town"],
    description: "镇(街道/区) | Every town, street and district of the city, by code.",
    resolve: (query, _root, _args, { prisma }) =>
      prisma.town.findMany({ ...query, where: live, orderBy: { code: "asc" } }),
  }),
}));
