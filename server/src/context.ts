import type { PrismaClient } from "@p181/db";

export interface Context {
  prisma: PrismaClient;
}

export function createContext(prisma: PrismaClient): Context {
  return { prisma };
}
