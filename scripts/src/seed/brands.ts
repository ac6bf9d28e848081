// Plan 5 (百个基层党建品牌大创建): at least 100 brands across organs, villages, communities and
// enterprises, each with the focus its field calls for, publicity and yearly evaluations.
import type { BrandField, BrandFocus, BrandStage, OrganisationField, PublicityChannel } from "@p181/db";
import { addDays, AS_OF, day, earliest, PROGRAMME_YEARS, yearEnd, yearStart } from "./calendar.ts";
import type { OrganisationRecord, SeedContext } from "./context.ts";
import { gradeOf } from "./context.ts";
import type { Random } from "./random.ts";
import { plannedCount, townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

const BRAND_FIELD: Readonly<Partial<Record<OrganisationField, BrandField>>> = {
  GOVERNMENT_ORGAN: "ORGAN",
  PUBLIC_INSTITUTION: "ORGAN",
  RURAL: "VILLAGE",
  COMMUNITY: "COMMUNITY",
  STATE_ENTERPRISE: "ENTERPRISE",
  NON_PUBLIC_ENTERPRISE: "ENTERPRISE",
};
/** The focus each field should have (source document: enterprises innovate, villages enrich and manage, organs serve). */
const FOCUS: Readonly<Record<BrandField, Partial<Record<BrandFocus, number>>>> = {
  ENTERPRISE: { INNOVATION_UPGRADING: 1 },
  VILLAGE: { ENRICHMENT: 60, SOCIAL_MANAGEMENT: 40 },
  COMMUNITY: { SOCIAL_MANAGEMENT: 1 },
  ORGAN: { SERVING_PEOPLE: 60, EFFICIENCY: 40 },
};
const CORES = [
  "先锋",
  "红色",
  "连心",
  "党旗",
  "同心",
  "惠民",
  "红帆",
  "领航",
  "聚力",
  "暖心",
  "阳光",
  "星火",
  "堡垒",
  "铸魂",
  "红心",
  "初心",
];
const SUFFIXES: Readonly<Record<BrandFocus, readonly string[]>> = {
  ENRICHMENT: ["富民工程", "致富路", "田园先锋", "共富联盟", "产业领航"],
  SOCIAL_MANAGEMENT: ["和美家园", "网格先锋", "红管家", "邻里家园", "连心桥", "幸福驿站"],
  SERVING_PEOPLE: ["为民直通车", "服务零距离", "先锋窗口", "便民驿站"],
  EFFICIENCY: ["效能快车", "一站通", "高效先锋", "马上办"],
  INNOVATION_UPGRADING: ["红色引擎", "创新先锋", "党员攻关团", "转型先锋", "匠心工程"],
};
const SLOGANS = [
  "一个支部一面旗",
  "党员带头、群众受益",
  "服务零距离、满意百分百",
  "党建强、发展强",
  "把支部建在产业链上",
  "小网格、大服务",
];

export async function seedBrands({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("brands");
  const candidates = world.organisations.filter(
    (organisation) =>
      BRAND_FIELD[organisation.field] &&
      ["zoneMain", "organ", "institution", "enterprise", "stateEnterprise"].includes(organisation.role),
  );
  const townShare = new Map(
    world.towns.map((town) => [
      town,
      townWeight("BRANDS_CREATED", world, town) / Math.max(1, candidates.filter((other) => other.town === town).length),
    ]),
  );
  const weightOf = (organisation: OrganisationRecord) =>
    (townShare.get(organisation.town) ?? 0) * (organisation.type === "BRANCH" ? 1 : 2.5);
  const launches: Date[] = Array.from({ length: 12 }, () => random.date(day(2009, 3, 1), day(2011, 12, 31)));
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("BRANDS_CREATED", year); n > 0; n--)
      launches.push(random.date(yearStart(year), yearEnd(year)));
  }
  launches.sort((a, b) => a.getTime() - b.getTime());
  const names = new Set<string>();
  const used = new Set<OrganisationRecord>();
  const brands = launches.map((launchedOn) => {
    const eligible = candidates.filter(
      (organisation) => !used.has(organisation) && organisation.foundedOn < launchedOn,
    );
    const organisation = random.pickWeighted(eligible, weightOf);
    used.add(organisation);
    const field = BRAND_FIELD[organisation.field] as BrandField;
    const focus = random.weighted(FOCUS[field]);
    return {
      organisation,
      field,
      focus,
      launchedOn,
      name: brandName(random, focus, names),
      namedOn: null as Date | null,
    };
  });
  for (const year of PROGRAMME_YEARS) {
    const ready = brands.filter((brand) => !brand.namedOn && brand.launchedOn <= day(year - 1, 6, 30));
    for (const brand of random.sample(ready, plannedCount("BRANDS_NAMED", year))) {
      brand.namedOn = random.date(yearStart(year), day(year, 12, 20));
    }
  }
  const ids = await writer.insert(
    "PartyBrand",
    brands.map((brand): Row<"PartyBrand"> => {
      const stage: BrandStage = brand.namedOn
        ? "NAMED"
        : brand.launchedOn <= addDays(AS_OF, -365) && random.chance(0.7)
          ? "ESTABLISHED"
          : "CULTIVATING";
      return {
        name: brand.name,
        organisationId: brand.organisation.id,
        field: brand.field,
        focus: brand.focus,
        stage,
        launchedOn: brand.launchedOn,
        namedOn: brand.namedOn,
        slogan: random.chance(0.8) ? random.pick(SLOGANS) : null,
        description: `${brand.organisation.name}围绕“${brand.name}”品牌，${random.pick(["建立党员责任区", "开展党员承诺践诺", "推行党员积分管理", "组建党员服务小分队", "设立党员示范岗"])}，形成了可复制的工作经验。`,
      };
    }),
  );
  const publicity: Row<"BrandPublicity">[] = [];
  const evaluations: Row<"BrandEvaluation">[] = [];
  brands.forEach((brand, index) => {
    for (let n = random.int(1, brand.namedOn ? 4 : 2); n > 0; n--) {
      const channel = random.weighted<PublicityChannel>({
        NEWSPAPER: 25,
        TELEVISION: 15,
        WEBSITE: 30,
        NEW_MEDIA: 20,
        EXHIBITION: 10,
      });
      publicity.push({
        brandId: ids[index] as number,
        channel,
        title: `${brand.name}：${random.pick(["党建引领促发展", "小品牌汇聚大能量", "让党旗在一线高高飘扬", "服务群众有温度"])}`,
        publishedOn: random.date(earliest(addDays(brand.launchedOn, 30), AS_OF), AS_OF),
        reach: channel === "EXHIBITION" ? random.int(300, 5_000) : random.int(2_000, 200_000),
      });
    }
    const firstYear = Math.max(
      PROGRAMME_YEARS[0] ?? 2012,
      brand.launchedOn.getUTCFullYear() + (brand.launchedOn.getUTCMonth() < 6 ? 0 : 1),
    );
    for (let year = firstYear; year <= AS_OF.getUTCFullYear(); year++) {
      const score = Math.min(
        99,
        random.float(70, 92) + (brand.namedOn && brand.namedOn.getUTCFullYear() <= year ? 5 : 0),
      );
      evaluations.push({
        brandId: ids[index] as number,
        year,
        score,
        grade: gradeOf(score),
        evaluator: random.pick([
          "市委组织部考核组",
          `${brand.organisation.town.name}${brand.organisation.town.kind === "DISTRICT" ? "党工委" : "党委"}`,
          "市级机关工委",
        ]),
        comments: random.chance(0.4)
          ? random.pick(["特色鲜明，成效明显", "需进一步提炼总结", "群众知晓率较高", "建议加大宣传推广力度"])
          : null,
      });
    }
  });
  await writer.insert("BrandPublicity", publicity);
  await writer.insert("BrandEvaluation", evaluations);
}

function brandName(random: Random, focus: BrandFocus, used: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const name = `${random.pick(CORES)}·${random.pick(SUFFIXES[focus])}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error("Ran out of brand names");
}
