// Chinese name pools for people, places and units, and the generators that draw from them.
import type { Gender } from "@p181/db";
import type { Random } from "./random.ts";

/** Common surnames of southern Jiangsu with rough relative frequencies (眭, 束, 笪, 贡 and 恽 are local). */
const SURNAMES: Readonly<Record<string, number>> = {
  王: 70, 张: 50, 陈: 50, 李: 40, 刘: 30, 徐: 30, 吴: 30, 周: 30, 孙: 20, 朱: 20, 蒋: 20, 杨: 20,
  贺: 18, 眭: 16, 束: 14, 殷: 14, 汤: 14, 黄: 15, 赵: 15, 马: 10, 胡: 10, 郭: 10, 何: 10, 高: 10,
  林: 10, 丁: 10, 沈: 10, 顾: 10, 钱: 10, 戴: 10, 姜: 10, 邹: 10, 许: 10, 陆: 10, 袁: 10, 曹: 10,
  严: 10, 荆: 8, 笪: 8, 贡: 6, 恽: 5, 虞: 6, 谢: 10, 唐: 10, 韩: 10, 冯: 8, 曾: 5, 蔡: 8, 潘: 8,
  范: 8, 葛: 8, 包: 6, 仇: 5, 尹: 6, 薛: 7, 史: 7, 姚: 8, 钟: 5, 卢: 6, 毛: 6, 孔: 5, 邵: 6, 陶: 7,
  俞: 6, 倪: 6, 华: 5, 邱: 5, 秦: 6, 施: 6, 石: 6, 季: 5, 芮: 5, 谈: 5, 吉: 5, 夏: 6, 储: 4, 巢: 4,
};

interface GivenNamePool {
  bornBefore: number;
  /** Single characters, also used for one-character given names. */
  male: readonly string[];
  female: readonly string[];
  /** Two-character given names typical of the cohort. */
  maleNames: readonly string[];
  femaleNames: readonly string[];
}

/** Given names popular in each birth cohort. */
const GIVEN_NAME_POOLS: readonly GivenNamePool[] = [
  {
    bornBefore: 1955,
    male: ["国", "建", "德", "福", "金", "荣", "根", "生", "林", "宝", "才", "贵", "富", "兴", "祥", "庆", "永", "志", "忠", "海", "山", "春"],
    female: ["秀", "英", "兰", "珍", "凤", "梅", "琴", "桂", "菊", "玉", "芳", "云", "花", "美", "月", "仙"],
    maleNames: ["建国", "国华", "志明", "金生", "福根", "荣生", "国兴", "建华", "德明", "永林", "春林", "长林", "宝根", "金宝", "荣华", "德兴", "国平", "志强", "福生", "广才", "庆祥", "兴华", "玉林", "根生", "和平", "振兴", "富贵", "保国"],
    femaleNames: ["秀英", "桂英", "玉兰", "凤英", "秀珍", "桂芳", "菊英", "美华", "秀兰", "金凤", "玉珍", "兰英", "月娥", "素珍", "秀芳", "桂兰", "玉英", "凤珍", "金娣", "小妹", "美英", "秀梅"],
  },
  {
    bornBefore: 1975,
    male: ["建", "国", "华", "明", "军", "伟", "强", "平", "卫", "东", "忠", "新", "勇", "斌", "峰", "林", "文", "荣", "春", "海", "兵", "刚", "亮"],
    female: ["红", "燕", "芳", "丽", "萍", "霞", "娟", "敏", "琴", "英", "华", "梅", "兰", "玲", "静", "莉", "云", "凤"],
    maleNames: ["建平", "卫东", "红兵", "建军", "国强", "志刚", "小平", "建新", "卫国", "伟民", "海平", "建华", "勇军", "立新", "忠华", "明华", "文斌", "春生", "永红", "国庆", "新民", "跃进", "卫平", "东升", "解放", "伟东", "建忠", "志华"],
    femaleNames: ["红梅", "丽萍", "小燕", "建英", "玉梅", "红英", "丽华", "美玲", "爱华", "秀梅", "惠芬", "雪芳", "晓红", "春燕", "国琴", "亚萍", "海燕", "小红", "素琴", "月琴", "建华", "卫红", "丽娟", "美芳"],
  },
  {
    bornBefore: 1990,
    male: ["伟", "磊", "杰", "涛", "斌", "勇", "军", "鹏", "超", "俊", "峰", "亮", "辉", "刚", "飞", "浩", "强", "波", "健", "龙", "剑", "锋"],
    female: ["静", "丽", "敏", "燕", "婷", "娟", "艳", "霞", "芳", "雪", "洁", "琳", "倩", "颖", "慧", "晶", "蓉", "莉", "娜", "薇"],
    maleNames: ["晓东", "志伟", "海涛", "建伟", "俊杰", "文杰", "晓峰", "鹏飞", "剑锋", "立强", "海波", "宏伟", "国栋", "振华", "晓明", "亚军", "春雷", "云飞", "旭东", "正阳", "晓军", "伟华", "海军", "明亮", "建波", "文涛"],
    femaleNames: ["丽娟", "晓燕", "静静", "婷婷", "雪梅", "晓丽", "玉婷", "海燕", "丽丽", "琳琳", "晓静", "慧敏", "晶晶", "佳慧", "艳红", "雅琴", "倩倩", "小芳", "秋月", "春霞", "燕萍", "晓霞", "文静", "梦婷"],
  },
  {
    bornBefore: Number.POSITIVE_INFINITY,
    male: ["浩", "宇", "轩", "杰", "晨", "俊", "磊", "鹏", "博", "涛", "阳", "昊", "凯", "睿", "航", "鑫", "铭", "哲", "毅", "翔"],
    female: ["婷", "雪", "悦", "欣", "怡", "佳", "颖", "琪", "雯", "璐", "瑶", "倩", "涵", "蕾", "晓", "婧", "萱"],
    maleNames: ["子豪", "浩然", "宇航", "一鸣", "天宇", "俊杰", "浩宇", "子轩", "博文", "思远", "晨阳", "嘉豪", "志豪", "鑫磊", "文博", "泽宇", "昊天", "睿哲", "宇轩", "家豪", "晨曦", "凯文"],
    femaleNames: ["欣怡", "梦瑶", "思琪", "雨涵", "诗涵", "佳怡", "可欣", "心怡", "婧雯", "雨欣", "晓雪", "梓涵", "紫萱", "佳琪", "子涵", "雨萱", "梦琪", "悦然", "思雨", "静怡"],
  },
];

