// The tree of exactly 925 grassroots party organisations: town committees, city-level system
// committees, one organisation per zone, and the general branches and branches under them.
import type { OrganisationField, OrganisationType } from "@p181/db";
import { addDays, day, latest } from "./calendar.ts";
import type { OrganisationRecord, OrganisationRole, SeedContext, TownRecord, ZoneRecord } from "./context.ts";
import { apportion } from "./context.ts";
import { CITY_ORGANS, chineseNumber, FirmNames, STATE_ENTERPRISES } from "./names.ts";
import type { Random } from "./random.ts";
import type { Row } from "./writer.ts";

/** 基层党组织 925个 (source document). */
export const ORGANISATION_COUNT = 925;

/** The organisation department's own branch: its pledge letters back the benchmarking catch-up plans. */
export const DEPARTMENT_BRANCH_NAME = "市委组织部机关党支部";

const TYPE_SUFFIX: Readonly<Record<OrganisationType, string>> = {
  PARTY_COMMITTEE: "党委",
  GENERAL_BRANCH: "党总支",
  BRANCH: "党支部",
};

const LARGE_ORGANS = new Set([
  "市公安局",
  "市人民法院",
  "市人民检察院",
  "市国家税务局",
  "市地方税务局",
  "市财政局",
  "市委党校",
]);
const LARGE_STATE_ENTERPRISES = new Set([
  "市城市建设投资有限公司",
  "市交通产业集团有限公司",
  "市水务集团有限公司",
  "市农村商业银行",
]);
const VILLAGE_SPECIAL_BRANCHES = ["老年党支部", "流动党员党支部", "农业产业党支部", "青年党支部"];
const COMMUNITY_BRANCHES = ["离退休党支部", "在职党员党支部", "流动党员党支部", "物业小区党支部", "楼道党支部"];
const SOCIAL_ORGANISATIONS = [
  "社会组织联合党支部",
  "个体劳动者协会党支部",
  "社工服务社党支部",
  "居家养老服务中心党支部",
  "商会党支部",
  "志愿者协会党支部",
  "老年协会党支部",
  "物业管理行业党支部",
];
const CITY_SOCIAL_ORGANISATIONS = [
  "市个体劳动者协会党支部",
  "市律师协会党支部",
  "市注册会计师协会党支部",
  "市慈善总会党支部",
  "市青年商会党支部",
];

interface Spec {
  name: string;
  type: OrganisationType;
  field: OrganisationField;
  role: OrganisationRole;
  town: TownRecord;
  zone: ZoneRecord | null;
  /** Founding year range; a child is always founded at least a month after its parent. */
  foundedFrom: number;
  foundedTo: number;
}

/** Builds the tree in memory; ids are assigned by insertOrganisations. */
export function buildOrganisations({ random, world }: SeedContext): OrganisationRecord[] {
  const tree = new TreeBuilder(random.fork("organisations"), world.zones);
  const seat = world.towns.find((town) => town.isSeat) ?? (world.towns[0] as TownRecord);
  for (const town of world.towns) tree.addTown(town);
  tree.addCityOrgans(seat);
  tree.addEducation(seat, world.towns);
  tree.addHealth(seat, world.towns);
  tree.addStateEnterprises(seat);
  tree.fillVillageBranches();
  return assignCodes(tree.roots);
}

class TreeBuilder {
  readonly roots: OrganisationRecord[] = [];
  private readonly villageMains: OrganisationRecord[] = [];
  private readonly firms: FirmNames;

  constructor(
    private readonly random: Random,
    private readonly zones: readonly ZoneRecord[],
  ) {
    this.firms = new FirmNames(random.fork("firms"));
  }

  add(parent: OrganisationRecord | null, spec: Spec): OrganisationRecord {
    const drawn = this.random.date(day(spec.foundedFrom, 1, 1), day(spec.foundedTo, 12, 31));
    const organisation: OrganisationRecord = {
      id: 0,
      code: "",
      name: spec.name,
      type: spec.type,
      field: spec.field,
      role: spec.role,
      town: spec.town,
      zone: spec.zone,
      parent,
      children: [],
      foundedOn: parent ? latest(drawn, addDays(parent.foundedOn, 30)) : drawn,
      members: [],
    };
    if (parent) parent.children.push(organisation);
    else this.roots.push(organisation);
    return organisation;
  }

