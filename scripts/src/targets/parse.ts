// Reads a target file (CSV, XLSX or JSON) into raw rows; values are checked later, in validate.ts.
import fs from "node:fs";
import path from "node:path";
import { decodeText, parseCsv as readCsv, readXlsx, SheetError } from "@p181/schema/sheets";
import { rowFromObject, rowsFromSheet, type MappedRows, type RawTargetRow } from "./columns.ts";
import { problem, type TargetProblem } from "./problems.ts";

export type TargetFileFormat = "csv" | "xlsx" | "json";

/** A path, or a file's name and contents (an upload). The name's extension picks the format. */
export type TargetFileInput = string | { name: string; buffer: Uint8Array };

export interface ParsedTargetFile extends MappedRows {
  name: string;
  format: TargetFileFormat;
}

/** The file cannot be read at all: a usage error rather than a problem with its contents. */
export class TargetFileError extends Error {
  override name = "TargetFileError";
}

export async function parseTargetFile(input: TargetFileInput): Promise<ParsedTargetFile> {
  const format = formatOfName(typeof input === "string" ? input : input.name);
  const { name, buffer } = typeof input === "string" ? readFile(input) : input;
  const mapped = format === "csv" ? parseCsv(buffer) : format === "xlsx" ? await parseXlsx(buffer) : parseJson(buffer);
  return { name, format, ...mapped };
}

export function formatOfName(name: string): TargetFileFormat {
  const extension = path.extname(name).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return "csv";
  if (extension === ".xlsx") return "xlsx";
  if (extension === ".json") return "json";
  throw new TargetFileError(
    `不支持的文件类型 ${JSON.stringify(extension || name)}，请使用 .csv、.xlsx 或 .json / ` +
      `unsupported file type ${JSON.stringify(extension || name)}: use .csv, .xlsx or .json` +
      (extension === ".xls" ? " (在 Excel 中另存为 .xlsx / save it as .xlsx in Excel)" : ""),
  );
}

function readFile(file: string): { name: string; buffer: Uint8Array } {
  try {
    return { name: path.basename(file), buffer: fs.readFileSync(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new TargetFileError(`找不到文件 / file not found: ${file}`);
    if (code === "EISDIR")
      throw new TargetFileError(`这是一个目录，不是文件 / this is a directory, not a file: ${file}`);
    throw new TargetFileError(`无法读取文件 / cannot read ${file}: ${(error as Error).message}`);
  }
}

function parseCsv(buffer: Uint8Array): MappedRows {
  const { rows, errors } = readCsv(buffer);
  const mapped = rowsFromSheet(rows);
  const syntax = errors.map((error) =>
    problem(
      error.row === undefined ? undefined : { kind: "row", number: error.row },
      undefined,
      `CSV 格式错误：${error.message}`,
      `malformed CSV: ${error.message}`,
    ),
  );
  return { ...mapped, problems: [...syntax, ...mapped.problems] };
}

async function parseXlsx(buffer: Uint8Array): Promise<MappedRows> {
  try {
    return rowsFromSheet(await readXlsx(buffer));
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    if (error.code === "no_sheet") return fileProblem("工作簿中没有工作表", "the workbook has no worksheet");
    return fileProblem(`无法读取 Excel 文件：${error.detail}`, `not a readable .xlsx file: ${error.detail}`);
  }
}

function parseJson(buffer: Uint8Array): MappedRows {
  let items: unknown;
  try {
    items = JSON.parse(decodeText(buffer));
  } catch (error) {
    return fileProblem(`JSON 格式错误：${(error as Error).message}`, `malformed JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(items)) return fileProblem("JSON 文件应为对象数组", "the JSON file must be an array of objects");
  const rows: RawTargetRow[] = [];
  const problems: TargetProblem[] = [];
  items.forEach((item: unknown, index) => {
    const at = { kind: "item", number: index + 1 } as const;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.push(problem(at, undefined, "应为对象", `must be an object, got ${JSON.stringify(item)}`));
      return;
    }
    const values = Object.values(item);
    if (values.every((value) => value === null || (typeof value === "string" && value.trim() === ""))) return;
    const mapped = rowFromObject(at, item as Record<string, unknown>);
    rows.push(mapped.row);
    problems.push(...mapped.problems);
  });
  return { rows, problems, missingColumns: [] };
}

function fileProblem(zh: string, en: string): MappedRows {
  return { rows: [], problems: [problem(undefined, undefined, zh, en)], missingColumns: [] };
}