export function personName(random: Random, gender: Gender, birthYear: number): string {
  const pool = GIVEN_NAME_POOLS.find((candidate) => birthYear < candidate.bornBefore) ?? (GIVEN_NAME_POOLS[0] as GivenNamePool);
  const male = gender === "MALE";
  const given = random.chance(0.25) ? random.pick(male ? pool.male : pool.female) : random.pick(male ? pool.maleNames : pool.femaleNames);
  return random.weighted(SURNAMES) + given;
}

/** A name for someone whose age and gender the data does not record. */
export function anyPersonName(random: Random): string {
  return personName(random, random.chance(0.6) ? "MALE" : "FEMALE", random.int(1950, 1990));
}

const VILLAGE_FIRST = [
  "东", "西", "南", "北", "前", "后", "新", "大", "小", "上", "黄", "白", "马", "荆", "胡", "朱", "杨", "柳", "桃", "梅",
  "荷", "麦", "丰", "兴", "华", "安", "永", "长", "庆", "吉", "富", "民", "和", "宁", "乐", "昌", "裕", "隆", "盛", "泰",
  "祥", "福", "德", "仁", "金", "银", "青", "红", "石", "陵", "里", "蒋", "贺", "眭", "河", "湖", "云", "凤", "龙", "九",
];
const VILLAGE_SECOND = [
  "庄", "桥", "塘", "港", "墩", "湾", "岗", "圩", "巷", "河", "湖", "山", "林", "甸", "墅", "浦", "埠", "溪", "泾", "舍",
  "店", "园", "营", "集", "坝", "堰", "楼", "陵", "亭", "家",
];
const COMMUNITY_NAMES = [
  "云阳", "丹凤", "凤凰", "新民", "华阳", "东门", "南门", "西门", "北门", "金鹰", "锦湖", "翠竹", "桂花", "嘉园", "阳光",
  "新城", "滨河", "运河", "民主", "团结", "和平", "幸福", "东方", "长春", "荷花", "梅园", "香草", "丽华", "春晓", "新华",
  "府前", "人民", "吉祥", "中山", "建设", "胜利", "文昌", "永安", "兴隆", "花园", "东湖", "天地", "绿洲", "紫薇", "练湖",
  "季子", "齐梁", "万善", "银杏", "百花", "锦绣", "南环", "北环", "景苑", "康乐",
];
const PARK_NAMES = [
  "光电产业园", "高新技术产业园", "眼镜产业园", "五金工具园", "汽车零部件产业园", "新材料产业园", "生物医药产业园",
  "电子信息产业园", "新能源产业园", "装备制造产业园", "精细化工园", "现代物流园", "食品工业园", "纺织服装产业园",
  "家居建材产业园", "航空航天产业园", "节能环保产业园", "创业园", "科技创业园", "农业科技园",
];

