// A report page's filters live in its address (?plan=…&town=…&year=…), so that a link, the
// back button or a reload shows the same report.
import { useSearchParams } from "react-router-dom";

export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const townId = params.get("town") ? Number(params.get("town")) : null;
  /** Changes some filters, keeping the others; null or "" removes one. */
  const set = (changes: Record<string, string | number | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });
  return {
    get: (key: string) => params.get(key),
    /** The town chosen (TownSelect), or null for every town the user can see. */
    townId,
    /** The town as a report query's variables. */
    area: townId === null ? {} : { townId },
    set,
  };
}