  /** The town committee, its organ and institution branches, and one organisation per zone with what sits in the zone. */
  addTown(town: TownRecord): void {
    const random = this.random;
    const committee = this.add(null, {
      name: town.kind === "DISTRICT" ? `中共${town.name}工作委员会` : `中共${town.name}委员会`,
      type: "PARTY_COMMITTEE",
      field: town.kind === "TOWN" ? "RURAL" : town.kind === "STREET" ? "COMMUNITY" : "GOVERNMENT_ORGAN",
      role: "townCommittee",
      town,
      zone: null,
      foundedFrom: town.kind === "TOWN" ? 1950 : town.kind === "STREET" ? 2001 : 1993,
      foundedTo: town.kind === "TOWN" ? 1958 : town.kind === "STREET" ? 2004 : 1994,
    });
    const centre = this.centreOf(town);
    const organBranches = random.int(1, 2);
    for (let index = 1; index <= organBranches; index++) {
      this.add(committee, {
        name: `${town.name}机关第${chineseNumber(index)}党支部`,
        type: "BRANCH",
        field: "GOVERNMENT_ORGAN",
        role: "organ",
        town,
        zone: centre,
        foundedFrom: 1960,
        foundedTo: 2004,
      });
    }
    for (const unit of random.sample(
      ["农业服务中心", "社会事业服务中心", "文体服务中心", "城建服务中心"],
      random.int(1, 2),
    )) {
      this.add(committee, {
        name: `${town.name}${unit}党支部`,
        type: "BRANCH",
        field: "PUBLIC_INSTITUTION",
        role: "institution",
        town,
        zone: centre,
        foundedFrom: 1985,
        foundedTo: 2010,
      });
    }
    for (const zone of this.zonesOf(town)) {
      if (zone.kind === "VILLAGE") this.addVillage(committee, zone);
      else if (zone.kind === "COMMUNITY") this.addCommunity(committee, zone);
      else this.addPark(committee, zone);
    }
  }

  private addVillage(committee: OrganisationRecord, zone: ZoneRecord): void {
    const type = this.random.weighted<OrganisationType>({ PARTY_COMMITTEE: 20, GENERAL_BRANCH: 58, BRANCH: 22 });
    const main = this.add(committee, {
      name: `${zone.town.name}${zone.name}${TYPE_SUFFIX[type]}`,
      type,
      field: "RURAL",
      role: "zoneMain",
      town: zone.town,
      zone,
      foundedFrom: 1950,
      foundedTo: 1985,
    });
    this.villageMains.push(main);
    if (this.random.chance(0.2))
      this.addEnterprises(type === "BRANCH" ? committee : main, zone, this.random.chance(0.75) ? 1 : 2, 1995);
  }

  private addCommunity(committee: OrganisationRecord, zone: ZoneRecord): void {
    const random = this.random;
    const town = zone.town;
    const type = random.weighted<OrganisationType>({ PARTY_COMMITTEE: 35, GENERAL_BRANCH: 55, BRANCH: 10 });
    const main = this.add(committee, {
      name: `${town.name}${zone.name}${TYPE_SUFFIX[type]}`,
      type,
      field: "COMMUNITY",
      role: "zoneMain",
      town,
      zone,
      foundedFrom: 1985,
      foundedTo: 2010,
    });
    if (type !== "BRANCH") {
      for (const branch of random.sample(COMMUNITY_BRANCHES, type === "PARTY_COMMITTEE" ? random.int(2, 4) : 2)) {
        this.add(main, {
          name: `${town.name}${zone.name}${branch}`,
          type: "BRANCH",
          field: "COMMUNITY",
          role: "zoneBranch",
          town,
          zone,
          foundedFrom: 1995,
          foundedTo: 2014,
        });
      }
    }
    if (random.chance(0.4)) {
      this.add(type === "BRANCH" ? committee : main, {
        name: `${town.name}${zone.name}${random.pick(SOCIAL_ORGANISATIONS)}`,
        type: "BRANCH",
        field: "SOCIAL_ORGANISATION",
        role: "social",
        town,
        zone,
        foundedFrom: 2008,
        foundedTo: 2015,
      });
    }
  }

