import { isDeepStrictEqual } from "node:util";
import type { Target } from "./interleave.ts";
import { progress } from "./progress.ts";

/** Whether two targets answer their first request with the same JSON (sent one after the other). */
export async function sameAnswer(name: string, a: Target, b: Target): Promise<boolean> {
  const first = await answerOf(a);
  const second = await answerOf(b);
  const same = isDeepStrictEqual(first, second);
  if (!same)
    progress(
      `${name}: the answers differ\n  ${JSON.stringify(first).slice(0, 400)}\n  ${JSON.stringify(second).slice(0, 400)}`,
    );
  return same;
}

async function answerOf(target: Target): Promise<unknown> {
  const request = target.requests[0]!;
  const response = await fetch(target.origin + request.path, {
    method: "POST",
    headers: { ...request.headers },
    body: request.body,
  });
  return response.json();
}
