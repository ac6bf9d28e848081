// npm run seed [-- --reset]: fills an empty database with the demo data; --reset first deletes all business data.
import { openDatabaseOrExit } from "@p181/db";
import { deleteAllData, isDatabaseEmpty, seedDemoData } from "../seed/index.ts";

const USAGE = "Usage: npm run seed [-- --reset]";

async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(" ")}. ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // The root script runs `npm run seed --workspace @p181/scripts` without a trailing `--`,
  // so `npm run seed -- --reset` from the root reaches us as npm's config flag, not as an argument.
  const reset = args.includes("--reset") || process.env.npm_config_reset === "true";
  const database = await openDatabaseOrExit(undefined, { quiet: true });
  try {
    if (reset) {
      await deleteAllData(database.prisma);
      console.log("Deleted all data.");
    } else if (!(await isDatabaseEmpty(database.prisma))) {
      console.log(
        "The database already holds data, so nothing was seeded. Run `npm run seed -- --reset` to replace it with the demo data.",
      );
      return;
    }
    await seedDemoData(database.prisma, { log: (line) => console.log(line) });
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
