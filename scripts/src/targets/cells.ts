// Reading a target file's cells with the shared cell parser (@p181/schema/cells), the one the
// admin's grid and import use, plus the ranges an annual target allows (programme years,
// amounts of Decimal(14, 2) that are not negative).
import { Prisma } from "@p181/db";
import { enumLabel } from "@p181/schema";
import { enumValueOf, folded as foldedText, readCell } from "@p181/schema/cells";
import type { CellValue } from "@p181/schema/sheets";
import { shown } from "./problems.ts";

export type CellResult<T> = { ok: true; value: T } | { ok: false; zh: string; en: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(zh: string, en: string): CellResult<T> => ({ ok: false, zh, en });

/** Decimal(14, 2) in the database. */
const MAX_VALUE = new Prisma.Decimal("999999999999.99");

export function cellText(cell: CellValue): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Trimmed text with full-width letters, digits and brackets folded (ＴＯＷＮ → TOWN, （区） → (区)). */
export function folded(cell: CellValue): string {
  return foldedText(cellText(cell));
}

/** The enum value a cell names (code, label or an unambiguous part of it), if it is one of `values`. */
export function matchEnum<T extends string>(enumName: string, values: readonly T[], cell: CellValue): T | undefined {
  const found = enumValueOf(enumName, cellText(cell));
  return values.find((value) => value === found);
}

/** "CODE 标签" pairs for messages that list the allowed values. */
export function describeValues(enumName: string, values: readonly string[]): string {
  return values.map((value) => `${value} ${enumLabel(enumName, value)}`).join(", ");
}

export function readYear(cell: CellValue, first: number, last: number): CellResult<number> {
  const parsed = readCell(
    { kind: "int", required: true },
    typeof cell === "string" ? cell.trim().replace(/年$/, "") : cell,
  );
  const year = parsed.ok && "value" in parsed ? (parsed.value as number) : Number.NaN;
  if (Number.isInteger(year) && year >= first && year <= last) return ok(year);
  return fail(
    `应为 ${first} 至 ${last} 之间的年份，实为 ${shown(cell)}`,
    `must be a whole year from ${first} to ${last}, got ${shown(cell)}`,
  );
}

/**
 * A non-negative amount with at most two decimals, as an exact decimal: text is never routed
 * through floating point, and numbers from spreadsheets are read to Excel's own 15
 * significant digits (so a formula's 0.30000000000000004 is 0.3).
 */
export function readAmount(cell: CellValue): CellResult<Prisma.Decimal> {
  const parsed = readCell({ kind: "decimal", required: true }, cell);
  const amount = parsed.ok && "value" in parsed ? new Prisma.Decimal(parsed.value as string) : null;
  if (!amount || amount.isNegative() || amount.decimalPlaces() > 2)
    return fail(
      `应为不小于 0 的数字，最多两位小数，实为 ${shown(cell)}`,
      `must be a number ≥ 0 with at most 2 decimals, got ${shown(cell)}`,
    );
  if (amount.greaterThan(MAX_VALUE))
    return fail(
      `数值过大（最大 ${MAX_VALUE.toFixed()}），实为 ${shown(cell)}`,
      `too large (at most ${MAX_VALUE.toFixed()}), got ${shown(cell)}`,
    );
  return ok(amount);
}