  private addPark(committee: OrganisationRecord, zone: ZoneRecord): void {
    const type = this.random.weighted<OrganisationType>({ PARTY_COMMITTEE: 60, GENERAL_BRANCH: 40 });
    const main = this.add(committee, {
      name: `${zone.town.name}${zone.name}非公企业联合${TYPE_SUFFIX[type]}`,
      type,
      field: "NON_PUBLIC_ENTERPRISE",
      role: "zoneMain",
      town: zone.town,
      zone,
      foundedFrom: 2003,
      foundedTo: 2011,
    });
    this.addEnterprises(main, zone, this.random.int(3, 6), 2004);
  }

  private addEnterprises(parent: OrganisationRecord, zone: ZoneRecord, count: number, from: number): void {
    for (let index = 0; index < count; index++) {
      const firm = this.firms.next().name;
      const type = this.random.weighted<OrganisationType>({ BRANCH: 88, GENERAL_BRANCH: 8, PARTY_COMMITTEE: 4 });
      const organisation = this.add(parent, {
        name: `${firm}${TYPE_SUFFIX[type]}`,
        type,
        field: "NON_PUBLIC_ENTERPRISE",
        role: "enterprise",
        town: zone.town,
        zone,
        foundedFrom: from,
        foundedTo: 2015,
      });
      if (type === "BRANCH") continue;
      const branches = type === "PARTY_COMMITTEE" ? this.random.int(3, 4) : 2;
      for (let branch = 1; branch <= branches; branch++) {
        this.add(organisation, {
          name: `${firm}第${chineseNumber(branch)}党支部`,
          type: "BRANCH",
          field: "NON_PUBLIC_ENTERPRISE",
          role: "enterprise",
          town: zone.town,
          zone,
          foundedFrom: from,
          foundedTo: 2015,
        });
      }
    }
  }

  /** 市级机关工委: a branch (or general branch) per city organ, and the city-level social organisations. */
  addCityOrgans(seat: TownRecord): void {
    const organs = this.add(null, {
      name: "中共市级机关工作委员会",
      type: "PARTY_COMMITTEE",
      field: "GOVERNMENT_ORGAN",
      role: "cityCommittee",
      town: seat,
      zone: null,
      foundedFrom: 1984,
      foundedTo: 1984,
    });
    for (const organ of CITY_ORGANS) {
      const large = LARGE_ORGANS.has(organ);
      const unit = this.add(organs, {
        name: organ === "市委组织部" ? DEPARTMENT_BRANCH_NAME : `${organ}机关${large ? "党总支" : "党支部"}`,
        type: large ? "GENERAL_BRANCH" : "BRANCH",
        field: "GOVERNMENT_ORGAN",
        role: "organ",
        town: seat,
        zone: null,
        foundedFrom: 1985,
        foundedTo: 2000,
      });
      const branches = large ? this.random.int(2, 3) : 0;
      for (let index = 1; index <= branches; index++) {
        this.add(unit, {
          name: `${organ}机关第${chineseNumber(index)}党支部`,
          type: "BRANCH",
          field: "GOVERNMENT_ORGAN",
          role: "organ",
          town: seat,
          zone: null,
          foundedFrom: 1990,
          foundedTo: 2008,
        });
      }
    }
    for (const name of CITY_SOCIAL_ORGANISATIONS) {
      this.add(organs, {
        name,
        type: "BRANCH",
        field: "SOCIAL_ORGANISATION",
        role: "social",
        town: seat,
        zone: null,
        foundedFrom: 2006,
        foundedTo: 2013,
      });
    }
  }

