// Prisma's known request errors as clear client errors, in one place: the CRUD layer may call
// `toClientError` itself, and `usePrismaErrors` maps whatever a resolver let through. Prisma's
// own messages name files, constraints and SQL, and never reach clients (yoga masks them).
// Values PostgreSQL cannot store (a number over its column's precision, a text too long for an
// index) are the client's input too: BAD_USER_INPUT, never a masked internal error.
import { GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import { SQLSTATE } from "@p181/db/security";
import { isDatabaseUnavailable, isWriteConflict, unavailableError, writeConflictError } from "../database/failures.ts";

export type ClientErrorCode = "CONFLICT" | "REFERENCE" | "NOT_FOUND" | "FORBIDDEN" | "BAD_USER_INPUT" | "TIMEOUT";

interface KnownRequestError {
  name: "PrismaClientKnownRequestError";
  code: string;
  meta?: Record<string, unknown>;
}

export function isKnownRequestError(error: unknown): error is KnownRequestError {
  return (
    error instanceof Error &&
    error.name === "PrismaClientKnownRequestError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** What the driver adapter says about a constraint violation (the parts read here). */
interface DriverAdapterCause {
  table?: string;
  constraint?: { fields?: string[]; index?: string };
}

/**
 * The constraint behind the error. With driver adapters (our case) Prisma reports the
 * database's constraint (`Zone_townId_fkey`) in `meta.driverAdapterError.cause.constraint`
 * instead of `meta.target` / `meta.field_name`; both shapes are read.
 */
function constraintOf(meta: Record<string, unknown>): { table?: string; fields: string[] } {
  const cause = (meta.driverAdapterError as { cause?: DriverAdapterCause } | undefined)?.cause;
  const constraint = cause?.constraint;
  if (constraint?.fields?.length) return { table: cause?.table, fields: constraint.fields };
  if (Array.isArray(meta.target)) return { fields: meta.target.map(String) };
  const name = constraint?.index ?? (typeof meta.target === "string" ? meta.target : undefined) ?? fieldName(meta);
  if (!name) return { fields: [] };
  // Prisma's default names: <Table>_<field>_<field>_key / _fkey / _idx (fields are camelCase).
  const match = /^([A-Za-z0-9]+)_(.+?)_(key|fkey|idx|pkey)$/.exec(name);
  if (match) return { table: match[1], fields: match[2]!.split("_") };
  return { fields: [name] };
}

/** `meta.field_name` of the classic engine: "Zone_townId_fkey (index)" or "townId". */
function fieldName(meta: Record<string, unknown>): string | undefined {
  return typeof meta.field_name === "string" ? meta.field_name.replace(/\s*\(index\)$/, "") : undefined;
}

/** PostgreSQL errors (SQLSTATE) about a value the client sent, and what to tell them. */
const VALUE_ERRORS: Record<string, string> = {
  "22003": "数值超出字段范围 / A number is too large for its field.",
  "22001": "文本超出字段长度 / A text is too long for its field.",
  // program_limit_exceeded: an index entry is limited to about 2,700 bytes.
  "54000": "文本过长，无法存入带索引的字段 / A text is too long for an indexed field (at most about 2,700 bytes).",
  "22021": "文本含有无法存储的字符 / A text holds a character that cannot be stored.",
  "22P05": "文本含有无法存储的字符 / A text holds a character that cannot be stored.",
};
const PRISMA_VALUE_ERRORS: Record<string, string> = { P2020: "22003", P2000: "22001" };

function valueError(error: unknown): GraphQLError | null {
  const code =
    databaseCause(error)?.originalCode ?? (isKnownRequestError(error) ? PRISMA_VALUE_ERRORS[error.code] : undefined);
  const message = code ? VALUE_ERRORS[code] : undefined;
  if (!message) return null;
  const model =
    isKnownRequestError(error) && typeof error.meta?.modelName === "string" ? error.meta.modelName : undefined;
  return clientError(message, "BAD_USER_INPUT", { model });
}

function clientError(message: string, code: ClientErrorCode, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

interface DatabaseCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  message?: string;
  originalMessage?: string;
  column?: string;
}

/** The PostgreSQL error behind a driver adapter error, thrown bare or inside a Prisma error. */
function databaseCause(error: unknown): DatabaseCause | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === "DriverAdapterError") return (error as { cause?: DatabaseCause }).cause;
  if (isKnownRequestError(error))
    return (error.meta?.driverAdapterError as { cause?: DatabaseCause } | undefined)?.cause;
  return undefined;
}

/**
 * What PostgreSQL itself refused: a zone of another town (P1810) or a reference to a row the
 * writer cannot see (P1811), both raised by the generated triggers; a row that would land
 * outside the writer's area (row-level security, 42501); a statement over its time (57014).
 */
function fromDatabase(cause: DatabaseCause): GraphQLError | null {
  const code = cause.originalCode ?? cause.code;
  const message = cause.originalMessage ?? cause.message ?? "";
  const field = cause.column;
  switch (code) {
    case SQLSTATE.zoneOfAnotherTown:
      return clientError(message, "BAD_USER_INPUT", { field, rule: "zone-in-town" });
    case SQLSTATE.unreachableReference:
      return clientError(message, "REFERENCE", { field });
    case "42501": {
      const table = /row-level security policy for table "([^"]+)"/.exec(message)?.[1];
      return table
        ? clientError(
            `该记录不在您的管理范围内 / The ${table} record would lie outside the area you may change.`,
            "FORBIDDEN",
            { model: table },
          )
        : clientError("您的角色不能读取或修改这些数据 / Your role may not read or change this data.", "FORBIDDEN", {});
    }
    case "57014":
      return clientError("查询超时，请缩小范围 / The query took too long; narrow it down.", "TIMEOUT", {});
    default:
      return null;
  }
}

