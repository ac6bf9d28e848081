// The React-Admin data provider on urql: one generic implementation for every entity,
// named after the API's conventions (partyMember / partyMembers / createPartyMember /
// updateManyPartyMembers…). Resources are model names ("PartyMember").
//
// Beyond React-Admin's methods it offers restore/restoreMany (soft-deleted rows),
// history (audit entries) and saveRows (the grid's paste: many rows in one request).
import type { Client, OperationResult } from "@urql/core";
import type { DataProvider, GetListParams, Identifier, RaRecord } from "ra-core";
import { resourceFor, writableFields } from "../metadata/fields.ts";
import { createGraphQLClient, type ClientOptions } from "./client.ts";
import { toHttpError, type ApiErrorBody } from "./errors.ts";
import { selectionOf } from "./selection.ts";
import { toInput } from "./values.ts";
import { deletedOf, toOrderBy, toWhere, type Where } from "./where.ts";

type Values = Record<string, unknown>;

/** The API's largest page (`take`). */
export const MAX_PAGE_SIZE = 500;

export interface AuditEntry {
  id: number;
  at: string;
  action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE";
  user: { displayName: string } | null;
  before: Values | null;
  after: Values | null;
}

export interface RowUpdate {
  id: Identifier;
  /** The changed fields only. */
  data: Values;
  previousData: Values;
}

export interface SaveRowsResult {
  ids: number[];
  /** True when everything went in one all-or-nothing mutation. */
  atomic: boolean;
}

