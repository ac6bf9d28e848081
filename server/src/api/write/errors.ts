import { GraphQLError } from "graphql";

export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 }, ...extensions } });
}

export function notFound(model: string, id: number): GraphQLError {
  return new GraphQLError(`${model} ${id} 不存在或不在您的管理范围内 / does not exist or is outside your area`, {
    extensions: { code: "NOT_FOUND", entity: model, recordId: id },
  });
}

export function invalid(
  model: string,
  field: string,
  rule: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`${model}.${field}: ${rule}`, {
    extensions: { code: "BAD_USER_INPUT", entity: model, field, rule, ...extensions },
  });
}
