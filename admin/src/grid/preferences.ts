// Column order, visibility and widths of each list, remembered per user and entity in
// localStorage (the API has no user-preferences store yet).
import { useCallback, useState } from "react";

export interface ColumnPreferences {
  /** Column keys in display order; keys not listed (new fields) follow in schema order. */
  order: string[];
  hidden: string[];
  widths: Record<string, number>;
}

const EMPTY: ColumnPreferences = { order: [], hidden: [], widths: {} };

export function preferencesKey(username: string, model: string): string {
  return `p181.grid.${username}.${model}`;
}

function read(key: string, defaults: ColumnPreferences): ColumnPreferences {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(key) ?? "null") as Partial<ColumnPreferences> | null;
    return stored ? { ...EMPTY, ...stored } : defaults;
  } catch {
    return defaults;
  }
}

/** Orders keys by the preferences: listed ones first, in their order, then the rest. */
export function orderColumns(keys: string[], preferences: ColumnPreferences): string[] {
  const position = new Map(preferences.order.map((key, i) => [key, i]));
  return [...keys].sort(
    (a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || keys.indexOf(a) - keys.indexOf(b),
  );
}

export function useColumnPreferences(username: string, model: string, defaults: ColumnPreferences) {
  const key = preferencesKey(username, model);
  const [preferences, setPreferences] = useState<ColumnPreferences>(() => read(key, defaults));
  const [loadedKey, setLoadedKey] = useState(key);
  if (loadedKey !== key) {
    setLoadedKey(key);
    setPreferences(read(key, defaults));
  }
  const update = useCallback(
    (change: (current: ColumnPreferences) => ColumnPreferences) =>
      setPreferences((current) => {
        const next = change(current);
        globalThis.localStorage?.setItem(key, JSON.stringify(next));
        return next;
      }),
    [key],
  );
  const reset = useCallback(() => {
    globalThis.localStorage?.removeItem(key);
    setPreferences(defaults);
  }, [key, defaults]);
  return { preferences, update, reset };
}
