import type { IdentifierFormat } from "./identifiers.ts";
/** Labels and descriptions come from `/// 中文标签 | English meaning.` doc comments. */
export interface Documented {
  name: string;
  /** Chinese label users know (the part before " | "). */
  label: string;
  /** English meaning (the part after " | "). */
  description: string;
}

export interface FieldMeta extends Documented {
  /** Prisma type name: a scalar (String, Int, Decimal, DateTime…), an enum or a model. */
  type: string;
  kind: "scalar" | "enum" | "object";
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  hasDefault: boolean;
  isUpdatedAt: boolean;
  /** Native database type, e.g. "Date" for `@db.Date`. */
  dbType?: string;
  /** For relation fields that own the foreign key: the scalar fields holding it. */
  relationFields?: string[];
  /** For relation fields: the relation's name, shared with the field on the other side. */
  relationName?: string;
  /**
   * `/// @personal` (ID numbers, phones, birth dates, home addresses, residents' names…):
   * readable only by roles allowed to see personal data, in the API and in PostgreSQL.
   * `/// @public`: looks personal but is not (e.g. a service centre's street address).
   */
  privacy?: Privacy;
  /** `/// @idNumber`, `/// @phone`, `/// @creditCode`: checked as that identifier (identifiers.ts). */
  format?: IdentifierFormat;
}

export type Privacy = "personal" | "public";

export interface ModelMeta extends Documented {
  /** Domain area: the schema file the model lives in (e.g. "zone-work", "plan-training"). */
  area: string;
  /** Domain rules stated in the model's doc comment (lines starting "Rule:"). */
  rules: string[];
  fields: FieldMeta[];
  /** Compound natural keys (`@@unique`). */
  uniqueKeys: string[][];
}

export interface EnumMeta extends Documented {
  values: Documented[];
}

export interface Datamodel {
  models: Record<string, ModelMeta>;
  enums: Record<string, EnumMeta>;
}
