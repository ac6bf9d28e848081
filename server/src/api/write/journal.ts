// What a mutation wrote, record by record: the audit log's entries and the ids the
// domain rules re-check before the transaction commits.
import type { AuditAction, Prisma } from "@p181/db";
import { resources } from "@p181/schema";

export interface JournalEntry {
  model: string;
  recordId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export class Journal {
  readonly entries: JournalEntry[] = [];

  record(entry: JournalEntry): void {
    const hidden = resources[entry.model]?.hiddenFields ?? [];
    const strip = (values: Record<string, unknown> | null) =>
      values && Object.fromEntries(Object.entries(values).filter(([key]) => !hidden.includes(key)));
    this.entries.push({ ...entry, before: strip(entry.before), after: strip(entry.after) });
  }

  /** Written ids per model. */
  written(): Map<string, Set<number>> {
    const written = new Map<string, Set<number>>();
    for (const entry of this.entries) {
      if (!written.has(entry.model)) written.set(entry.model, new Set());
      written.get(entry.model)!.add(entry.recordId);
    }
    return written;
  }

  auditRows(userId: number | null): Prisma.AuditLogCreateManyInput[] {
    return this.entries.map((entry) => ({
      userId,
      action: entry.action,
      entity: entry.model,
      recordId: entry.recordId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    }));
  }
}

function toJson(values: Record<string, unknown> | null): Prisma.InputJsonValue | undefined {
  if (!values) return undefined;
  return JSON.parse(JSON.stringify(values)) as Prisma.InputJsonValue;
}
