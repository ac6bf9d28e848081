// Towns, streets and the development district of the city, and their villages, communities and parks.
import type { TownKind } from "@p181/db";
import type { SeedContext, TownRecord, ZoneRecord } from "./context.ts";
import { PlaceNames } from "./names.ts";
import type { Row } from "./writer.ts";

interface TownPlan {
  name: string;
  kind: TownKind;
  villages: number;
  communities: number;
  parks: number;
}

/** The city's ten town-level units; the first is the seat of the city government. */
const TOWNS: readonly TownPlan[] = [
  { name: "云阳街道", kind: "STREET", villages: 6, communities: 16, parks: 1 },
  { name: "曲阿街道", kind: "STREET", villages: 8, communities: 12, parks: 0 },
  { name: "开发区", kind: "DISTRICT", villages: 6, communities: 4, parks: 8 },
  { name: "新桥镇", kind: "TOWN", villages: 18, communities: 3, parks: 2 },
  { name: "后巷镇", kind: "TOWN", villages: 16, communities: 2, parks: 1 },
  { name: "吕城镇", kind: "TOWN", villages: 17, communities: 2, parks: 1 },
  { name: "访仙镇", kind: "TOWN", villages: 15, communities: 2, parks: 1 },
  { name: "珥陵镇", kind: "TOWN", villages: 16, communities: 2, parks: 1 },
  { name: "延陵镇", kind: "TOWN", villages: 17, communities: 2, parks: 1 },
  { name: "皇塘镇", kind: "TOWN", villages: 15, communities: 2, parks: 1 },
];

export async function seedGeography({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("geography");
  const townRows: Row<"Town">[] = TOWNS.map((town, index) => ({
    code: townCode(index),
    name: town.name,
    kind: town.kind,
  }));
  const townIds = await writer.insert("Town", townRows);
  world.towns = TOWNS.map((town, index) => ({
    id: townIds[index] as number,
    code: townCode(index),
    name: town.name,
    kind: town.kind,
    isSeat: index === 0,
  }));

  const places = new PlaceNames(random.fork("places"));
  const zones: Omit<ZoneRecord, "id">[] = [];
  const rows: Row<"Zone">[] = [];
  TOWNS.forEach((plan, townIndex) => {
    const town = world.towns[townIndex] as TownRecord;
    const kinds = [
      ...Array<"COMMUNITY">(plan.communities).fill("COMMUNITY"),
      ...Array<"VILLAGE">(plan.villages).fill("VILLAGE"),
      ...Array<"PARK">(plan.parks).fill("PARK"),
    ];
    kinds.forEach((kind, zoneIndex) => {
      const name = kind === "VILLAGE" ? places.village() : kind === "COMMUNITY" ? places.community() : places.park();
      const population =
        kind === "VILLAGE"
          ? random.int(2_400, 6_800)
          : kind === "COMMUNITY"
            ? random.int(3_500, 16_000)
            : random.int(300, 2_500);
      const households = Math.round(population / random.float(2.6, 3.2));
      const economicallyWeak = kind === "VILLAGE" && random.chance(0.13);
      const organisationCovered = random.chance(0.93);
      const zone = {
        code: `${town.code}-Z${String(zoneIndex + 1).padStart(2, "0")}`,
        name,
        kind,
        town,
        economicallyWeak,
        households,
      };
      zones.push(zone);
      rows.push({
        code: zone.code,
        name,
        townId: town.id,
        kind,
        economicallyWeak,
        population,
        households,
        areaKm2:
          kind === "COMMUNITY"
            ? random.float(0.4, 3.5)
            : kind === "VILLAGE"
              ? random.float(3, 9.5)
              : random.float(1.5, 12),
        organisationCovered,
        workCovered: organisationCovered && random.chance(0.88),
      });
    });
  });
  const zoneIds = await writer.insert("Zone", rows);
  world.zones = zones.map((zone, index) => ({ ...zone, id: zoneIds[index] as number }));
}

function townCode(index: number): string {
  return `T${String(index + 1).padStart(2, "0")}`;
}
