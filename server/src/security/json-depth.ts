// Refuses JSON request bodies nested deeper than any real request before they are parsed.
// JSON.parse does not overflow on deep nesting, but it is slow on it: an 8 MB body of `[` takes
// seconds of the event loop (1,000,000 levels: 1.6 s, 4,000,000: 3.5 s on Node 20), and whatever
// walks the parsed value recursively afterwards (graphql-js's variable coercion, JSON.stringify)
// overflows the stack. Counting brackets outside strings takes milliseconds for the largest
// body the API accepts. input-limits.ts then holds each argument to a much smaller depth, with
// the argument's name in the error.
import type { Plugin } from "graphql-yoga";
import { inputError } from "./errors.ts";

/** Deepest JSON nesting of a request body. Default 64: `{ "variables": { "w": … } }` adds 2 to an input's own depth. */
export const MAX_BODY_DEPTH = 64;

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of objects and lists in a JSON text, stopping early past `max` (strings are skipped). */
export function jsonDepth(text: string, max = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) depth--;
  }
  return deepest;
}

function isJson(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || type === "application/graphql+json";
}

export function useJsonBodyDepth(maxDepth = MAX_BODY_DEPTH): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== "POST" || !requestParser || !isJson(request)) return;
      const parse = requestParser;
      // yoga's body-size limit wraps this parser, so `text()` stops at the size limit.
      setRequestParser(async (limited) => {
        const text = await limited.text();
        if (jsonDepth(text, maxDepth) > maxDepth) {
          throw inputError("bodyDepth", `The request body nests JSON more than ${maxDepth} levels deep.`);
        }
        return parse(
          new fetchAPI.Request(limited.url, { method: limited.method, headers: limited.headers, body: text }),
        );
      });
    },
  };
}
