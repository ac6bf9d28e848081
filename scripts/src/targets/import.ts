// Validates a whole target file, then writes it in one transaction: all rows or none.
import type { PrismaClient } from "@p181/db";
import type { AnnualTarget } from "@p181/db/client";
import type { Journal } from "@p181/server/journal";
import { writeChecked } from "@p181/server/write";
import { sortProblems } from "./columns.ts";
import { parseTargetFile, type ParsedTargetFile, type TargetFileInput } from "./parse.ts";
import { problem, type TargetProblem } from "./problems.ts";
import { naturalKey, validateTargetRows, type Db, type ValidTarget } from "./validate.ts";

export interface ImportOptions {
  /** Validate and count what would change, write nothing. */
  dryRun?: boolean;
  /** Recorded as createdBy/updatedBy (the API passes the signed-in user; the CLI has none). */
  userId?: number;
}

export interface ImportResult {
  /** Name of the file read. */
  file?: string;
  dryRun: boolean;
  /** Non-empty rows read. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** When non-empty, nothing was written and the counts are 0. */
  errors: TargetProblem[];
}

/** A file (path or upload) or one already parsed. */
export type ImportInput = TargetFileInput | ParsedTargetFile;

const CREATE_CHUNK = 1_000;

type Change = { target: ValidTarget; stored?: AnnualTarget; kind: "created" | "updated" | "unchanged" };

export async function importTargets(
  prisma: PrismaClient,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const file = isParsed(input) ? input : await parseTargetFile(input);
  const dryRun = options.dryRun ?? false;
  const base = { file: file.name, dryRun, rows: file.rows.length, created: 0, updated: 0, unchanged: 0 };

  const { targets, errors } = await validateTargetRows(prisma, file.rows, { missingColumns: file.missingColumns });
  const problems = sortProblems([...file.problems, ...errors]);
  if (!problems.length && !file.rows.length)
    problems.push(problem(undefined, undefined, "文件中没有目标数据", "the file has no target rows"));
  if (problems.length) return { ...base, errors: problems };

  const changes = dryRun
    ? await planChanges(prisma, targets)
    : await prisma.$transaction(
        // The write engine's rules (a break that was there before may stay) and audit log.
        (tx) =>
          writeChecked(tx, options.userId ?? null, async (journal) => {
            const planned = await planChanges(tx, targets);
            const created = planned.filter((change) => change.kind === "created").map((change) => change.target);
            await create(tx, created, options.userId, journal);
            for (const change of planned)
              if (change.kind === "updated") await update(tx, change, options.userId, journal);
            return planned;
          }),
        { maxWait: 30_000, timeout: 10 * 60_000 },
      );
  const count = (kind: Change["kind"]) => changes.filter((change) => change.kind === kind).length;
  return { ...base, created: count("created"), updated: count("updated"), unchanged: count("unchanged"), errors: [] };
}

function isParsed(input: ImportInput): input is ParsedTargetFile {
  return typeof input === "object" && "rows" in input;
}

/** Compares each row with the stored target of the same natural key. */
async function planChanges(db: Db, targets: ValidTarget[]): Promise<Change[]> {
  const existing = await db.annualTarget.findMany({
    where: {
      year: { in: [...new Set(targets.map((t) => t.year))] },
      scopeCode: { in: [...new Set(targets.map((t) => t.scopeCode))] },
    },
  });
  const byKey = new Map(existing.map((target) => [naturalKey(target), target]));
  return targets.map((target) => {
    const stored = byKey.get(naturalKey(target));
    if (!stored) return { target, kind: "created" };
    return { target, stored, kind: isUnchanged(stored, target) ? "unchanged" : "updated" };
  });
}

/** Equal as decimals (100 = 100.00), live, same town or zone, and the same note unless the file has none. */
function isUnchanged(stored: AnnualTarget, target: ValidTarget): boolean {
  return (
    stored.deletedAt === null &&
    stored.value.equals(target.value) &&
    stored.townId === target.townId &&
    stored.zoneId === target.zoneId &&
    (target.note === undefined || stored.note === target.note)
  );
}

/** New natural keys in bulk: one statement instead of one round trip per row. */
async function create(db: Db, targets: ValidTarget[], userId: number | undefined, journal: Journal): Promise<void> {
  const data = targets.map(({ at: _at, note, ...target }) => ({
    ...target,
    note: note ?? null,
    createdById: userId,
    updatedById: userId,
  }));
  for (let start = 0; start < data.length; start += CREATE_CHUNK) {
    const rows = await db.annualTarget.createManyAndReturn({ data: data.slice(start, start + CREATE_CHUNK) });
    for (const row of rows)
      journal.record({ model: "AnnualTarget", recordId: row.id, action: "CREATE", before: null, after: row });
  }
}

async function update(db: Db, change: Change, userId: number | undefined, journal: Journal): Promise<void> {
  const { plan, year, scopeLevel, scopeCode, metric, value, townId, zoneId, note } = change.target;
  const row = await db.annualTarget.upsert({
    where: { plan_year_scopeLevel_scopeCode_metric: { plan, year, scopeLevel, scopeCode, metric } },
    create: {
      plan,
      year,
      scopeLevel,
      scopeCode,
      metric,
      value,
      townId,
      zoneId,
      note: note ?? null,
      createdById: userId,
      updatedById: userId,
    },
    update: { value, townId, zoneId, ...(note === undefined ? {} : { note }), deletedAt: null, updatedById: userId },
  });
  journal.record({
    model: "AnnualTarget",
    recordId: row.id,
    action: "UPDATE",
    before: change.stored ?? null,
    after: row,
  });
}