/** Names of villages, communities and parks; each call returns a name not returned before. */
export class PlaceNames {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  village(): string {
    return this.unique(() => this.random.pick(VILLAGE_FIRST) + this.random.pick(VILLAGE_SECOND) + "村");
  }

  community(): string {
    return this.unique(() => this.random.pick(COMMUNITY_NAMES) + "社区");
  }

  park(): string {
    return this.unique(() => this.random.pick(PARK_NAMES));
  }

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 500; attempt++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error("Ran out of place names");
  }
}

const FIRM_CORES = [
  "恒", "华", "鑫", "瑞", "盛", "泰", "宏", "达", "丰", "源", "联", "创", "远", "天", "中", "金", "新", "明", "亚", "万",
  "通", "海", "正", "永", "嘉", "宝", "凯", "腾", "科", "力", "润", "晶", "大", "精", "诚", "信", "东", "飞", "锦", "美",
];
const FIRM_TRADES = [
  "光学眼镜", "五金工具", "汽车部件", "机械制造", "新材料科技", "电子科技", "生物科技", "纺织服饰", "精密铸造", "塑胶制品",
  "新型建材", "电器", "化工", "食品", "包装材料", "家具", "医疗器械", "光电科技", "新能源科技", "物流", "数控机床", "电缆",
];

/** Registered names of private enterprises; each call returns a new one. */
export class FirmNames {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): { name: string; trade: string } {
    for (let attempt = 0; attempt < 500; attempt++) {
      const core = this.random.pick(FIRM_CORES) + this.random.pick(FIRM_CORES);
      const trade = this.random.pick(FIRM_TRADES);
      const form = this.random.weighted({ 有限公司: 7, 股份有限公司: 2, 集团有限公司: 1 });
      const prefix = this.random.chance(0.6) ? "江苏" : "";
      const name = `${prefix}${core}${trade}${form}`;
      if (core[0] !== core[1] && !this.used.has(name)) {
        this.used.add(name);
        return { name, trade };
      }
    }
    throw new Error("Ran out of enterprise names");
  }
}

/** City organs (市级机关) that send cadres, instructors and organise work. */
export const CITY_ORGANS = [
  "市委办公室", "市政府办公室", "市委组织部", "市委宣传部", "市委统战部", "市委政法委", "市纪委", "市委政策研究室",
  "市发展和改革委员会", "市经济和信息化委员会", "市科学技术局", "市公安局", "市民政局", "市司法局", "市财政局",
  "市人力资源和社会保障局", "市国土资源局", "市环境保护局", "市住房和城乡建设局", "市交通运输局", "市水利局",
  "市农业委员会", "市商务局", "市文化广电新闻出版局", "市审计局", "市统计局", "市安全生产监督管理局", "市物价局",
  "市城市管理局", "市规划局", "市工商行政管理局", "市质量技术监督局", "市国家税务局", "市地方税务局", "市人民法院",
  "市人民检察院", "市人大常委会办公室", "市政协办公室", "市总工会", "团市委", "市妇联", "市科协", "市残联",
  "市档案局", "市信访局", "市机关事务管理局", "市行政服务中心", "市住房公积金管理中心", "市老干部局", "市委党校",
] as const;

export const STATE_ENTERPRISES = [
  "市城市建设投资有限公司", "市交通产业集团有限公司", "市水务集团有限公司", "市国有资产投资经营有限公司",
  "市粮食购销总公司", "市供销合作总社", "市农村商业银行", "市新农村建设投资有限公司", "市公共交通有限公司",
  "市广播电视网络有限公司", "市旅游发展有限公司", "市城乡规划设计院有限公司", "市自来水有限公司",
  "市燃气有限公司", "市开发区建设发展有限公司", "市物资集团有限公司", "市农业发展有限公司", "市保安服务有限公司",
] as const;

export const SKILLS = [
  "医疗护理", "法律咨询", "农业技术", "电工维修", "文艺宣传", "教育辅导", "计算机", "驾驶", "心理疏导", "财务会计",
  "书法绘画", "摄影摄像", "水电维修", "家电维修", "养殖技术", "园艺", "调解纠纷", "外语", "烹饪", "体育健身",
] as const;

/** Mobile phone prefixes in use in the early 2010s. */
const PHONE_PREFIXES = [
  "133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "180", "181", "182", "187", "188",
  "189", "130", "131", "132", "155", "156", "186", "153", "177",
];

export function mobilePhone(random: Random): string {
  return random.pick(PHONE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, "0");
}

const CHINESE_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for ordinals up to 99). */
export function chineseNumber(value: number): string {
  if (value <= 10) return CHINESE_DIGITS[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens > 1 ? CHINESE_DIGITS[tens] : ""}十${units > 0 ? CHINESE_DIGITS[units] : ""}`;
}
