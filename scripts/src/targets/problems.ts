// A problem found in a target file, located the way the user sees it.

/** A sheet row (the header is row 1) or an item of a JSON array (the first is item 1). */
export interface RowPosition {
  kind: "row" | "item";
  number: number;
}

export interface TargetProblem {
  /** Absent for problems of the whole file (unreadable, not an array …). */
  at?: RowPosition;
  /** A column key (see columns.ts), or a header exactly as typed when it is not a known column. */
  column?: string;
  zh: string;
  en: string;
}

export function problem(
  at: RowPosition | undefined,
  column: string | undefined,
  zh: string,
  en: string,
): TargetProblem {
  return { at, column, zh, en };
}

/** "第3行" for sheet rows, "第3条" for JSON items. */
export function positionLabel(at: RowPosition): string {
  return at.kind === "row" ? `第${at.number}行` : `第${at.number}条`;
}

/** How a cell value is quoted back to the user in a message. */
export function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}
