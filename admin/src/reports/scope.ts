// The area a report covers, by name, for its heading and its print: the town chosen in the
// filter, else the user's own zone or town (zone secretaries, town admins), else the city.
import { useGetOne, usePermissions, useTranslate } from "ra-core";
import type { Permissions } from "../auth/permissions.ts";

export function useScopeName(townId: number | null = null): string {
  const t = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const zoneId = permissions?.zoneId ?? null;
  const town = townId ?? permissions?.townId ?? null;
  const zone = useGetOne<{ id: number; name: string }>("Zone", { id: zoneId ?? 0 }, { enabled: zoneId !== null });
  const named = useGetOne<{ id: number; name: string }>("Town", { id: town ?? 0 }, { enabled: town !== null });
  if (zoneId !== null && zone.data) return zone.data.name;
  if (town !== null && named.data) return named.data.name;
  return town === null && zoneId === null ? t("dashboard.scope_city") : "";
}
