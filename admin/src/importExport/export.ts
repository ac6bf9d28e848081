// Exporting a list as the user sees it – its filters, sort and visible columns – with every
// matching row (fetched a page at a time, the largest the API serves), Chinese headers and Chinese enum labels: CSV in
// UTF-8 with a BOM (so Excel and WPS read the Chinese), or XLSX with real numbers and dates.
import Papa from "papaparse";
import type { Permissions } from "../auth/permissions.ts";
import { maxPageSize } from "../dataProvider/limits.ts";
import { selectionOf } from "../dataProvider/selection.ts";
import { deletedOf, toOrderBy, toWhere } from "../dataProvider/where.ts";
import { formatCell } from "@p181/schema/cells";
import { orderColumns, preferencesKey, type ColumnPreferences } from "../grid/preferences.ts";
import type { GraphQLRequester } from "../graphql/request.ts";
import { canSeePersonalData } from "../auth/permissions.ts";
import { contentFields, resourceFor, type AdminField } from "../metadata/fields.ts";
import { loadExcel } from "@p181/schema/sheets";

type Row = Record<string, unknown>;

export interface ListState {
  model: string;
  filter: Record<string, unknown>;
  sort?: { field: string; order: string };
}

/** The grid's visible columns, in its order: what the user set with 列设置 (kept per user and entity). */
export function visibleColumns(
  model: string,
  permissions: Permissions | undefined,
  preferences?: ColumnPreferences,
): AdminField[] {
  const resource = resourceFor(model);
  const fields = contentFields(model).filter((f) => !f.personal || canSeePersonalData(permissions));
  const stored = preferences ?? storedPreferences(model, permissions?.username ?? "anonymous");
  const keys = orderColumns(
    fields.map((f) => f.name),
    stored,
  ).filter((key) => !stored.hidden.includes(key));
  const frozen = ["id", resource.displayField];
  const ordered = [...keys.filter((k) => frozen.includes(k)), ...keys.filter((k) => !frozen.includes(k))];
  return ordered.map((key) => fields.find((f) => f.name === key)!);
}

function storedPreferences(model: string, username: string): ColumnPreferences {
  const empty: ColumnPreferences = { order: [], hidden: [], widths: {} };
  try {
    return {
      ...empty,
      ...(JSON.parse(globalThis.localStorage?.getItem(preferencesKey(username, model)) ?? "null") ?? {}),
    };
  } catch {
    return empty;
  }
}

/** Every row of the list, page by page (sorted by the list's sort, then id, so pages never overlap). */
export async function fetchAllRows(
  requester: GraphQLRequester,
  list: ListState,
  onProgress?: (done: number, total: number) => void,
): Promise<Row[]> {
  const resource = resourceFor(list.model);
  const where = toWhere(list.model, list.filter);
  const orderBy = [
    ...toOrderBy(list.model, list.sort),
    { id: list.sort?.field === "id" && list.sort.order === "DESC" ? "DESC" : "ASC" },
  ];
  const document = `query ($where: ${list.model}Filter, $orderBy: [${list.model}OrderBy!], $skip: Int, $take: Int, $deleted: DeletedFilter) {
    page: ${resource.plural}(where: $where, orderBy: $orderBy, skip: $skip, take: $take, deleted: $deleted) { totalCount items ${selectionOf(list.model)} }
  }`;
  const rows: Row[] = [];
  const take = await maxPageSize(requester);
  for (let total = Infinity; rows.length < total; ) {
    const data = await requester.query<{ page: { totalCount: number; items: Row[] } }>(
      document,
      {
        where: Object.keys(where).length ? where : undefined,
        orderBy,
        skip: rows.length,
        take,
        deleted: deletedOf(list.filter),
      },
      list.model,
    );
    total = data.page.totalCount;
    rows.push(...data.page.items);
    onProgress?.(rows.length, total);
    if (data.page.items.length === 0) break;
  }
  return rows;
}

/** The header of a column: the field's Chinese label. */
export function headerOf(field: AdminField): string {
  return field.label;
}

/** CSV text with a BOM: every value as the list shows it (labels, 是/否, names of references). */
export function toCsv(fields: AdminField[], rows: Row[]): string {
  const data = [fields.map(headerOf), ...rows.map((row) => fields.map((field) => formatCell(field, row)))];
  return `\uFEFF${Papa.unparse(data, { newline: "\r\n" })}\r\n`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell of the XLSX: numbers as numbers, dates as dates (so Excel can sum and sort them), the rest as the list shows it. */
export function xlsxValue(field: AdminField, row: Row): string | number | Date | null {
  const value = row[field.name];
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case "id":
    case "int":
    case "float":
      return Number(value);
    case "decimal": {
      const n = Number(value);
      return Number.isFinite(n) ? n : String(value);
    }
    case "date": {
      const [y, m, d] = String(value).slice(0, 10).split("-").map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    case "datetime": {
      // Excel has no time zones: write the local wall-clock time the list shows.
      const at = new Date(String(value));
      return new Date(
        Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds()),
      );
    }
    default:
      return formatCell(field, row);
  }
}

export async function toXlsx(sheetName: string, fields: AdminField[], rows: Row[]): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "181工程管理平台";
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = fields.map((field) => ({
    header: headerOf(field),
    key: field.name,
    width: Math.min(
      40,
      Math.max(8, headerOf(field).length * 2 + 2, field.kind === "date" ? 12 : field.kind === "datetime" ? 17 : 0),
    ),
    ...(field.kind === "date"
      ? { style: { numFmt: "yyyy-mm-dd" } }
      : field.kind === "datetime"
        ? { style: { numFmt: "yyyy-mm-dd hh:mm" } }
        : {}),
  }));
  for (const row of rows) sheet.addRow(fields.map((field) => xlsxValue(field, row)));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, fields.length) } };
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** "党员-20260125-0930": the entity's label and when. */
export function exportFileName(model: string, extension: "csv" | "xlsx", at = new Date()): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `${resourceFor(model).label}-${stamp}.${extension}`;
}

export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const MIME = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
