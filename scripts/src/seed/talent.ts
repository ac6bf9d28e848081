// Plan 4 (百个创新创业人才团队大引进): platforms, recruitment events and 100+ talent teams that
// move from first contact to signing to landing, mostly in the parks.
import type {
  EmergingIndustry,
  RecruitmentEventKind,
  TalentChannel,
  TalentOriginKind,
  TalentPlatformKind,
} from "@p181/db";
import { addDays, AS_OF, day, PROGRAMME_YEARS, yearEnd, yearStart } from "./calendar.ts";
import type { SeedContext, TownRecord, ZoneRecord } from "./context.ts";
import { anyPersonName } from "./names.ts";
import type { Random } from "./random.ts";
import { plannedCount, townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

const PROJECTS: Readonly<Record<EmergingIndustry, readonly string[]>> = {
  NEW_ENERGY: ["高效晶硅太阳能电池", "锂离子动力电池隔膜", "风电变流器", "氢燃料电池电堆"],
  NEW_MATERIALS: ["石墨烯导热膜", "碳纤维复合材料", "高性能光学树脂镜片", "纳米涂层材料"],
  BIOMEDICINE: ["单克隆抗体药物", "新型医用敷料", "体外诊断试剂", "生物酶制剂"],
  ELECTRONIC_INFORMATION: ["物联网传感器", "工业控制软件", "LED驱动芯片", "智能终端模组"],
  HIGH_END_EQUIPMENT: ["数控精密机床", "工业机器人减速器", "航空零部件精密加工", "智能物流装备"],
  ENERGY_SAVING: ["工业余热回收系统", "污水深度处理膜组件", "VOCs治理设备", "高效节能电机"],
  MODERN_AGRICULTURE: ["设施农业智能控制", "优质稻种繁育", "生态水产养殖", "有机肥生产技术"],
  OTHER: ["文化创意设计", "跨境电子商务平台", "检验检测服务"],
};
const DOMESTIC_ORIGINS = [
  "清华大学",
  "南京大学",
  "东南大学",
  "中国科学院苏州纳米所",
  "浙江大学",
  "上海交通大学",
  "江苏大学",
  "哈尔滨工业大学",
  "中国科学院上海光机所",
];
const OVERSEAS_ORIGINS = [
  "美国斯坦福大学",
  "美国加州大学",
  "德国弗劳恩霍夫研究所",
  "英国剑桥大学",
  "日本东京大学",
  "新加坡国立大学",
  "澳大利亚新南威尔士大学",
  "加拿大多伦多大学",
];
const LEADER_TITLES = ["教授", "研究员", "博士", "国家“千人计划”专家", "高级工程师", "江苏省“双创人才”", null];
const EVENT_NAMES: Readonly<Record<RecruitmentEventKind, readonly string[]>> = {
  TALENT_FAIR: ["高层次人才洽谈会", "产学研合作洽谈会", "海内外人才项目对接会"],
  ROADSHOW: ["创新创业项目路演(上海)", "科技项目路演(南京)", "高新技术项目路演(北京)"],
  HEADHUNTER_CAMPAIGN: ["“猎头”引才专场", "高端人才寻访专项行动"],
  OVERSEAS_TRIP: ["海外高层次人才招引(美国)", "海外高层次人才招引(欧洲)", "海外人才项目对接(新加坡)"],
};

interface EventRecord {
  id: number;
  heldOn: Date;
}

export async function seedTalent({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("talent");
  const platforms = await seedPlatforms(writer, random, world.towns);
  const events = await seedEvents(writer, random);
  const towns = world.towns.map((town) => ({ town, weight: townWeight("TALENT_TEAMS_LANDED", world, town) }));
  const parks = (town: TownRecord) => world.zones.filter((zone) => zone.town === town && zone.kind === "PARK");
  const rows: Row<"TalentTeam">[] = [];
  const addTeam = (
    stage: "CONTACT" | "SIGNED" | "LANDED",
    landedOn: Date | null,
    signedOn: Date | null,
    contactedOn: Date,
  ) => {
    const { town } = random.pickWeighted(towns, (entry) => entry.weight);
    const field = random.weighted<EmergingIndustry>({
      NEW_ENERGY: 15,
      NEW_MATERIALS: 18,
      BIOMEDICINE: 12,
      ELECTRONIC_INFORMATION: 18,
      HIGH_END_EQUIPMENT: 17,
      ENERGY_SAVING: 10,
      MODERN_AGRICULTURE: 6,
      OTHER: 4,
    });
    const originKind = random.weighted<TalentOriginKind>({ DOMESTIC: 60, OVERSEAS: 40 });
    const channel = random.weighted<TalentChannel>({ HEADHUNTER: 22, RECRUITMENT_EVENT: 40, REFERRAL: 15, DIRECT: 23 });
    const event = channel === "RECRUITMENT_EVENT" ? latestEventBefore(events, contactedOn) : null;
    const zones: ZoneRecord[] = parks(town);
    const leader = anyPersonName(random);
    const project = random.pick(PROJECTS[field]);
    rows.push({
      name: `${leader}${project}团队`,
      leaderName: leader,
      leaderTitle: random.pick(LEADER_TITLES),
      field,
      originKind,
      origin: random.pick(originKind === "OVERSEAS" ? OVERSEAS_ORIGINS : DOMESTIC_ORIGINS),
      projectName: `${project}研发及产业化项目`,
      investment: random.float(200, 8_000),
      memberCount: random.int(3, 25),
      stage,
      channel: event || channel !== "RECRUITMENT_EVENT" ? channel : "DIRECT",
      recruitmentEventId: event?.id ?? null,
      platformId: random.chance(0.5) ? random.pick(platforms) : null,
      townId: town.id,
      zoneId: zones.length > 0 ? random.pick(zones).id : null,
      contactedOn,
      signedOn,
      landedOn,
    });
  };
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("TALENT_TEAMS_LANDED", year); n > 0; n--) {
      const landedOn = random.date(yearStart(year), yearEnd(year));
      const signedOn = addDays(landedOn, -random.int(30, 200));
      addTeam("LANDED", landedOn, signedOn, addDays(signedOn, -random.int(30, 300)));
    }
  }
  for (let n = random.int(18, 24); n > 0; n--) {
    const signedOn = random.date(day(2014, 9, 1), AS_OF);
    addTeam("SIGNED", null, signedOn, addDays(signedOn, -random.int(30, 300)));
  }
  for (let n = random.int(25, 35); n > 0; n--) addTeam("CONTACT", null, null, random.date(day(2014, 6, 1), AS_OF));
  rows.sort((a, b) => (a.contactedOn as Date).getTime() - (b.contactedOn as Date).getTime());
  await writer.insert("TalentTeam", rows);
}

