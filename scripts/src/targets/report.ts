// Human-readable output of an import, in Chinese and English.
import { columnLabel } from "./columns.ts";
import type { ImportResult } from "./import.ts";
import { positionLabel, type TargetProblem } from "./problems.ts";

/** `第3行 目标值 (value): 应为… / must be a number ≥ 0 …, got "abc"` */
export function formatProblem(problem: TargetProblem): string {
  const where = [problem.at && positionLabel(problem.at), problem.column && columnLabel(problem.column)]
    .filter(Boolean)
    .join(" ");
  return `${where ? `${where}: ` : ""}${problem.zh} / ${problem.en}`;
}

export function formatResult(result: ImportResult): string[] {
  const name = result.file ? `${result.file}: ` : "";
  if (result.errors.length) {
    return [
      `${name}发现 ${result.errors.length} 个问题，未写入任何数据 / ${result.errors.length} problem(s) found, nothing was written:`,
      ...result.errors.map((error) => `  ${formatProblem(error)}`),
    ];
  }
  const counts = `新增 created ${result.created}，更新 updated ${result.updated}，未变 unchanged ${result.unchanged}`;
  if (result.dryRun) {
    return [
      `${name}${result.rows} 行全部有效 / all ${result.rows} rows are valid.`,
      `试运行，未写入 / Dry run, nothing written. 将会 / would be: ${counts}`,
    ];
  }
  if (result.created + result.updated === 0) {
    return [
      `${name}没有变化，${result.unchanged} 条目标均已是最新 / nothing changed: all ${result.unchanged} targets are already up to date.`,
    ];
  }
  return [`${name}已导入 ${result.rows} 行 / imported ${result.rows} rows: ${counts}`];
}
