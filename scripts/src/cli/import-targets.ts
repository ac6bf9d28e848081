// npm run targets:import -- <file.csv|file.xlsx|file.json> [--dry-run]
// Exit codes: 0 imported (or valid, with --dry-run); 1 the file has problems, nothing written;
// 2 usage error (arguments, missing or unsupported file); 3 could not run (database unavailable …).
import path from "node:path";
import { DatabaseInUseError, openDatabase } from "@p181/db";
import { formatResult, importTargets, parseTargetFile, TargetFileError } from "../targets/index.ts";

const USAGE = [
  "用法 / usage: npm run targets:import -- <file.csv|file.xlsx|file.json> [--dry-run]",
  "  --dry-run  只检查并统计将会新增、更新的数量，不写入 / validate and count the changes, write nothing",
  "列 / columns: 计划 plan, 年度 year, 目标层级 scopeLevel, 范围编码 scopeCode, 指标 metric, 目标值 value, 备注 note",
].join("\n");

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg.startsWith("-") && arg !== "--dry-run");
  const files = args.filter((arg) => !arg.startsWith("-"));
  if (unknown.length || files.length !== 1) {
    const why = unknown.length
      ? `未知选项 / unknown option: ${unknown.join(" ")}`
      : files.length
        ? "只能导入一个文件 / give exactly one file"
        : "缺少文件 / no file given";
    return usageError(why);
  }
  // npm runs the script in scripts/; the user's path is relative to where they typed the command.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!);
  const dryRun = args.includes("--dry-run");

  let parsed: Awaited<ReturnType<typeof parseTargetFile>>;
  try {
    parsed = await parseTargetFile(file);
  } catch (error) {
    if (error instanceof TargetFileError) return usageError(error.message);
    throw error;
  }

  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(undefined, { quiet: true });
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
  try {
    const result = await importTargets(database.prisma, parsed, { dryRun });
    const lines = formatResult(result);
    (result.errors.length ? console.error : console.log)(lines.join("\n"));
    return result.errors.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

function usageError(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`导入失败 / import failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 3;
  },
);