/**
 * A client-facing error for a Prisma unique (P2002), foreign-key (P2003) or not-found (P2025)
 * error, a database refusal, a value PostgreSQL cannot store, a lost write race or an
 * unavailable database; null for anything else.
 */
export function toClientError(error: unknown): GraphQLError | null {
  if (isWriteConflict(error)) return writeConflictError();
  if (isDatabaseUnavailable(error)) return unavailableError();
  const cause = databaseCause(error);
  const refused = cause ? fromDatabase(cause) : null;
  if (refused) return refused;
  const value = valueError(error);
  if (value) return value;
  if (!isKnownRequestError(error)) return null;
  const meta = error.meta ?? {};
  const model = typeof meta.modelName === "string" ? meta.modelName : undefined;
  switch (error.code) {
    case "P2002": {
      const { fields } = constraintOf(meta);
      const what = fields.length ? fields.join(", ") : "these values";
      return clientError(
        `已有相同${what}的记录 / Another ${model ?? "record"} already has the same ${what}.`,
        "CONFLICT",
        { model, fields },
      );
    }
    case "P2003": {
      const { table, fields } = constraintOf(meta);
      const referencing = table ?? model;
      // The constraint belongs to the referencing table: writing it means a dangling reference;
      // deleting on the other side means the record is still in use.
      const message =
        referencing === model || !model
          ? `${fields.join(", ") || "引用"}指向的记录不存在 / ${fields.join(", ") || "A reference"} does not refer to an existing record.`
          : `该记录仍被${referencing}引用，不能删除 / This ${model} is still referenced by ${referencing} (${fields.join(", ")}).`;
      return clientError(message, "REFERENCE", {
        model,
        referencedBy: referencing === model ? undefined : referencing,
        fields,
      });
    }
    case "P2025": {
      const missing = typeof meta.model === "string" ? meta.model : model;
      return clientError(`记录不存在 / ${missing ?? "The record"} not found.`, "NOT_FOUND", { model: missing });
    }
    default:
      return null;
  }
}

function mapError(error: GraphQLError): GraphQLError {
  const mapped = toClientError(error.originalError);
  if (!mapped) return error;
  return new GraphQLError(mapped.message, { nodes: error.nodes, path: error.path, extensions: mapped.extensions });
}

export function usePrismaErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (result.errors) setResult({ ...result, errors: result.errors.map(mapError) });
          });
        },
      };
    },
  };
}