function latestEventBefore(events: readonly EventRecord[], date: Date): EventRecord | null {
  const earlier = events.filter((event) => event.heldOn <= date);
  return earlier[earlier.length - 1] ?? null;
}

async function seedPlatforms(
  writer: SeedContext["writer"],
  random: Random,
  towns: readonly TownRecord[],
): Promise<number[]> {
  const district = towns.find((town) => town.kind === "DISTRICT") ?? null;
  const platforms: { name: string; kind: TalentPlatformKind; town: TownRecord | null; establishedOn: Date }[] = [
    { name: "市科技创新中心", kind: "SCI_TECH_CENTRE", town: district, establishedOn: day(2009, 5, 18) },
    { name: "市高层次人才专家楼", kind: "EXPERT_BUILDING", town: null, establishedOn: day(2010, 9, 28) },
  ];
  const hosts = random.sample(towns, 8);
  hosts.forEach((town, index) => {
    const kind: TalentPlatformKind = index < 5 ? "POSTDOC_STATION" : "ACADEMICIAN_STATION";
    platforms.push({
      name: `${town.name}${["光电", "新材料", "汽车部件", "生物医药", "精密机械", "电子信息", "节能环保", "高端装备"][index]}企业${kind === "POSTDOC_STATION" ? "博士后科研工作站" : "院士工作站"}`,
      kind,
      town,
      establishedOn: random.date(day(2006, 1, 1), day(2014, 12, 31)),
    });
  });
  return writer.insert(
    "TalentPlatform",
    platforms.map((platform) => ({
      name: platform.name,
      kind: platform.kind,
      townId: platform.town?.id ?? null,
      establishedOn: platform.establishedOn,
    })),
  );
}

async function seedEvents(writer: SeedContext["writer"], random: Random): Promise<EventRecord[]> {
  const events: Row<"RecruitmentEvent">[] = [];
  for (const year of [2011, ...PROGRAMME_YEARS]) {
    for (let n = random.int(7, 12); n > 0; n--) {
      const kind = random.weighted<RecruitmentEventKind>({
        TALENT_FAIR: 40,
        ROADSHOW: 25,
        HEADHUNTER_CAMPAIGN: 15,
        OVERSEAS_TRIP: 20,
      });
      const name = random.pick(EVENT_NAMES[kind]);
      events.push({
        name: `${year}年${name}`,
        kind,
        heldOn: random.date(yearStart(year), day(year, 12, 15)),
        location:
          kind === "OVERSEAS_TRIP"
            ? name.replace(/.*\((.*)\)/, "$1")
            : random.pick(["市国际会议中心", "上海", "南京", "北京", "深圳", "市科技创新中心"]),
        organiser: random.pick(["市委组织部", "市人才工作领导小组办公室", "市科学技术局", "市人力资源和社会保障局"]),
        participants: random.int(40, 600),
      });
    }
  }
  events.sort((a, b) => (a.heldOn as Date).getTime() - (b.heldOn as Date).getTime());
  const ids = await writer.insert("RecruitmentEvent", events);
  return events.map((event, index) => ({ id: ids[index] as number, heldOn: event.heldOn as Date }));
}
