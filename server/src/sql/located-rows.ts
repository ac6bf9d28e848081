/** The town and zone columns every located row of a report or rule-violation list carries. */
export interface AreaColumns {
  townId: number | null;
  townCode: string | null;
  townName: string | null;
  zoneId: number | null;
  zoneCode: string | null;
  zoneName: string | null;
}
