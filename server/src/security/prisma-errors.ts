// Prisma's known request errors as clear client errors, in one place: the CRUD layer may call
// `toClientError` itself, and `usePrismaErrors` maps whatever a resolver let through. Prisma's
// own messages name files, constraints and SQL, and never reach clients (yoga masks them).
import { GraphQLError } from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";

export type ClientErrorCode = "CONFLICT" | "REFERENCE" | "NOT_FOUND";

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

/**
 * The constraint behind the error. With driver adapters (our case) Prisma reports the
 * database's constraint (`Zone_townId_fkey`) in `meta.driverAdapterError.cause.constraint`
 * instead of `meta.target` / `meta.field_name`; both shapes are read.
 */
function constraintOf(meta: Record<string, unknown>): { table?: string; fields: string[] } {
  const cause = (meta.driverAdapterError as { cause?: Record<string, any> } | undefined)?.cause;
  const constraint = cause?.constraint as { fields?: string[]; index?: string } | undefined;
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

function clientError(message: string, code: ClientErrorCode, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

/** A client-facing error for a Prisma unique (P2002), foreign-key (P2003) or not-found (P2025) error; null for anything else. */
export function toClientError(error: unknown): GraphQLError | null {
  if (!isKnownRequestError(error)) return null;
  const meta = error.meta ?? {};
  const model = typeof meta.modelName === "string" ? meta.modelName : undefined;
  switch (error.code) {
    case "P2002": {
      const { fields } = constraintOf(meta);
      const what = fields.length ? fields.join(", ") : "these values";
      return clientError(`已有相同${what}的记录 / Another ${model ?? "record"} already has the same ${what}.`, "CONFLICT", { model, fields });
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
      return clientError(message, "REFERENCE", { model, referencedBy: referencing === model ? undefined : referencing, fields });
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
