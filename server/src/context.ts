import DataLoader from "dataloader";
import type { PrismaClient } from "@p181/db";
import type { Viewer } from "./auth/viewer.ts";
import { outsideTransaction } from "./database/transaction.ts";

export interface Context {
  /** The operation's transaction, as its viewer (database/transaction.ts); unusable outside it. */
  prisma: PrismaClient;
  /** Null for an anonymous request. */
  viewer: Viewer | null;
  request: Request;
  /** The client's address: the socket peer, or X-Forwarded-For behind a trusted proxy (auth/client-address.ts). */
  clientAddress: string;
  /** Per-request DataLoaders, by name: batched loads for fields that are not plain relations. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

export function createContext(request: Request, viewer: Viewer | null, clientAddress = "unknown"): Context {
  return { prisma: outsideTransaction, viewer, request, clientAddress, loaders: new Map() };
}

/** The request's DataLoader called `name`, created on first use. */
export function loader<K, V>(
  context: Context,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let found = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!found) {
    found = new DataLoader<K, V>(batch, { cache: true });
    context.loaders.set(name, found);
  }
  return found;
}
