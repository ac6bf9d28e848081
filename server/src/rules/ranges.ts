// Numeric fields within their range: scores out of 100, counts not negative, target values.
import { Prisma } from "@p181/db";
import { fieldLabel, kebab, modelLabel } from "./meta.ts";
import { column, ident, live, onlyIds } from "../sql/fragments.ts";
import type { DomainRule } from "./types.ts";

interface Range {
  model: string;
  field: string;
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  /** Inclusive upper bound. */
  max?: number;
}

/** The ranges stated in the `/// Rule:` lines of the schema. */
export const RANGES: readonly Range[] = [
  { model: "AnnualTarget", field: "value", min: 0 },
  { model: "CadreAssessment", field: "score", min: 0, max: 100 },
  { model: "RepresentativeReview", field: "score", min: 0, max: 100 },
  { model: "BrandEvaluation", field: "score", min: 0, max: 100 },
  { model: "BenchmarkEvaluation", field: "score", min: 0, max: 100 },
  { model: "TrainingEvaluation", field: "satisfaction", min: 0, max: 100 },
  { model: "TrainingSession", field: "plannedAttendees", min: 0 },
  { model: "TrainingSession", field: "actualAttendees", min: 0 },
  { model: "TrainingSession", field: "hours", above: 0 },
];

function describe({ min, above, max }: Range): { id: string; label: string; message: string } {
  if (min !== undefined && max !== undefined) {
    return {
      id: `between-${min}-and-${max}`,
      label: `应在${min}到${max}之间`,
      message: `is between ${min} and ${max}`,
    };
  }
  if (above === 0) return { id: "positive", label: "应大于0", message: "is positive" };
  if (min === 0) return { id: "non-negative", label: "不得为负数", message: "is not negative" };
  throw new Error("Unsupported range");
}

function rangeRule(range: Range): DomainRule {
  const { model, field } = range;
  const value = column("r", field);
  const broken = [
    range.min !== undefined ? Prisma.sql`${value} < ${range.min}::numeric` : null,
    range.above !== undefined ? Prisma.sql`${value} <= ${range.above}::numeric` : null,
    range.max !== undefined ? Prisma.sql`${value} > ${range.max}::numeric` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const text = describe(range);
  return {
    id: `${kebab(model)}-${kebab(field)}-${text.id}`,
    entity: model,
    field,
    label: `${modelLabel(model)}：${fieldLabel(model, field)}${text.label}`,
    message: `${field} ${text.message}`,
    enforcement: "write",
    triggers: { [model]: "id" },
    violations: (ids) => Prisma.sql`
      SELECT r.id AS "recordId", jsonb_build_object('value', ${value}) AS "values"
      FROM ${ident(model)} r
      WHERE ${live("r")} AND (${Prisma.join(broken, " OR ")}) ${onlyIds(Prisma.sql`r.id`, ids)}`,
    detail: ({ value }) => ({ zh: `现为 ${value}`, en: `is ${value}` }),
  };
}

export const rangeRules: DomainRule[] = RANGES.map(rangeRule);
