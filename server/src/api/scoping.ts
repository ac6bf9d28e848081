// The conditions every read adds: live or deleted rows. The viewer's area is added by
// PostgreSQL's row-level security (database/transaction.ts).
import { requireViewer } from "../auth/guards.ts";
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
export type Where = Record<string, unknown>;

export function deletedWhere(deleted: Deleted | null | undefined): Where {
  if (deleted === "ALL") return {};
  return deleted === "DELETED" ? { deletedAt: { not: null } } : { deletedAt: null };
}

/** User conditions and soft-delete state, combined; anonymous requests are refused. */
export function readWhere(context: Context, where: Where, deleted?: Deleted | null): Where {
  requireViewer(context);
  const parts = [where, deletedWhere(deleted)].filter((part) => Object.keys(part).length > 0);
  return parts.length === 1 ? parts[0]! : parts.length === 0 ? {} : { AND: parts };
}
