// Writing an import: which rows update existing records (natural key), the one bulk
// mutation that writes them all or none, and the server's refusal turned back into the
// file's row numbers and columns.
//
// The API's bulk errors name a field and, for domain rules, record ids – not the position
// of the row in the request. Rows are found back by: GraphQL's own "at data[3].name"; the
// ids of existing records (looked up before writing); new records' ids, which the server
// draws in request order within its one transaction (so one row recognised by the value
// the rule's detail quotes places the others); and the values a conflict names.
import { adminField, resourceFor, type AdminField } from "../metadata/fields.ts";
import type { ApiErrorExtensions } from "../dataProvider/errors.ts";
import { maxPageSize } from "../dataProvider/limits.ts";
import type { GraphQLRequester, RequestError } from "../graphql/request.ts";
import { keyOf, type ImportPlan, type ImportRow, type Problem } from "./plan.ts";

const CHUNK = 100;
const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** What the file's rows find in the database: ids of existing records by row number, and rows that would change nothing. */
export interface Existing {
  ids: Map<number, number>;
  unchanged: Set<number>;
}

/** The same value as the API returns it: numbers as numbers, decimals whatever their trailing zeros ("60" and "60.00"). */
function same(a: unknown, b: unknown): boolean {
  if ((a ?? null) === null || (b ?? null) === null) return (a ?? null) === (b ?? null);
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  const decimal = /^-?\d+\.\d*$|^-?\d+$/;
  if (
    typeof a === "string" &&
    typeof b === "string" &&
    decimal.test(a) &&
    decimal.test(b) &&
    (a.includes(".") || b.includes("."))
  )
    return Number(a) === Number(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The existing records (deleted ones included: an upsert restores them) of rows with a
 * known key, and which of those rows hold exactly what the record holds – those are left
 * out of the write, so importing a file twice changes nothing the second time.
 */
export async function findExisting(requester: GraphQLRequester, plan: ImportPlan): Promise<Existing> {
  const existing: Existing = { ids: new Map(), unchanged: new Set() };
  if (!plan.key) return existing;
  const key = plan.key;
  const resource = resourceFor(plan.model);
  const rows = plan.rows.filter((row) => key.every((f) => row.values[f] !== undefined && row.values[f] !== null));
  const fields = [
    ...new Set([
      ...key,
      ...plan.rows.flatMap((row) => [...Object.keys(row.values), ...row.lookups.map((l) => l.field.name)]),
    ]),
  ];
  const byKey = new Map<string, Record<string, unknown>>();
  // Each chunk's rows match at most one record each: a chunk fits in one page.
  const chunkSize = Math.min(CHUNK, await maxPageSize(requester));
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const where = { OR: chunk.map((row) => ({ AND: key.map((f) => ({ [f]: { equals: row.values[f] } })) })) };
    const data = await requester.query<{ page: { items: Record<string, unknown>[] } }>(
      `query ($where: ${plan.model}Filter, $take: Int) { page: ${resource.plural}(where: $where, take: $take, deleted: ALL) { items { id deletedAt ${fields.join(" ")} } } }`,
      { where, take: chunk.length },
      plan.model,
    );
    for (const item of data.page.items) byKey.set(keyOf(item, key), item);
  }
  for (const row of rows) {
    const record = byKey.get(keyOf(row.values, key));
    if (!record) continue;
    existing.ids.set(row.number, Number(record.id));
    if (!record.deletedAt && Object.entries(row.values).every(([field, value]) => same(value, record[field])))
      existing.unchanged.add(row.number);
  }
  return existing;
}

export interface ImportResult {
  count: number;
  ids: number[];
}

/** The rows to write: all but those that would change nothing. */
export function rowsToWrite(plan: ImportPlan, existing: Existing): ImportRow[] {
  return plan.rows.filter((row) => !existing.unchanged.has(row.number));
}

/** The rows in one `upsertMany…` or `createMany…`: every row written, or none. */
export async function writeRows(
  requester: GraphQLRequester,
  plan: ImportPlan,
  rows: ImportRow[],
): Promise<ImportResult> {
  const resource = resourceFor(plan.model);
  const verb = plan.mode === "upsert" ? "upsertMany" : "createMany";
  const data = await requester.mutate<{ r: ImportResult }>(
    `mutation ($data: [${plan.model}CreateInput!]!) { r: ${verb}${upper(resource.plural)}(data: $data) { count ids } }`,
    { data: rows.map((row) => row.values) },
    plan.model,
  );
  return data.r;
}

interface Violation {
  entity: string;
  recordId: number;
  field: string;
  label: string;
  message: string;
  detail: string;
}

function columnOf(model: string, field: string, fields: Map<string, AdminField>): string {
  return fields.get(field)?.label ?? adminField(model, field)?.label ?? field;
}

function shown(value: unknown): string {
  return value === null || value === undefined ? "" : Array.isArray(value) ? value.join(" ") : String(value);
}

/**
 * Which row created each new record: ids of new rows are consecutive in request order, so
 * one row recognised by the values quoted in a violation's detail places all of them.
 */
export function placeNewRecords(newRows: ImportRow[], violations: Violation[]): Map<number, ImportRow> {
  const placed = new Map<number, ImportRow>();
  const ids = [...new Set(violations.map((v) => v.recordId))].sort((a, b) => a - b);
  if (ids.length === 0 || newRows.length === 0) return placed;
  let first: number | undefined;
  if (newRows.length === 1 || ids.length === newRows.length) first = ids[0]!;
  for (const v of violations) {
    if (first !== undefined) break;
    const tokens = new Set(v.detail.split(/[\s,;，；()（）<>=]+/).filter(Boolean));
    const candidates = newRows
      .map((row, k) => ({ row, k }))
      .filter(({ row }) => {
        const value = shown(row.values[v.field]);
        return value !== "" && value.split(/\s+/).every((part) => tokens.has(part));
      });
    if (candidates.length === 1) first = v.recordId - candidates[0]!.k;
  }
  if (first === undefined) return placed;
  for (const id of ids) {
    const row = newRows[id - first];
    if (row) placed.set(id, row);
  }
  return placed;
}

/** The server's refusal as problems of the file's rows and columns (or of the whole file when no row can be named). */
export function problemsFromError(
  error: RequestError,
  plan: ImportPlan,
  sent: ImportRow[],
  existing: Map<number, number>,
  fields: AdminField[],
): Problem[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const problems: Problem[] = [];
  const raw = error.rawErrors?.length
    ? error.rawErrors
    : [{ message: error.message, extensions: (error.body ?? {}) as ApiErrorExtensions }];
  const rowOfRecord = new Map<number, ImportRow>();
  for (const row of sent) {
    const id = existing.get(row.number);
    if (id !== undefined) rowOfRecord.set(id, row);
  }
  const newRows = sent.filter((row) => !existing.has(row.number));

  raw.forEach(({ message, extensions }, index) => {
    const text = error.body?.errors?.[index]?.message ?? message;
    const code = String(extensions.code ?? "");
    // GraphQL's check of the variables: 'Variable "$data" got invalid value … at "data[3].population"; …'.
    const at = /at "data\[(\d+)\](?:\.(\w+))?"/.exec(message);
    if (at) {
      const row = sent[Number(at[1])];
      const missing = /Field "(\w+)" of required type/.exec(message)?.[1];
      const field = at[2] ?? missing ?? extensions.field;
      problems.push({
        row: row?.number,
        column: field ? columnOf(plan.model, field, byName) : undefined,
        field,
        message: missing ? { key: "parse.required" } : { text: message.replace(/^.*?;\s*/, "") },
      });
      return;
    }
    if (code === "RULE_VIOLATION" && Array.isArray(extensions.violations)) {
      const violations = extensions.violations as Violation[];
      const own = violations.filter((v) => v.entity === plan.model && !rowOfRecord.has(v.recordId));
      const placed = placeNewRecords(newRows, own);
      for (const v of violations) {
        const row =
          v.entity === plan.model
            ? (rowOfRecord.get(v.recordId) ?? placed.get(v.recordId))
            : // A rule of another record (the team a membership joins): the rows pointing at it.
              undefined;
        const pointing =
          v.entity === plan.model
            ? []
            : sent.filter((r) => fields.some((f) => f.target === v.entity && r.values[f.name] === v.recordId));
        const ruleText = { text: `${v.label}（${v.detail}）` };
        if (row)
          problems.push({
            row: row.number,
            column: columnOf(v.entity, v.field, byName),
            field: v.field,
            message: ruleText,
          });
        else if (pointing.length > 0) {
          for (const r of pointing)
            problems.push({
              row: r.number,
              column: `${resourceFor(v.entity).label} #${v.recordId}`,
              message: ruleText,
            });
        } else
          problems.push({ column: `${resourceFor(v.entity)?.label ?? v.entity} #${v.recordId}`, message: ruleText });
      }
      return;
    }
    if (code === "CONFLICT" && Array.isArray(extensions.fields) && extensions.fields.length > 0) {
      const conflictFields = extensions.fields as string[];
      const column = conflictFields.map((f) => columnOf(plan.model, f, byName)).join(" + ");
      // Rows of the file sharing those values with each other; else every row is a suspect only the server can name.
      const seen = new Map<string, ImportRow>();
      const rows: ImportRow[] = [];
      for (const row of sent) {
        if (conflictFields.some((f) => row.values[f] === undefined || row.values[f] === null)) continue;
        const value = keyOf(row.values, conflictFields);
        const earlier = seen.get(value);
        if (earlier) rows.push(row);
        else seen.set(value, row);
      }
      if (rows.length > 0)
        for (const row of rows)
          problems.push({
            row: row.number,
            column,
            message: { key: "problem.duplicate_in_file", args: { key: column } },
          });
      else problems.push({ column, message: { key: "problem.conflict", args: { key: column } } });
      return;
    }
    if (code === "BAD_USER_INPUT" && extensions.entity === plan.model && typeof extensions.field === "string") {
      const field = extensions.field as string;
      const column = columnOf(plan.model, field, byName);
      const required = /必填|required/.test(String(extensions.rule ?? message));
      const rows = sent.filter((row) =>
        required ? row.values[field] === undefined || row.values[field] === null : row.values[field] !== undefined,
      );
      const detail = { text: String(extensions.rule ?? text) };
      if (rows.length > 0 && rows.length < sent.length)
        for (const row of rows) problems.push({ row: row.number, column, field, message: detail });
      else problems.push({ column, field, message: { text } });
      return;
    }
    const recordId = typeof extensions.recordId === "number" ? extensions.recordId : undefined;
    const row = recordId !== undefined && extensions.entity === plan.model ? rowOfRecord.get(recordId) : undefined;
    problems.push({ row: row?.number, message: { text } });
  });
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
