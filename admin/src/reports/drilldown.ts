// From a report figure to the list of the records behind it. The API names them as an entity
// and a `where` on its own columns (ReportRecords); a list reads its filter from the address
// (/#/ServiceCentre?filter={…}), which the data provider turns back into that `where`
// (dataProvider/where.ts: `field` is equals, `field@operator` any other operator).
export interface Records {
  entity: string;
  where: unknown;
}

type Condition = Record<string, unknown>;

/** The list's own town and zone filters (its drop-downs show them) stand for the area columns. */
const AREA_FILTERS: Record<string, string> = { areaTownId: "town", areaZoneId: "zone" };

/** `{ openedOn: { gte: "2012-01-01" }, areaTownId: { equals: 3 } }` → `{ "openedOn@gte": "2012-01-01", town: 3 }`. */
export function listFilter(where: unknown): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [field, condition] of Object.entries((where ?? {}) as Record<string, Condition>)) {
    for (const [operator, value] of Object.entries(condition)) {
      if (operator === "equals" && value !== null) filter[AREA_FILTERS[field] ?? field] = value;
      else filter[`${field}@${operator}`] = value;
    }
  }
  return filter;
}

/** The list route of the records, with more conditions if given (a zone's cell: its zone). */
export function recordsPath(records: Records, more: Record<string, Condition> = {}): string {
  const where = { ...(records.where as Record<string, Condition>), ...more };
  return `/${records.entity}?${new URLSearchParams({ filter: JSON.stringify(listFilter(where)) })}`;
}

/** The area conditions of a scorecard cell, a town's subtotal or the total (zones only). */
export function zoneArea(area: { zoneId?: number; townId?: number | null }): Record<string, Condition> {
  if (area.zoneId !== undefined) return { areaZoneId: { equals: area.zoneId } };
  return {
    areaZoneId: { isNull: false },
    ...(area.townId !== undefined && area.townId !== null ? { areaTownId: { equals: area.townId } } : {}),
  };
}
