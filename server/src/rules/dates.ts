// End dates are not before start dates: one generic rule per start/end pair of the schema.
import { Prisma } from "@p181/db";
import { fieldWords } from "./detail.ts";
import { fieldLabel, kebab, modelLabel } from "./meta.ts";
import { column, ident, live, onlyIds } from "../sql/fragments.ts";
import type { DomainRule } from "./types.ts";

/** Every start/end pair of the data model: [model, earlier field, later field]. */
export const DATE_PAIRS: readonly (readonly [model: string, start: string, end: string])[] = [
  ["LeadershipTeam", "termStart", "termEnd"],
  ["PartyRepresentative", "termStart", "termEnd"],
  ["RepresentativeTour", "startOn", "endOn"],
  ["Proposal", "submittedOn", "respondedOn"],
  ["PublicOpinion", "receivedOn", "respondedOn"],
  ["PublicOpinion", "receivedOn", "resolvedOn"],
  ["SocialCase", "reportedOn", "resolvedOn"],
  ["PostedCadre", "startOn", "endOn"],
  ["InstructorAssignment", "startOn", "endOn"],
  ["VolunteerMembership", "joinedOn", "leftOn"],
  ["TalentTeam", "contactedOn", "signedOn"],
  ["TalentTeam", "signedOn", "landedOn"],
  ["PartyBrand", "launchedOn", "namedOn"],
  ["CatchUpPlan", "startOn", "endOn"],
  ["Benchmark", "selectedOn", "reviewedOn"],
];

function dateOrderRule(model: string, start: string, end: string): DomainRule {
  const startColumn = column("r", start);
  const endColumn = column("r", end);
  return {
    id: `${kebab(model)}-${kebab(end)}-not-before-${kebab(start)}`,
    entity: model,
    field: end,
    label: `${modelLabel(model)}：${fieldLabel(model, end)}不早于${fieldLabel(model, start)}`,
    message: `${end} is not before ${start}`,
    enforcement: "write",
    triggers: { [model]: "id" },
    violations: (ids) => Prisma.sql`
      SELECT r.id AS "recordId",
             jsonb_build_object('start', to_char(${startColumn}, 'YYYY-MM-DD'), 'end', to_char(${endColumn}, 'YYYY-MM-DD')) AS "values"
      FROM ${ident(model)} r
      WHERE ${live("r")} AND ${endColumn} < ${startColumn} ${onlyIds(Prisma.sql`r.id`, ids)}`,
    detail: (values) => {
      const [from, to] = [fieldWords(model, start), fieldWords(model, end)];
      return {
        zh: `${to.zh} ${values.end} 早于${from.zh} ${values.start}`,
        en: `${to.en} ${values.end} is before ${from.en} ${values.start}`,
      };
    },
  };
}

export const dateRules: DomainRule[] = DATE_PAIRS.map(([model, start, end]) => dateOrderRule(model, start, end));
