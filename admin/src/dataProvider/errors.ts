// GraphQL errors → React-Admin errors (HttpError), with the server's message, Chinese
// first. The server words most messages "中文 / English" or "中文 | English"; where it
// answers in English only (conflicts, dangling references) the message is rebuilt from
// the metadata's Chinese labels. `body` keeps the code and details for callers that
// branch on them (the grid names the row and column of a failed paste).
import type { CombinedError } from "@urql/core";
import { HttpError } from "ra-core";
import { datamodel, resources } from "@p181/schema";
import { adminField } from "../metadata/fields.ts";

export interface ApiErrorBody {
  code: string;
  entity?: string;
  field?: string;
  fields?: string[];
  recordId?: number;
  violations?: { entity: string; recordId: number; field: string; label: string; message: string; detail: string }[];
  /** STALE: the row's version now, who made it, and its values as the user may see them. */
  updatedAt?: string;
  updatedBy?: { id: number; displayName: string } | null;
  current?: Record<string, unknown>;
  /** A bulk write's failing row (0-based). */
  row?: number;
  /** The alias of the failing field in a batched document (the grid's paste), when known. */
  path?: (string | number)[];
  /** Every error of the response, for reports. */
  errors?: { message: string; code: string; path?: (string | number)[] }[];
}

/** An error's extensions as the API sends them (server/src/security/errors): what ApiErrorBody is read from. */
export type ApiErrorExtensions = Partial<Omit<ApiErrorBody, "code" | "path" | "errors">> & {
  code?: string;
  model?: string;
  referencedBy?: string;
  message?: string;
  /** BAD_USER_INPUT: the rule the value broke. */
  rule?: string;
};

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  CSRF: 401,
  FORBIDDEN: 403,
  FORBIDDEN_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE: 409,
  RATE_LIMITED: 429,
};

function modelLabel(model: string | undefined): string {
  return (model && datamodel.models[model]?.label) || model || "记录";
}

function fieldLabel(model: string | undefined, field: string): string {
  if (!model || !datamodel.models[model]) return field;
  return (
    (resources[model] ? adminField(model, field)?.label : undefined) ??
    datamodel.models[model]!.fields.find((f) => f.name === field)?.label ??
    field
  );
}

/** The message to show, Chinese first. */
export function chineseMessage(message: string, extensions: ApiErrorExtensions = {}): string {
  const code = String(extensions.code ?? "");
  const model = extensions.entity ?? extensions.model;
  const fields = Array.isArray(extensions.fields) ? extensions.fields : [];
  if (code === "CONFLICT") {
    const what = fields.map((f) => fieldLabel(model, f)).join("、") || "关键字段";
    return `已有相同${what}的${modelLabel(model)} / ${message}`;
  }
  if (code === "REFERENCE") {
    const what = fields.map((f) => fieldLabel(model, f)).join("、");
    return extensions.referencedBy
      ? `该${modelLabel(model)}仍被${modelLabel(extensions.referencedBy)}引用，不能删除 / ${message}`
      : `${what || "引用"}指向的记录不存在 / ${message}`;
  }
  if (code === "BAD_USER_INPUT" && model && typeof extensions.field === "string") {
    // "PartyMember.name: 姓名必填 / is required" → "党员 · 姓名: 姓名必填 / is required"
    const rest = message.replace(new RegExp(`^${model}\\.${extensions.field}:\\s*`), "");
    return `${modelLabel(model)} · ${fieldLabel(model, extensions.field)}: ${rest}`;
  }
  if (code === "RULE_VIOLATION" && Array.isArray(extensions.violations) && extensions.violations.length > 0) {
    return extensions.violations
      .slice(0, 5)
      .map((v) => `${modelLabel(v.entity)} ${v.recordId}: ${v.label}（${v.detail}）`)
      .join("；");
  }
  if (code === "UNAUTHENTICATED" && !/[\u4e00-\u9fff]/.test(message)) return `请先登录 / ${message}`;
  if (!/[\u4e00-\u9fff]/.test(message) && code === "GRAPHQL_VALIDATION_FAILED") return `请求无效 / ${message}`;
  return message;
}

/** GraphQL's own "required field missing" (a variable that fails validation) as BAD_USER_INPUT on that field. */
function missingField(message: string, model: string | undefined): ApiErrorExtensions | null {
  const match = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (!match || !model) return null;
  return {
    code: "BAD_USER_INPUT",
    entity: model,
    field: match[1],
    message: `${model}.${match[1]}: 必填 / is required`,
  };
}

/** `model`: the entity the request was about, to name fields that GraphQL validation reports. */
export function toHttpError(error: CombinedError, model?: string): HttpError {
  if (error.graphQLErrors.length === 0) {
    const status = (error.response as Response | undefined)?.status ?? 0;
    return new HttpError(`无法连接服务器 / ${error.networkError?.message ?? error.message}`, status || 503, {
      code: "NETWORK",
    });
  }
  const all = error.graphQLErrors.map((e) => {
    const missing = missingField(e.message, model);
    return {
      message: String(missing?.message ?? e.message),
      extensions: (missing ?? e.extensions ?? {}) as ApiErrorExtensions,
      path: e.path,
    };
  });
  const errors = all.map((e) => ({
    message: chineseMessage(e.message, e.extensions),
    code: String(e.extensions.code ?? "BAD_REQUEST"),
    path: e.path ? [...e.path] : undefined,
  }));
  const extensions = all[0]!.extensions;
  const body: ApiErrorBody = {
    code: errors[0]!.code,
    entity: extensions.entity ?? extensions.model,
    field: extensions.field,
    fields: extensions.fields,
    recordId: extensions.recordId,
    violations: extensions.violations,
    updatedAt: extensions.updatedAt,
    updatedBy: extensions.updatedBy,
    current: extensions.current,
    row: extensions.row,
    path: errors[0]!.path,
    errors,
  };
  return new HttpError(errors[0]!.message, STATUS[body.code] ?? 400, body);
}
