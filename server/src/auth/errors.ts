// The errors of authentication, with a stable `extensions.code` the admin and scripts branch on.
import { createGraphQLError } from "graphql-yoga";

export type AuthErrorCode = "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "CSRF" | "FORBIDDEN" | "RATE_LIMITED";

function authError(code: AuthErrorCode, message: string, status?: number, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

export const errors = {
  signInRequired: () => authError("UNAUTHENTICATED", "请先登录 | Sign in first."),
  badToken: (reason: string) => authError("UNAUTHENTICATED", `接口令牌无效 | Invalid API token: ${reason}.`, 401),
  badCredentials: () => authError("BAD_CREDENTIALS", "用户名或密码错误 | Wrong username or password."),
  csrf: () =>
    authError(
      "CSRF",
      "缺少或错误的 X-CSRF-Token 请求头 | Missing or wrong X-CSRF-Token header: send the csrfToken returned by login or me.",
      403,
    ),
  readOnly: () => authError("FORBIDDEN", "当前账号或令牌只读 | This account or API token may only read."),
  forbidden: (message: string) => authError("FORBIDDEN", message),
  rateLimited: (retryAfterSeconds: number) =>
    authError(
      "RATE_LIMITED",
      `登录尝试过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试 | Too many sign-in attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      undefined,
      { retryAfterSeconds },
    ),
};