export interface AppDataProvider extends DataProvider {
  restore(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
  restoreMany(resource: string, params: { ids: Identifier[] }): Promise<{ data: Identifier[] }>;
  history(resource: string, params: { id: Identifier }): Promise<{ data: AuditEntry[] }>;
  /** Updates and appends rows (the grid's paste) in as few mutations as the API allows. */
  saveRows(resource: string, params: { updates: RowUpdate[]; creates: Values[] }): Promise<SaveRowsResult>;
}

const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function names(model: string) {
  const resource = resourceFor(model);
  return { resource, one: resource.single, many: resource.plural, One: upper(resource.single), Many: upper(resource.plural) };
}

function unwrap<T = any>(result: OperationResult, model?: string): T {
  if (result.error) throw toHttpError(result.error, model);
  return result.data as T;
}

function ids(values: Identifier[]): number[] {
  return values.map((id) => Number(id));
}

export function createDataProvider(options: ClientOptions | { client: Client }): AppDataProvider {
  const client = "client" in options ? options.client : createGraphQLClient(options);
  const query = async <T = any>(document: string, variables: Values = {}, model?: string) =>
    unwrap<T>(await client.query(document, variables).toPromise(), model);
  const mutate = async <T = any>(document: string, variables: Values = {}, model?: string) =>
    unwrap<T>(await client.mutation(document, variables).toPromise(), model);

  async function list(model: string, params: Pick<GetListParams, "pagination" | "sort" | "filter">, extra: Where = {}) {
    const { many, resource } = names(model);
    const page = params.pagination?.page ?? 1;
    const perPage = Math.min(params.pagination?.perPage ?? 25, MAX_PAGE_SIZE);
    const conditions = [toWhere(model, params.filter), extra].filter((w) => Object.keys(w).length > 0);
    const where = conditions.length === 1 ? conditions[0] : conditions.length ? { AND: conditions } : undefined;
    const document = `query ($where: ${resource.model}Filter, $orderBy: [${resource.model}OrderBy!], $skip: Int, $take: Int, $deleted: DeletedFilter) {
      page: ${many}(where: $where, orderBy: $orderBy, skip: $skip, take: $take, deleted: $deleted) { totalCount items ${selectionOf(model)} }
    }`;
    const data = await query(document, {
      where,
      orderBy: toOrderBy(model, params.sort),
      skip: (page - 1) * perPage,
      take: perPage,
      deleted: deletedOf(params.filter),
    });
    return { data: data.page.items as any[], total: data.page.totalCount as number };
  }

  async function bulk(model: string, verb: "updateMany" | "deleteMany" | "restoreMany", list: Identifier[], data?: Values) {
    const { Many, resource } = names(model);
    const dataArg = data ? `, data: $data` : "";
    const dataVar = data ? `, $data: ${resource.model}UpdateInput!` : "";
    const result = await mutate(`mutation ($where: ${resource.model}Filter!${dataVar}) { result: ${verb}${Many}(where: $where${dataArg}) { count ids } }`, {
      where: { id: { in: ids(list) } },
      ...(data ? { data } : {}),
    }, model);
    return { data: result.result.ids as Identifier[] };
  }

  /** One record written by `<verb><Model>`; `args` maps argument names to their GraphQL types. */
  async function single(model: string, verb: "create" | "update" | "delete" | "restore", args: Record<string, string>, variables: Values) {
    const { One } = names(model);
    const declarations = Object.entries(args).map(([name, type]) => `$${name}: ${type}`);
    const passed = Object.keys(args).map((name) => `${name}: $${name}`);
    const result = await mutate(`mutation (${declarations.join(", ")}) { record: ${verb}${One}(${passed.join(", ")}) ${selectionOf(model)} }`, variables, model);
    return { data: result.record as any };
  }

  return {
    getList: (model, params) => list(model, params),

    async getOne(model, { id }) {
      const { one } = names(model);
      const data = await query(`query ($id: Int!) { record: ${one}(id: $id, deleted: ALL) ${selectionOf(model)} }`, { id: Number(id) });
      if (!data.record) throw toHttpError({ graphQLErrors: [{ message: `${resourceFor(model).label} ${id} 不存在或不在您的管理范围内 / not found`, extensions: { code: "NOT_FOUND" } }] } as any);
      return { data: data.record };
    },

    async getMany(model, { ids: wanted }) {
      if (wanted.length === 0) return { data: [] };
      const { many, resource } = names(model);
      const data = await query(`query ($where: ${resource.model}Filter, $take: Int) { page: ${many}(where: $where, take: $take, deleted: ALL) { items ${selectionOf(model)} } }`, {
        where: { id: { in: ids(wanted) } },
        take: Math.min(wanted.length, MAX_PAGE_SIZE),
      });
      return { data: data.page.items };
    },

    getManyReference: (model, { target, id, ...params }) => list(model, params, { [target]: { equals: Number(id) } }),

    create: (model, { data }) => single(model, "create", { data: `${model}CreateInput!` }, { data: toInput(model, data) }),

    async update(model, { id, data, previousData }) {
      const input = toInput(model, data, previousData);
      if (Object.keys(input).length === 0) return { data: { ...previousData, ...data, id } as any };
      return single(model, "update", { id: "Int!", data: `${model}UpdateInput!` }, { id: Number(id), data: input });
    },

    updateMany: (model, { ids: list, data }) => bulk(model, "updateMany", list, toInput(model, data)),
    delete: (model, { id }) => single(model, "delete", { id: "Int!" }, { id: Number(id) }) as any,
    deleteMany: (model, { ids: list }) => bulk(model, "deleteMany", list),
    restore: (model, { id }) => single(model, "restore", { id: "Int!" }, { id: Number(id) }),
    restoreMany: (model, { ids: list }) => bulk(model, "restoreMany", list),

    async history(model, { id }) {
      const data = await query(`query ($entity: String!, $id: Int!) { history(entity: $entity, recordId: $id) { id at action before after user { displayName } } }`, {
        entity: model,
        id: Number(id),
      });
      return { data: data.history };
    },

    saveRows: (model, params) => saveRows(model, params, mutate),
  };
}

type Mutate = <T = any>(document: string, variables?: Values, model?: string) => Promise<T>;

/**
 * The grid's paste, all-or-nothing where the API allows it:
 * - only new rows: one `createMany…`;
 * - changes to existing rows of an entity with a natural key the paste leaves alone (and
 *   new rows that carry the key): one `upsertMany…` with the key and required values of
 *   each row plus its changes;
 * - the same change on every row: one `updateMany…` (plus `createMany…` for new rows);
 * - otherwise one request with an aliased `update…` per row, which the API runs as separate
 *   transactions (it has no "update these rows with different values" mutation yet).
 */
async function saveRows(model: string, { updates, creates }: { updates: RowUpdate[]; creates: Values[] }, mutate: Mutate): Promise<SaveRowsResult> {
  const { resource, Many, One } = names(model);
  const createInputs = creates.map((row) => toInput(model, row));
  const changes = updates.map((u) => ({ id: Number(u.id), input: toInput(model, { ...u.previousData, ...u.data }, u.previousData), previous: u.previousData }));
  const changed = changes.filter((c) => Object.keys(c.input).length > 0);
  const createMany = async () =>
    createInputs.length === 0
      ? []
      : (await mutate(`mutation ($data: [${model}CreateInput!]!) { r: createMany${Many}(data: $data) { ids } }`, { data: createInputs }, model)).r.ids;

  if (changed.length === 0) return { ids: await createMany(), atomic: true };

  const key = resource.naturalKey;
  const keyed = (values: Values) => key !== null && key.every((f) => values[f] !== null && values[f] !== undefined && values[f] !== "");
  const keyUntouched = key !== null && changed.every((c) => key.every((f) => !(f in c.input)));
  if (key && keyUntouched && changed.every((c) => keyed(c.previous)) && createInputs.every(keyed)) {
    const required = writableFields(model).filter((f) => f.required || key.includes(f.name));
    const rows = changed.map((c) => ({ ...toInput(model, Object.fromEntries(required.map((f) => [f.name, c.previous[f.name]]))), ...c.input }));
    const result = await mutate(`mutation ($data: [${model}CreateInput!]!) { r: upsertMany${Many}(data: $data) { ids } }`, { data: [...rows, ...createInputs] }, model);
    return { ids: result.r.ids, atomic: true };
  }

  const first = JSON.stringify(changed[0]!.input);
  if (changed.every((c) => JSON.stringify(c.input) === first) && createInputs.length === 0) {
    const result = await mutate(`mutation ($where: ${model}Filter!, $data: ${model}UpdateInput!) { r: updateMany${Many}(where: $where, data: $data) { ids } }`, {
      where: { id: { in: changed.map((c) => c.id) } },
      data: changed[0]!.input,
    }, model);
    return { ids: result.r.ids, atomic: true };
  }

  const variables: Values = {};
  const fields = changed.map((c, i) => {
    variables[`d${i}`] = c.input;
    return `u${i}: update${One}(id: ${c.id}, data: $d${i}) { id }`;
  });
  const declarations = changed.map((_, i) => `$d${i}: ${model}UpdateInput!`);
  if (createInputs.length > 0) {
    variables.creates = createInputs;
    declarations.push(`$creates: [${model}CreateInput!]!`);
    fields.push(`c: createMany${Many}(data: $creates) { ids }`);
  }
  try {
    const result = await mutate(`mutation (${declarations.join(", ")}) { ${fields.join(" ")} }`, variables, model);
    return { ids: [...changed.map((c) => c.id), ...(result.c?.ids ?? [])], atomic: false };
  } catch (error) {
    // Name the row: the failing field's alias says which update it was.
    const body = (error as { body?: ApiErrorBody }).body;
    const alias = /^u(\d+)$/.exec(String(body?.path?.[0] ?? ""));
    if (body && alias) body.recordId = changed[Number(alias[1])]?.id;
    throw error;
  }
}
