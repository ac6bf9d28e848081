// The checks resolvers call: anonymous requests may only sign in.
import type { Context } from "../context.ts";
import { errors } from "./errors.ts";
import type { Viewer } from "./viewer.ts";

export function requireViewer(context: Pick<Context, "viewer">): Viewer {
  if (!context.viewer) throw errors.signInRequired();
  return context.viewer;
}

/** A viewer who may change data: not a VIEWER account, not a read-only API token. */
export function requireWriter(context: Pick<Context, "viewer">): Viewer {
  const viewer = requireViewer(context);
  if (!viewer.canWrite || viewer.role === "VIEWER") throw errors.readOnly();
  return viewer;
}
