import { describe, expect, it } from "vitest";
import { parsePrismaSchema } from "./parse-prisma.ts";
import { datamodel } from "../generated/datamodel.ts";
import { enumLabel, enumValueFrom } from "../datamodel.ts";

const fixture = `
/// 镇 | A town.
/// Rule: code is unique.
model Town {
  /// 编号 | Primary key.
  id    Int      @id @default(autoincrement())
  /// 编码 | Code.
  code  String   @unique
  /// 村 | Zones.
  zones Zone[]
  /// 类型 | Kind.
  kind  TownKind?
  /// 日期 | Day.
  on    DateTime @db.Date

  @@unique([code, kind])
}

/// 村 | A zone.
model Zone {
  /// 编号 | Primary key.
  id     Int  @id
  /// 镇编号 | Town id.
  townId Int
  /// 镇 | Town.
  town   Town @relation(fields: [townId], references: [id], onDelete: Restrict)
}

/// 类型 | Town kind.
enum TownKind {
  /// 镇 | A town.
  TOWN
  /// 街道 | A street.
  STREET
}
`;

describe("parsePrismaSchema", () => {
  const parsed = parsePrismaSchema({ "core.prisma": fixture });

  it("reads models, fields, keys, relations and rules with their labels", () => {
    const town = parsed.models.Town!;
    expect(town).toMatchObject({
      area: "core",
      label: "镇",
      description: "A town.",
      rules: ["code is unique."],
      uniqueKeys: [["code", "kind"]],
    });
    expect(town.fields.map((f) => [f.name, f.kind, f.isRequired, f.isList])).toEqual([
      ["id", "scalar", true, false],
      ["code", "scalar", true, false],
      ["zones", "object", false, true],
      ["kind", "enum", false, false],
      ["on", "scalar", true, false],
    ]);
    expect(town.fields.find((f) => f.name === "on")?.dbType).toBe("Date");
    const zoneTown = parsed.models.Zone!.fields.find((f) => f.name === "town");
    expect(zoneTown).toMatchObject({ relationFields: ["townId"], relationName: "TownToZone" });
    expect(town.fields.find((f) => f.name === "zones")?.relationName).toBe("TownToZone");
  });

  it("keeps the labels of enum values", () => {
    expect(parsed.enums.TownKind!.values).toEqual([
      { name: "TOWN", label: "镇", description: "A town." },
      { name: "STREET", label: "街道", description: "A street." },
    ]);
  });

  it("refuses an undocumented field", () => {
    expect(() => parsePrismaSchema({ "x.prisma": "/// 镇 | A town.\nmodel T {\n  id Int @id\n}\n" })).toThrow(
      /field T.id needs/,
    );
  });
});

describe("the generated datamodel", () => {
  it("covers the whole 181 Project schema", () => {
    expect(Object.keys(datamodel.models).length).toBeGreaterThanOrEqual(60);
    expect(enumLabel("ProgrammePlan", "TRAINING")).toBe("百场讲学拉练大培训");
    expect(enumValueFrom("TargetScopeLevel", "全市")).toBe("CITY");
    expect(enumValueFrom("TargetScopeLevel", "zone")).toBe("ZONE");
  });
});
