// A writer may only point a foreign key at a row they can see: the check runs as the
// writer (SECURITY INVOKER), so row-level security decides. Writes by the owner (seed,
// migrations, the maintenance triggers) see every row anyway and skip the check.
import { datamodel, resources, type Resource } from "@p181/schema";
import { ident, literal, ROLES, SQLSTATE } from "./sql.ts";

const isAuditRelation = (relationName: string | undefined) => /(CreatedBy|UpdatedBy)$/.test(relationName ?? "");

/** Foreign keys a client writes: every to-one relation to an entity, except the audit users. */
export function writtenReferences(model: string): { column: string; target: string }[] {
  return datamodel.models[model]!.fields.flatMap((field) =>
    field.kind === "object" && field.relationFields && resources[field.type] && !isAuditRelation(field.relationName)
      ? [{ column: field.relationFields[0]!, target: field.type }]
      : [],
  );
}

export function referenceHelpers(): string {
  return `CREATE OR REPLACE FUNCTION p181.refuse_reference(entity text, field text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = '${SQLSTATE.unreachableReference}',
    MESSAGE = format('%s.%s: 引用的记录不存在或不在您的管理范围内 / refers to a record that does not exist or is outside your area', entity, field),
    TABLE = entity, COLUMN = field;
END $$;`;
}

export function referenceTrigger(resource: Resource): string {
  const table = ident(resource.model);
  const references = writtenReferences(resource.model);
  if (references.length === 0) return `DROP TRIGGER IF EXISTS p181_check_references ON ${table};`;
  const name = ident(`${resource.model}_references`);
  const checks = references.map(({ column, target }) => {
    const value = `NEW.${ident(column)}`;
    return `  IF ${value} IS NOT NULL AND (TG_OP = 'INSERT' OR ${value} IS DISTINCT FROM OLD.${ident(column)})
     AND NOT EXISTS (SELECT 1 FROM ${ident(target)} WHERE "id" = ${value}) THEN
    PERFORM p181.refuse_reference(${literal(resource.model)}, ${literal(column)});
  END IF;`;
  });
  return `CREATE OR REPLACE FUNCTION p181.${name}() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN (${Object.values(ROLES).map(literal).join(", ")}) THEN RETURN NEW; END IF;
${checks.join("\n")}
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON ${table};
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION p181.${name}();`;
}
