// What a mutation wrote, record by record: the audit log's entries and the ids the
// domain rules re-check before the transaction commits. Personal data goes to the
// entry's personal columns, which only roles allowed to see it can read; the record's
// area goes with the entry, so that its history is visible where the record is.
import type { AuditAction, Prisma } from "@p181/db";
import { AREA_FIELDS, resources } from "@p181/schema";

type Values = Record<string, unknown>;

export interface JournalEntry {
  model: string;
  recordId: number;
  action: AuditAction;
  before: Values | null;
  after: Values | null;
}

interface SplitEntry extends JournalEntry {
  personalBefore: Values | null;
  personalAfter: Values | null;
  areaTownId: number | null;
  areaZoneId: number | null;
}

function pick(values: Values | null, keep: (key: string) => boolean): Values | null {
  return values && Object.fromEntries(Object.entries(values).filter(([key]) => keep(key)));
}

function nonEmpty(values: Values | null): Values | null {
  return values && Object.keys(values).length > 0 ? values : null;
}

export class Journal {
  readonly entries: SplitEntry[] = [];

  record(entry: JournalEntry): void {
    const resource = resources[entry.model];
    const hidden = new Set<string>([...(resource?.hiddenFields ?? []), ...AREA_FIELDS]);
    const personal = new Set(resource?.personalFields ?? []);
    const plain = (key: string) => !hidden.has(key) && !personal.has(key);
    const area = (entry.after ?? entry.before ?? {}) as Values;
    this.entries.push({
      ...entry,
      before: pick(entry.before, plain),
      after: pick(entry.after, plain),
      personalBefore: nonEmpty(pick(entry.before, (key) => personal.has(key))),
      personalAfter: nonEmpty(pick(entry.after, (key) => personal.has(key))),
      areaTownId: (area.areaTownId as number | null | undefined) ?? null,
      areaZoneId: (area.areaZoneId as number | null | undefined) ?? null,
    });
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
      ...(entry.personalBefore ? { personalBefore: toJson(entry.personalBefore) } : {}),
      ...(entry.personalAfter ? { personalAfter: toJson(entry.personalAfter) } : {}),
      areaTownId: entry.areaTownId,
      areaZoneId: entry.areaZoneId,
    }));
  }
}

function toJson(values: Values | null): Prisma.InputJsonValue | undefined {
  if (!values) return undefined;
  return JSON.parse(JSON.stringify(values)) as Prisma.InputJsonValue;
}
