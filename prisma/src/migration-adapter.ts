// The driver adapter the Prisma CLI migrates with. adapter-pg runs a migration script by
// splitting it at every ";", which breaks PL/pgSQL bodies ($$ … ; … $$) such as the
// generated row-level security triggers; this one sends the whole script in one simple
// query instead, which PostgreSQL also runs as one transaction: a migration applies
// completely or not at all.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

export class MigrationAdapter extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}
