// The React-Admin data provider on urql: one generic implementation for every entity,
// named after the API's conventions (partyMember / partyMembers / createPartyMember /
// updateManyPartyMembers…). Resources are model names ("PartyMember").
//
// Beyond React-Admin's methods it offers restore/restoreMany (soft-deleted rows),
// history (audit entries) and saveRows (every write of the grid: many rows in one request).
//
// Updates and deletes send the `updatedAt` of the record they started from
// (`previousData`) as expectedUpdatedAt, so that a record someone else changed meanwhile is
// refused (STALE, see stale.ts) instead of overwritten; `meta.expectedUpdatedAt` overrides
// it (a deliberate overwrite names the version it overwrites).
import type { Client, CombinedError, OperationResult } from "@urql/core";
import type { DataProvider, GetListParams, Identifier, RaRecord } from "ra-core";
import { requesterFor } from "../graphql/request.ts";
import { resourceFor } from "../metadata/fields.ts";
import { createGraphQLClient, type ClientOptions } from "./client.ts";
import { toHttpError } from "./errors.ts";
import { apiLimits, type ApiLimits } from "./limits.ts";
import { selectionOf } from "./selection.ts";
import { toInput } from "./values.ts";
import { deletedOf, toOrderBy, toWhere, type Where } from "./where.ts";

type Values = Record<string, unknown>;

/**
 * React-Admin's DataProvider methods are generic over the caller's record type, which one
 * provider for every entity cannot know; the API's schema checks the records themselves.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
type ProviderRecord = any;

/** Page sizes the admin offers, as far as the API's largest page (`apiLimits`) allows. */
export const PAGE_SIZE_CHOICES = [25, 50, 100, 200, 500];

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
  /** The version to overwrite; default previousData.updatedAt. */
  expectedUpdatedAt?: string | null;
}

/** A row to delete only if it is still at the version given (the grid's undo of a paste's new rows). */
export interface RowVersion {
  id: Identifier;
  updatedAt: string | null;
}

export interface SaveRowsResult {
  /** The changed rows, then the new ones. */
  ids: number[];
  /** With `deletes`: the rows deleted (those still at their version). */
  deleted?: number[];
}