  /** 市教育局党委: city schools in the seat and a middle and a primary school in every town. */
  addEducation(seat: TownRecord, towns: readonly TownRecord[]): void {
    const education = this.add(null, {
      name: "中共市教育局委员会",
      type: "PARTY_COMMITTEE",
      field: "PUBLIC_INSTITUTION",
      role: "cityCommittee",
      town: seat,
      zone: null,
      foundedFrom: 1985,
      foundedTo: 1985,
    });
    const seatZone = this.centreOf(seat);
    for (const school of ["市高级中学", "市第一中学", "市职业教育中心校"]) {
      const unit = this.add(education, {
        name: `${school}党总支`,
        type: "GENERAL_BRANCH",
        field: "PUBLIC_INSTITUTION",
        role: "institution",
        town: seat,
        zone: seatZone,
        foundedFrom: 1960,
        foundedTo: 1990,
      });
      for (const branch of ["教工第一党支部", "教工第二党支部", "离退休教师党支部"].slice(0, this.random.int(2, 3))) {
        this.add(unit, {
          name: `${school}${branch}`,
          type: "BRANCH",
          field: "PUBLIC_INSTITUTION",
          role: "institution",
          town: seat,
          zone: seatZone,
          foundedFrom: 1980,
          foundedTo: 2005,
        });
      }
    }
    for (const school of ["市实验小学", "市第二中学", "市第三中学", "市特殊教育学校"]) {
      this.add(education, {
        name: `${school}党支部`,
        type: "BRANCH",
        field: "PUBLIC_INSTITUTION",
        role: "institution",
        town: seat,
        zone: seatZone,
        foundedFrom: 1965,
        foundedTo: 1995,
      });
    }
    for (const town of towns) {
      for (const school of [`${shortName(town)}中学`, `${shortName(town)}中心小学`]) {
        this.add(education, {
          name: `${school}党支部`,
          type: "BRANCH",
          field: "PUBLIC_INSTITUTION",
          role: "institution",
          town,
          zone: this.centreOf(town),
          foundedFrom: 1965,
          foundedTo: 1998,
        });
      }
    }
  }

  /** 市卫生局党委: the city hospitals and a health centre in every town. */
  addHealth(seat: TownRecord, towns: readonly TownRecord[]): void {
    const institution = (
      parent: OrganisationRecord,
      name: string,
      type: OrganisationType,
      town: TownRecord,
      foundedFrom: number,
      foundedTo: number,
    ) =>
      this.add(parent, {
        name,
        type,
        field: "PUBLIC_INSTITUTION",
        role: "institution",
        town,
        zone: this.centreOf(town),
        foundedFrom,
        foundedTo,
      });
    const health = this.add(null, {
      name: "中共市卫生局委员会",
      type: "PARTY_COMMITTEE",
      field: "PUBLIC_INSTITUTION",
      role: "cityCommittee",
      town: seat,
      zone: null,
      foundedFrom: 1986,
      foundedTo: 1986,
    });
    const hospital = institution(health, "中共市人民医院委员会", "PARTY_COMMITTEE", seat, 1978, 1982);
    for (const branch of ["机关党支部", "内科党支部", "外科党支部", "医技党支部", "离退休党支部"]) {
      institution(hospital, `市人民医院${branch}`, "BRANCH", seat, 1985, 2006);
    }
    const traditional = institution(health, "市中医院党总支", "GENERAL_BRANCH", seat, 1980, 1990);
    for (const branch of ["临床党支部", "机关后勤党支部"])
      institution(traditional, `市中医院${branch}`, "BRANCH", seat, 1990, 2008);
    for (const unit of ["市妇幼保健院", "市疾病预防控制中心", "市卫生监督所"])
      institution(health, `${unit}党支部`, "BRANCH", seat, 1985, 2002);
    for (const town of towns) institution(health, `${shortName(town)}卫生院党支部`, "BRANCH", town, 1975, 2000);
  }

  /** 市国资委党委: a branch per state-owned enterprise, general branches for the large ones. */
  addStateEnterprises(seat: TownRecord): void {
    const assets = this.add(null, {
      name: "中共市国资委委员会",
      type: "PARTY_COMMITTEE",
      field: "STATE_ENTERPRISE",
      role: "cityCommittee",
      town: seat,
      zone: null,
      foundedFrom: 2005,
      foundedTo: 2005,
    });
    for (const enterprise of STATE_ENTERPRISES) {
      const large = LARGE_STATE_ENTERPRISES.has(enterprise);
      const unit = this.add(assets, {
        name: `${enterprise}${large ? "党总支" : "党支部"}`,
        type: large ? "GENERAL_BRANCH" : "BRANCH",
        field: "STATE_ENTERPRISE",
        role: "stateEnterprise",
        town: seat,
        zone: null,
        foundedFrom: 1990,
        foundedTo: 2010,
      });
      const branches = large ? this.random.int(2, 3) : 0;
      for (let index = 1; index <= branches; index++) {
        this.add(unit, {
          name: `${enterprise}第${chineseNumber(index)}党支部`,
          type: "BRANCH",
          field: "STATE_ENTERPRISE",
          role: "stateEnterprise",
          town: seat,
          zone: null,
          foundedFrom: 1995,
          foundedTo: 2012,
        });
      }
    }
  }

