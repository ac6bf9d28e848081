// Deterministic demo data for the 181 Project at the source document's scale:
// 10 towns, ~200 zones, 925 party organisations, 20,898 members and four years of every plan.
import type { PrismaClient } from "@p181/db";
import { backfillAreaStatements, suspendAreaTriggerStatements } from "@p181/db/security";
import { seedBenchmarking } from "./benchmarking.ts";
import { seedBrands } from "./brands.ts";
import { emptyWorld, type SeedContext } from "./context.ts";
import { seedEntrepreneurship } from "./entrepreneurship.ts";
import { seedGeography } from "./geography.ts";
import { seedInstructors } from "./instructors.ts";
import { buildLeadership, insertLeadership } from "./leadership.ts";
import { buildMembers, insertMembers } from "./members.ts";
import { buildOrganisations, insertOrganisations } from "./organisations.ts";
import { createRandom } from "./random.ts";
import { seedRepresentatives } from "./representatives.ts";
import { seedTalent } from "./talent.ts";
import { seedTargets } from "./targets.ts";
import { seedTraining } from "./training.ts";
import { buildUsers, insertUsers } from "./users.ts";
import { seedVolunteers } from "./volunteers.ts";
import { TableWriter } from "./writer.ts";
import { seedYoungCadres } from "./young-cadres.ts";
import { seedZoneWork } from "./zone-work.ts";

export { deleteAllData, isDatabaseEmpty } from "./tables.ts";
export { MEMBER_COUNT } from "./members.ts";
export { ORGANISATION_COUNT } from "./organisations.ts";

/** Change it and every generated value changes; keep it and every run writes the same data. */
export const DEMO_SEED = "p181-demo";

export interface SeedSummary {
  /** Rows written per model, in the order the tables were first written. */
  rows: Record<string, number>;
  totalRows: number;
  seconds: number;
}

export interface SeedOptions {
  log?: (line: string) => void;
}

/** Writes the demo data in one transaction: either all of it lands or nothing does. */
export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const counts = await prisma.$transaction(
    async (tx) => {
      const context: SeedContext = {
        writer: await TableWriter.open(tx),
        random: createRandom(DEMO_SEED),
        world: emptyWorld(),
      };
      // Areas are computed once at the end, set-based, instead of by a trigger call per row.
      for (const statement of suspendAreaTriggerStatements()) await tx.$executeRawUnsafe(statement);
      await seedGeography(context);
      // Their password hashes take a while: started now, inserted last.
      const users = buildUsers(context);
      context.world.organisations = buildOrganisations(context);
      context.world.members = buildMembers(context);
      const leadership = buildLeadership(context);
      await insertOrganisations(context);
      await insertMembers(context);
      await insertLeadership(context, leadership);
      await seedYoungCadres(context);
      await seedZoneWork(context);
      await seedRepresentatives(context);
      await seedTraining(context);
      await seedTalent(context);
      await seedBrands(context);
      await seedVolunteers(context);
      await seedInstructors(context);
      await seedEntrepreneurship(context);
      await seedBenchmarking(context);
      await seedTargets(context);
      await insertUsers(context, users);
      for (const statement of backfillAreaStatements()) await tx.$executeRawUnsafe(statement);
      return context.writer.tableCounts();
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
  // Fresh statistics for the planner, as after any bulk load: without them row-level security's
  // area conditions are planned on the row estimates of empty tables (the embedded database has
  // no autovacuum to catch up later). VACUUM also clears the row versions the area backfill left.
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const seconds = (performance.now() - started) / 1000;
  const totalRows = counts.reduce((sum, count) => sum + count.rows, 0);
  const width = Math.max(...counts.map((count) => count.table.length));
  for (const count of counts) {
    options.log?.(
      `  ${count.table.padEnd(width)} ${count.rows.toLocaleString("en-US").padStart(8)} rows ${(count.milliseconds / 1000).toFixed(2).padStart(7)} s`,
    );
  }
  options.log?.(
    `Seeded ${totalRows.toLocaleString("en-US")} rows into ${counts.length} tables in ${seconds.toFixed(1)} s ` +
      `(${Math.round(totalRows / seconds).toLocaleString("en-US")} rows/s)`,
  );
  return { rows: Object.fromEntries(counts.map((count) => [count.table, count.rows])), totalRows, seconds };
}
