// The conditions every read adds: live or deleted rows, and the viewer's area.
import { requireViewer } from "../auth/guards.ts";
import { readScope, type Where } from "../auth/scope.ts";
import type { Context } from "../context.ts";
import { builder } from "../builder.ts";

export const DeletedFilter = builder.enumType("DeletedFilter", {
  description: "删除状态 | Which rows to include with respect to soft deletion.",
  values: {
    LIVE: { description: "未删除 | Only rows that are not deleted (default)." },
    DELETED: { description: "已删除 | Only soft-deleted rows, e.g. to restore them." },
    ALL: { description: "全部 | Both." },
  } as const,
});

export type Deleted = "LIVE" | "DELETED" | "ALL";

export function deletedWhere(deleted: Deleted | null | undefined): Where {
  if (deleted === "ALL") return {};
  return deleted === "DELETED" ? { deletedAt: { not: null } } : { deletedAt: null };
}

/** User conditions, soft-delete state and area scope, combined. */
export function readWhere(model: string, context: Context, where: Where, deleted?: Deleted | null): Where {
  const viewer = requireViewer(context);
  const parts = [where, deletedWhere(deleted), readScope(model, viewer)].filter((part) => Object.keys(part).length > 0);
  return parts.length === 1 ? parts[0]! : { AND: parts };
}
