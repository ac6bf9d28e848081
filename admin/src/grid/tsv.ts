// Excel's and WPS's clipboard text (text/plain): rows ended by CRLF, cells separated by tabs,
// a cell holding a tab, a line break or a quote written in quotes with the quotes doubled.

/** Clipboard text → rows of cells; quoted cells may hold tabs, newlines and "". */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const input = text.replace(/\r\n?/g, "\n");
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === "\t") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quoted(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells → clipboard text as Excel writes it: every row ends with CRLF. */
export function toTsv(rows: string[][]): string {
  return rows.map((row) => `${row.map(quoted).join("\t")}\r\n`).join("");
}

/**
 * A copied block laid over a selected range, as Excel does: repeated to fill the range when
 * the range is a whole number of blocks high and wide (one value fills every cell), else as is.
 */
export function tile(block: string[][], height: number, width: number): string[][] {
  const blockHeight = block.length;
  const blockWidth = Math.max(0, ...block.map((row) => row.length));
  if (blockHeight === 0 || blockWidth === 0 || height % blockHeight !== 0 || width % blockWidth !== 0) return block;
  if (height === blockHeight && width === blockWidth) return block;
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => block[r % blockHeight]![c % blockWidth] ?? ""),
  );
}
