// Reading typed values out of cells: enum codes or labels, years, decimals and text.
import { Prisma } from "@p181/db";
import type { CellValue } from "@p181/schema/sheets";
import { enumLabel } from "@p181/schema";
import { shown } from "./problems.ts";

export type CellResult<T> = { ok: true; value: T } | { ok: false; zh: string; en: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(zh: string, en: string): CellResult<T> => ({ ok: false, zh, en });

/** Decimal(14, 2) in the database. */
const MAX_VALUE = new Prisma.Decimal("999999999999.99");

/** Trimmed text with full-width letters, digits and brackets folded (ＴＯＷＮ → TOWN, （区） → (区)). */
export function folded(cell: CellValue): string {
  return cellText(cell).normalize("NFKC").trim();
}

export function cellText(cell: CellValue): string {
  if (cell === null) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * The enum value a cell names: its code in any case (YOUNG_CADRES, young_cadres), its Chinese
 * label (百名年轻机关干部一线大派驻), or one unambiguous part of a label with alternatives
 * ("镇" or "街道" for 镇/街道).
 */
export function matchEnum<T extends string>(enumName: string, values: readonly T[], cell: CellValue): T | undefined {
  const text = folded(cell);
  const code = values.find((value) => value === text.toUpperCase());
  if (code) return code;
  const labelled = (value: T) => enumLabel(enumName, value).normalize("NFKC");
  const exact = values.find((value) => labelled(value) === text);
  if (exact) return exact;
  const partial = values.filter((value) => labelled(value).split("/").includes(text));
  return partial.length === 1 ? partial[0] : undefined;
}

/** "CODE 标签" pairs for messages that list the allowed values. */
export function describeValues(enumName: string, values: readonly string[]): string {
  return values.map((value) => `${value} ${enumLabel(enumName, value)}`).join(", ");
}

export function readYear(cell: CellValue, first: number, last: number): CellResult<number> {
  const text = folded(cell).replace(/年$/, "");
  const year = typeof cell === "number" ? cell : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(year) && year >= first && year <= last) return ok(year);
  return fail(
    `应为 ${first} 至 ${last} 之间的年份，实为 ${shown(cell)}`,
    `must be a whole year from ${first} to ${last}, got ${shown(cell)}`,
  );
}

/**
 * A non-negative amount with at most two decimals, as an exact decimal: strings are never
 * routed through floating point, and numbers from spreadsheets are read to Excel's own
 * 15 significant digits (so a formula's 0.30000000000000004 is 0.3).
 */
export function readAmount(cell: CellValue): CellResult<Prisma.Decimal> {
  const bad = fail<Prisma.Decimal>(
    `应为不小于 0 的数字，最多两位小数，实为 ${shown(cell)}`,
    `must be a number ≥ 0 with at most 2 decimals, got ${shown(cell)}`,
  );
  let amount: Prisma.Decimal;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return bad;
    amount = new Prisma.Decimal(Number(cell.toPrecision(15)));
  } else if (typeof cell === "string") {
    let text = folded(cell);
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replaceAll(",", "");
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return bad;
    amount = new Prisma.Decimal(text);
  } else {
    return bad;
  }
  if (amount.isNegative() || amount.decimalPlaces() > 2) return bad;
  if (amount.greaterThan(MAX_VALUE))
    return fail(
      `数值过大（最大 ${MAX_VALUE.toFixed()}），实为 ${shown(cell)}`,
      `too large (at most ${MAX_VALUE.toFixed()}), got ${shown(cell)}`,
    );
  return ok(amount);
}
