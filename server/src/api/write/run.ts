// One transaction per mutation: the writes, then the domain rules over everything
// written, then the audit entries. Any error rolls the whole mutation back.
import { requireWriter } from "../../auth/guards.ts";
import type { Context } from "../../context.ts";
import { assertRules } from "../../rules/index.ts";
import type { WriteContext } from "./engine.ts";
import { Journal } from "./journal.ts";

/** Longest a bulk write may hold its transaction. */
const WRITE_TIMEOUT_MS = 120_000;

export async function runWrite<T>(context: Context, write: (ctx: WriteContext) => Promise<T>): Promise<T> {
  const viewer = requireWriter(context);
  return context.prisma.$transaction(
    async (tx) => {
      const journal = new Journal();
      const result = await write({ tx, viewer, journal });
      await assertRules(tx, journal.written());
      if (journal.entries.length > 0) await tx.auditLog.createMany({ data: journal.auditRows(viewer.userId) });
      return result;
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
  );
}
