// Results as psql prints a query result: a title, aligned columns separated by "|", a
// "-+-" rule and the row count, so that they read like any other PostgreSQL output.

/** Columns whose name starts with "<" are left-aligned (the "<" is not printed); others right-aligned. */
export function formatTable(title: string, columns: string[], rows: string[][]): string {
  const left = columns.map((column) => column.startsWith("<"));
  const names = columns.map((column) => column.replace(/^</, ""));
  const widths = names.map((name, i) => Math.max(width(name), ...rows.map((row) => width(row[i] ?? ""))));
  const pad = (text: string, i: number) =>
    left[i] ? text + " ".repeat(widths[i]! - width(text)) : " ".repeat(widths[i]! - width(text)) + text;
  const line = (cells: string[]) => ` ${cells.map((cell, i) => pad(cell, i)).join(" | ")}`.trimEnd();
  const center = (text: string, i: number) => {
    const space = widths[i]! - width(text);
    return " ".repeat(Math.floor(space / 2)) + text + " ".repeat(Math.ceil(space / 2));
  };
  return [
    title,
    ` ${names.map(center).join(" | ")}`.trimEnd(),
    widths.map((w) => "-".repeat(w + 2)).join("+"),
    ...rows.map(line),
    `(${rows.length} ${rows.length === 1 ? "row" : "rows"})`,
  ].join("\n");
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      char,
    )
      ? 2
      : 1;
  return columns;
}

/** A table printed row by row as results arrive, with fixed column widths. */
export function streamTable(
  title: string,
  columns: string[],
  widths: number[],
  write: (line: string) => void = console.log,
) {
  const left = columns.map((column) => column.startsWith("<"));
  const names = columns.map((column) => column.replace(/^</, ""));
  const size = names.map((name, i) => Math.max(width(name), widths[i] ?? 0));
  const pad = (text: string, i: number) =>
    left[i]
      ? text + " ".repeat(Math.max(0, size[i]! - width(text)))
      : " ".repeat(Math.max(0, size[i]! - width(text))) + text;
  let rows = 0;
  write(title);
  write(` ${names.map(pad).join(" | ")}`.trimEnd());
  write(size.map((w) => "-".repeat(w + 2)).join("+"));
  return {
    row(cells: string[]) {
      rows++;
      write(` ${cells.map(pad).join(" | ")}`.trimEnd());
    },
    end() {
      write(`(${rows} ${rows === 1 ? "row" : "rows"})`);
    },
  };
}
