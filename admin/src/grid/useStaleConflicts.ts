// Rows of the grid whose save was refused because someone else changed them after the page
// loaded (STALE), until the user reloads or overwrites. Each remembers what the user tried
// to save and how to save it again over the other person's version.
import { useCallback, useState } from "react";
import type { Identifier } from "ra-core";
import type { StaleConflict } from "../dataProvider/stale.ts";

export interface GridConflict {
  id: Identifier;
  /** A cell edit (saves only that row) or a paste (saves the whole pasted block again). */
  source: "cell" | "paste";
  conflict: StaleConflict;
  /** The row as the user saw it. */
  base: Record<string, unknown>;
  /** The user's refused changes. */
  mine: Record<string, unknown>;
  /** Saves `mine` over the version the conflict names (a refusal reports a new conflict). */
  overwrite: (conflict: GridConflict) => Promise<void>;
}

export function useStaleConflicts() {
  const [conflicts, setConflicts] = useState<Map<Identifier, GridConflict>>(new Map());

  /** A second refused cell edit of the same row adds its change to the first's. */
  const report = useCallback((entry: GridConflict) => {
    setConflicts((current) => {
      const earlier = current.get(entry.id);
      const merged =
        earlier?.source === "cell" && entry.source === "cell"
          ? { ...entry, base: earlier.base, mine: { ...earlier.mine, ...entry.mine } }
          : entry;
      return new Map(current).set(entry.id, merged);
    });
  }, []);

  const forget = useCallback((id?: Identifier) => {
    setConflicts((current) => {
      if (id === undefined) return new Map();
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  }, []);

  return { conflicts, report, forget };
}
