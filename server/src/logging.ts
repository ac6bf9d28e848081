// The API's log: one line per event, as JSON in production (a log shipper reads fields, not
// prose) or as text in development, each carrying the id of the request it belongs to. The
// id comes from the client's or load balancer's X-Request-Id, or is made here, and is sent
// back in the response's X-Request-Id header so a user's report can be found in the log.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export type LogFormat = "json" | "text";
type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const requestScope = new AsyncLocalStorage<{ requestId: string }>();
let format: LogFormat = "text";
let debugEnabled = false;

export function configureLogging(options: { format: LogFormat; debug?: boolean }) {
  format = options.format;
  debugEnabled = options.debug ?? false;
}

function write(level: Level, message: string, fields: Fields = {}) {
  if (level === "debug" && !debugEnabled) return;
  const requestId = requestScope.getStore()?.requestId;
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  if (format === "json") {
    stream.write(
      `${JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...(requestId ? { requestId } : {}), ...fields })}\n`,
    );
    return;
  }
  const details = Object.entries(fields).map(
    ([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`,
  );
  stream.write(
    `${[level.toUpperCase(), requestId ? `[${requestId}]` : "", message, ...details].filter(Boolean).join(" ")}\n`,
  );
}

export const log = {
  debug: (message: string, fields?: Fields) => write("debug", message, fields),
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};

/** What an error is worth logging as: its message, and its stack only when it is a bug. */
function errorFields(error: unknown): Fields {
  if (!(error instanceof Error)) return { error: String(error) };
  const original = (error as { originalError?: unknown }).originalError;
  const cause = original instanceof Error ? original : error;
  return { error: cause.message, ...(cause.stack ? { stack: cause.stack.split("\n").slice(0, 8).join("\n") } : {}) };
}

/** graphql-yoga's logger: one line per call, in the request's scope. */
export const yogaLogger = {
  debug: (...args: unknown[]) => log.debug(args.map(String).join(" ")),
  info: (...args: unknown[]) => log.info(args.map(String).join(" ")),
  warn: (...args: unknown[]) => log.warn(args.map(String).join(" ")),
  error: (...args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    const message = args
      .filter((arg) => !(arg instanceof Error))
      .map(String)
      .join(" ");
    log.error(message || "unexpected error", error ? errorFields(error) : {});
  },
};

const ACCEPTED_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Runs each HTTP request in a scope with its id, and answers with that id. */
export function withRequestIds(handler: (request: IncomingMessage, response: ServerResponse) => unknown) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const given = request.headers["x-request-id"];
    const requestId = typeof given === "string" && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
    response.setHeader("x-request-id", requestId);
    return requestScope.run({ requestId }, () => handler(request, response));
  };
}
