import type { PrismaClient } from "@p181/db";
import type { Viewer } from "./auth/viewer.ts";

export interface Context {
  prisma: PrismaClient;
  /** Null for an anonymous request. */
  viewer: Viewer | null;
  request: Request;
}

export function createContext(prisma: PrismaClient, request: Request, viewer: Viewer | null): Context {
  return { prisma, viewer, request };
}
