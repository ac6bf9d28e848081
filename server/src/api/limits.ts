/** Rows a list returns when the client does not say. */
export const DEFAULT_PAGE_SIZE = 25;
/** The most rows one list, connection or nested list may return. */
export const MAX_PAGE_SIZE = 500;

export function pageSize(take: number | null | undefined): number {
  return Math.max(0, Math.min(take ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
}
