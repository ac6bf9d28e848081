// 百个基层党建品牌: the focus matches the field (企业: 创新转型; 农村: 致富或社会管理; 机关: 服务群众或效能).
import { Prisma } from "@p181/db";
import { live, onlyIds } from "../sql/fragments.ts";
import { enumWords, fieldWords, listed } from "./detail.ts";
import type { DomainRule } from "./types.ts";

/** Focuses each field may choose; fields not listed (communities) may choose any. */
export const BRAND_FOCUS_BY_FIELD: Record<string, readonly string[]> = {
  ENTERPRISE: ["INNOVATION_UPGRADING"],
  VILLAGE: ["ENRICHMENT", "SOCIAL_MANAGEMENT"],
  ORGAN: ["SERVING_PEOPLE", "EFFICIENCY"],
};

const allowed = Prisma.join(
  Object.entries(BRAND_FOCUS_BY_FIELD).flatMap(([field, focuses]) =>
    focuses.map((focus) => Prisma.sql`(${field}::text, ${focus}::text)`),
  ),
);

export const brandRules: DomainRule[] = [
  {
    id: "party-brand-focus-matches-field",
    entity: "PartyBrand",
    field: "focus",
    label: "品牌创建重点应与所属领域相符",
    message:
      "the focus matches the field (enterprise: innovation and upgrading; village: enrichment or social management; organ: serving people or efficiency)",
    // The schema says "should": listed for follow-up, not refused.
    enforcement: "report",
    triggers: { PartyBrand: "id" },
    violations: (ids) => Prisma.sql`
      SELECT b.id AS "recordId", jsonb_build_object('field', b.field, 'focus', b.focus) AS "values"
      FROM "PartyBrand" b
      WHERE ${live("b")} ${onlyIds(Prisma.sql`b.id`, ids)}
        AND b.field::text = ANY(${Object.keys(BRAND_FOCUS_BY_FIELD)}::text[])
        AND NOT EXISTS (
          SELECT 1 FROM (VALUES ${allowed}) AS ok(field, focus)
          WHERE ok.field = b.field::text AND ok.focus = b.focus::text)`,
    detail: ({ field, focus }) =>
      listed([
        [fieldWords("PartyBrand", "field"), enumWords("BrandField", String(field))],
        [fieldWords("PartyBrand", "focus"), enumWords("BrandFocus", String(focus))],
      ]),
  },
];
