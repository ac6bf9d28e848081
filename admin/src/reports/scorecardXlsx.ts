// The scorecard as an Excel workbook, as the page shows it: its lines in the same order, the
// title and scope above the header, numbers as numbers, subtotals and the total in bold.
// ExcelJS is loaded only when someone exports (loadExcel).
import { loadExcel } from "@p181/schema/sheets";
import type { Line } from "./scorecardTable.ts";

export interface ScorecardSheet {
  title: string;
  scope: string;
  /** The text columns, then the figures, with their headers. */
  columns: { key: string; header: string; figure: boolean }[];
  lines: Line[];
  /** A zone's text cell as the page shows it (kind and 是 as labels). */
  text: (line: Extract<Line, { kind: "zone" }>, key: string) => string;
  subtotalLabel: (townName: string) => string;
  totalLabel: string;
}

export async function scorecardWorkbook(sheet: ScorecardSheet): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "181工程管理平台";
  const ws = workbook.addWorksheet(sheet.title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 3, xSplit: 1 }],
  });
  ws.addRow([sheet.title]).font = { bold: true, size: 14 };
  ws.addRow([sheet.scope]);
  const header = ws.addRow(sheet.columns.map((column) => column.header));
  header.font = { bold: true };
  for (const line of sheet.lines) {
    if (line.kind === "zone") {
      ws.addRow(
        sheet.columns.map((column) =>
          column.figure ? Number(line.row[column.key] ?? 0) : sheet.text(line, column.key),
        ),
      );
      continue;
    }
    const label = line.kind === "subtotal" ? sheet.subtotalLabel(line.townName) : sheet.totalLabel;
    const row = ws.addRow(
      sheet.columns.map((column, index) => (column.figure ? (line.values[column.key] ?? 0) : index === 0 ? label : "")),
    );
    row.font = { bold: true };
  }
  sheet.columns.forEach((column, index) => {
    ws.getColumn(index + 1).width = Math.max(8, Math.min(24, column.header.length * 2 + 2));
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
