// The errors of authentication, with a stable `extensions.code` the admin and scripts branch on.
import { createGraphQLError } from "graphql-yoga";

export type AuthErrorCode = "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "CSRF" | "FORBIDDEN" | "RATE_LIMITED" | "TRY_AGAIN";

function authError(code: AuthErrorCode, message: string, status?: number, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

export const errors = {
  signInRequired: () => authError("UNAUTHENTICATED", "请先登录 | Sign in first."),
  badToken: (reason: string) => authError("UNAUTHENTICATED", `接口令牌无效 | Invalid API token: ${reason}.`, 401),
  /** The request's credentials changed as it arrived (twice in a row); nothing was done. */
  credentialsChanged: () =>
    authError(
      "TRY_AGAIN",
      "登录信息或账号权限刚刚发生变化，未执行任何操作，请重试 | The sign-in or the account's rights changed as the request arrived; nothing was done, try again.",
      undefined,
      {
        retryable: true,
      },
    ),
  badCredentials: () => authError("BAD_CREDENTIALS", "用户名或密码错误 | Wrong username or password."),
  csrf: () =>
    authError(
      "CSRF",
      "缺少或错误的 X-CSRF-Token 请求头 | Missing or wrong X-CSRF-Token header: send the csrfToken returned by login or me.",
      403,
    ),
  readOnly: () => authError("FORBIDDEN", "当前账号或令牌只读 | This account or API token may only read."),
  forbidden: (message: string) => authError("FORBIDDEN", message),
  /** A throttled sign-in: HTTP 429 with Retry-After, and the same seconds in extensions.retryAfterSeconds. */
  rateLimited: (retryAfterSeconds: number) => {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    const [zh, en] =
      seconds < 60
        ? [`${seconds} 秒`, `${seconds} seconds`]
        : [`${Math.ceil(seconds / 60)} 分钟`, `${Math.ceil(seconds / 60)} minutes`];
    return createGraphQLError(`登录尝试过多，请 ${zh}后再试 | Too many sign-in attempts; try again in ${en}.`, {
      extensions: {
        code: "RATE_LIMITED",
        retryAfterSeconds: seconds,
        http: { status: 429, headers: { "Retry-After": String(seconds) } },
      },
    });
  },
};
