/** Rows a list returns when the client does not say. */
export const DEFAULT_PAGE_SIZE = 25;
import { securitySettingsFromEnv } from "../settings.ts";

/** The most rows one list, connection or nested list may return (GRAPHQL_MAX_PAGE_SIZE, the limit the query gate enforces). */
export const MAX_PAGE_SIZE = securitySettingsFromEnv(undefined, false).maxPageSize;

export function pageSize(take: number | null | undefined): number {
  return Math.max(0, Math.min(take ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
}