export interface AppDataProvider extends DataProvider {
  restore(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
  restoreMany(resource: string, params: { ids: Identifier[] }): Promise<{ data: Identifier[] }>;
  history(resource: string, params: { id: Identifier }): Promise<{ data: AuditEntry[] }>;
  /** Updates and appends rows (every write of the grid) in one all-or-nothing mutation. */
  saveRows(resource: string, params: SaveRowsParams): Promise<SaveRowsResult>;
  /** The API's limits (its largest page), asked once per session (limits.ts). */
  apiLimits(): Promise<ApiLimits>;
}

const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function names(model: string) {
  const resource = resourceFor(model);
  return {
    resource,
    one: resource.single,
    many: resource.plural,
    One: upper(resource.single),
    Many: upper(resource.plural),
  };
}

function unwrap<T>(result: OperationResult, model?: string): T {
  if (result.error) throw toHttpError(result.error, model);
  return result.data as T;
}

function ids(values: Identifier[]): number[] {
  return values.map((id) => Number(id));
}

/** The version a write expects: an explicit one, else that of the record it started from. */
function expectedVersion(previousData: Values | undefined, explicit?: string | null): string | null {
  if (explicit !== undefined) return explicit;
  return typeof previousData?.updatedAt === "string" ? previousData.updatedAt : null;
}

export function createDataProvider(options: ClientOptions | { client: Client }): AppDataProvider {
  const client = "client" in options ? options.client : createGraphQLClient(options);
  const query = async <T>(document: string, variables: Values = {}, model?: string) =>
    unwrap<T>(await client.query(document, variables).toPromise(), model);
  const mutate = async <T>(document: string, variables: Values = {}, model?: string) =>
    unwrap<T>(await client.mutation(document, variables).toPromise(), model);
  /** Asked through the client's requester, as the feature modules ask: once per session. */
  const limits = () => apiLimits(requesterFor(client));

  async function list(model: string, params: Pick<GetListParams, "pagination" | "sort" | "filter">, extra: Where = {}) {
    const { many, resource } = names(model);
    const page = params.pagination?.page ?? 1;
    const perPage = Math.min(params.pagination?.perPage ?? 25, (await limits()).maxPageSize);
    const conditions = [toWhere(model, params.filter), extra].filter((w) => Object.keys(w).length > 0);
    const where = conditions.length === 1 ? conditions[0] : conditions.length ? { AND: conditions } : undefined;
    const document = `query ($where: ${resource.model}Filter, $orderBy: [${resource.model}OrderBy!], $skip: Int, $take: Int, $deleted: DeletedFilter) {
      page: ${many}(where: $where, orderBy: $orderBy, skip: $skip, take: $take, deleted: $deleted) { totalCount items ${selectionOf(model)} }
    }`;
    const data = await query<{ page: { items: RaRecord[]; totalCount: number } }>(document, {
      where,
      orderBy: toOrderBy(model, params.sort),
      skip: (page - 1) * perPage,
      take: perPage,
      deleted: deletedOf(params.filter),
    });
    return { data: data.page.items as ProviderRecord[], total: data.page.totalCount };
  }

  async function bulk(
    model: string,
    verb: "updateMany" | "deleteMany" | "restoreMany",
    list: Identifier[],
    data?: Values,
  ) {
    const { Many, resource } = names(model);
    const dataArg = data ? `, data: $data` : "";
    const dataVar = data ? `, $data: ${resource.model}UpdateInput!` : "";
    const result = await mutate<{ result: { ids: Identifier[] } }>(
      `mutation ($where: ${resource.model}Filter!${dataVar}) { result: ${verb}${Many}(where: $where${dataArg}) { count ids } }`,
      {
        where: { id: { in: ids(list) } },
        ...(data ? { data } : {}),
      },
      model,
    );
    return { data: result.result.ids };
  }

  /** One record written by `<verb><Model>`; `args` maps argument names to their GraphQL types. */
  async function single(
    model: string,
    verb: "create" | "update" | "delete" | "restore",
    args: Record<string, string>,
    variables: Values,
  ) {
    const { One } = names(model);
    const declarations = Object.entries(args).map(([name, type]) => `$${name}: ${type}`);
    const passed = Object.keys(args).map((name) => `${name}: $${name}`);
    const result = await mutate<{ record: RaRecord }>(
      `mutation (${declarations.join(", ")}) { record: ${verb}${One}(${passed.join(", ")}) ${selectionOf(model)} }`,
      variables,
      model,
    );
    return { data: result.record as ProviderRecord };
  }

  return {
    getList: (model, params) => list(model, params),

    async getOne(model, { id }) {
      const { one } = names(model);
      const data = await query<{ record: RaRecord | null }>(
        `query ($id: Int!) { record: ${one}(id: $id, deleted: ALL) ${selectionOf(model)} }`,
        {
          id: Number(id),
        },
      );
      if (!data.record)
        throw toHttpError({
          graphQLErrors: [
            {
              message: `${resourceFor(model).label} ${id} 不存在或不在您的管理范围内 / not found`,
              extensions: { code: "NOT_FOUND" },
            },
          ],
        } as unknown as CombinedError);
      return { data: data.record as ProviderRecord };
    },

    async getMany(model, { ids: wanted }) {
      if (wanted.length === 0) return { data: [] };
      const { many, resource } = names(model);
      const { maxPageSize } = await limits();
      const found: ProviderRecord[] = [];
      for (let i = 0; i < wanted.length; i += maxPageSize) {
        const chunk = ids(wanted.slice(i, i + maxPageSize));
        const data = await query<{ page: { items: ProviderRecord[] } }>(
          `query ($where: ${resource.model}Filter, $take: Int) { page: ${many}(where: $where, take: $take, deleted: ALL) { items ${selectionOf(model)} } }`,
          { where: { id: { in: chunk } }, take: chunk.length },
        );
        found.push(...data.page.items);
      }
      return { data: found };
    },

    getManyReference: (model, { target, id, ...params }) => list(model, params, { [target]: { equals: Number(id) } }),

    create: (model, { data }) =>
      single(model, "create", { data: `${model}CreateInput!` }, { data: toInput(model, data) }),

    async update(model, { id, data, previousData, meta }) {
      const input = toInput(model, data, previousData);
      if (Object.keys(input).length === 0) return { data: { ...previousData, ...data, id } as ProviderRecord };
      return single(
        model,
        "update",
        { id: "Int!", data: `${model}UpdateInput!`, expectedUpdatedAt: "DateTime" },
        { id: Number(id), data: input, expectedUpdatedAt: expectedVersion(previousData, meta?.expectedUpdatedAt) },
      );
    },

    updateMany: (model, { ids: list, data }) => bulk(model, "updateMany", list, toInput(model, data)),
    delete: (model, { id, previousData, meta }) =>
      single(
        model,
        "delete",
        { id: "Int!", expectedUpdatedAt: "DateTime" },
        { id: Number(id), expectedUpdatedAt: expectedVersion(previousData, meta?.expectedUpdatedAt) },
      ),
    deleteMany: (model, { ids: list }) => bulk(model, "deleteMany", list),
    restore: (model, { id }) => single(model, "restore", { id: "Int!" }, { id: Number(id) }),
    restoreMany: (model, { ids: list }) => bulk(model, "restoreMany", list),

    apiLimits: limits,

    async history(model, { id }) {
      const data = await query<{ history: AuditEntry[] }>(
        `query ($entity: String!, $id: Int!) { history(entity: $entity, recordId: $id) { id at action before after user { displayName } } }`,
        {
          entity: model,
          id: Number(id),
        },
      );
      return { data: data.history };
    },

    saveRows: (model, params) => saveRows(model, params, mutate),
  };
}

type Mutate = <T>(document: string, variables?: Values, model?: string) => Promise<T>;

export interface SaveRowsParams {
  updates: RowUpdate[];
  creates: Values[];
  deletes?: RowVersion[];
}

/**
 * Every write of the grid: changes to existing rows (each with the version it was read at)
 * and new rows in one `saveRows…` mutation, all or nothing. An error's `row` counts the changes
 * first, then the new rows. `deletes` (undoing a paste's new rows) go in the same request, as
 * `deleteMany…` of the rows still at their version; the API runs each mutation field on its
 * own, so if the saveRows part is refused the deletes still happen (undoing again after
 * reloading or overwriting finds nothing more to delete).
 */
async function saveRows(
  model: string,
  { updates, creates, deletes = [] }: SaveRowsParams,
  mutate: Mutate,
): Promise<SaveRowsResult> {
  const { Many } = names(model);
  const changed = updates
    .map((u) => ({
      id: Number(u.id),
      data: toInput(model, { ...u.previousData, ...u.data }, u.previousData),
      expectedUpdatedAt: expectedVersion(u.previousData, u.expectedUpdatedAt),
    }))
    .filter((row) => Object.keys(row.data).length > 0);
  const created = creates.map((row) => toInput(model, row));
  if (changed.length === 0 && created.length === 0 && deletes.length === 0) return { ids: [] };
  const remove = deletes.length > 0;
  const result = await mutate<{ r: { ids: number[] }; d?: { ids: number[] } }>(
    `mutation ($update: [${model}RowUpdate!]!, $create: [${model}CreateInput!]!${remove ? `, $deleted: ${model}Filter!` : ""}) {
      r: saveRows${Many}(update: $update, create: $create) { ids }${remove ? ` d: deleteMany${Many}(where: $deleted) { ids }` : ""}
    }`,
    {
      update: changed,
      create: created,
      ...(remove
        ? {
            deleted: {
              OR: deletes.map(({ id, updatedAt }) => ({
                id: { equals: Number(id) },
                ...(updatedAt ? { updatedAt: { equals: updatedAt } } : {}),
              })),
            },
          }
        : {}),
    },
    model,
  );
  return { ids: result.r.ids, ...(remove ? { deleted: result.d?.ids ?? [] } : {}) };
}