  /** Village branches make up the count: every committee gets at least 3, every general branch at least 2. */
  fillVillageBranches(): void {
    const random = this.random;
    const parents = this.villageMains.filter((organisation) => organisation.type !== "BRANCH");
    const minimum = (organisation: OrganisationRecord) => (organisation.type === "PARTY_COMMITTEE" ? 3 : 2);
    const existing = this.roots.reduce((count, root) => count + countTree(root), 0);
    const needed = ORGANISATION_COUNT - existing;
    const floor = parents.reduce((sum, organisation) => sum + minimum(organisation), 0);
    if (needed < floor)
      throw new Error(`The organisation plan leaves ${needed} village branches, below the minimum ${floor}`);
    const extra = apportion(
      needed - floor,
      parents.map((organisation) => (organisation.type === "PARTY_COMMITTEE" ? 2.2 : 1) * random.float(0.5, 1.5)),
    );
    parents.forEach((parent, index) => {
      const count = minimum(parent) + (extra[index] ?? 0);
      const specials = random.sample(VILLAGE_SPECIAL_BRANCHES, Math.min(count - 1, random.int(0, 2)));
      for (let number = 1; number <= count; number++) {
        const suffix = specials[number - 1] ?? `第${chineseNumber(number - specials.length)}党支部`;
        const recent = random.chance(0.12);
        this.add(parent, {
          name: `${parent.town.name}${parent.zone?.name ?? ""}${suffix}`,
          type: "BRANCH",
          field: "RURAL",
          role: "zoneBranch",
          town: parent.town,
          zone: parent.zone,
          foundedFrom: recent ? 2012 : 1975,
          foundedTo: recent ? 2015 : 2011,
        });
      }
    });
  }

  private zonesOf(town: TownRecord): ZoneRecord[] {
    return this.zones.filter((zone) => zone.town === town);
  }

  /** Where a town's government, schools and health centre are: its first community, or its first zone. */
  private centreOf(town: TownRecord): ZoneRecord | null {
    const zones = this.zonesOf(town);
    return zones.find((zone) => zone.kind === "COMMUNITY") ?? zones[0] ?? null;
  }
}

function shortName(town: TownRecord): string {
  return town.name.replace(/(镇|街道)$/, "");
}

function countTree(root: OrganisationRecord): number {
  return 1 + root.children.reduce((sum, child) => sum + countTree(child), 0);
}

/** Depth-first codes DZZ0001…, and the flat list in that order. */
function assignCodes(roots: OrganisationRecord[]): OrganisationRecord[] {
  const ordered: OrganisationRecord[] = [];
  const visit = (organisation: OrganisationRecord) => {
    ordered.push(organisation);
    organisation.code = `DZZ${String(ordered.length).padStart(4, "0")}`;
    organisation.children.forEach(visit);
  };
  roots.forEach(visit);
  if (ordered.length !== ORGANISATION_COUNT)
    throw new Error(`Built ${ordered.length} organisations, expected ${ORGANISATION_COUNT}`);
  return ordered;
}

/** Inserts level by level so every parent id is known before its children are written. */
export async function insertOrganisations({ writer, world }: SeedContext): Promise<void> {
  let level = world.organisations.filter((organisation) => organisation.parent === null);
  while (level.length > 0) {
    const rows: Row<"PartyOrganisation">[] = level.map((organisation) => ({
      code: organisation.code,
      name: organisation.name,
      type: organisation.type,
      field: organisation.field,
      parentId: organisation.parent?.id ?? null,
      townId: organisation.town.id,
      zoneId: organisation.zone?.id ?? null,
      foundedOn: organisation.foundedOn,
      status: "ACTIVE",
      secretaryName: organisation.secretaryName ?? null,
    }));
    const ids = await writer.insert("PartyOrganisation", rows);
    level.forEach((organisation, index) => {
      organisation.id = ids[index] as number;
    });
    level = level.flatMap((organisation) => organisation.children);
  }
}
