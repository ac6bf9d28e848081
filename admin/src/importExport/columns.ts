// The fields a file may fill for a user: the writable ones they may see. Which column fills
// which field is @p181/schema/cells' (columns.ts), shared with the loaders.
import { canSeePersonalData, type Permissions } from "../auth/permissions.ts";
import { writableFields, type AdminField } from "../metadata/fields.ts";

/** Fields a file may fill: the writable ones the user may see. */
export function importableFields(model: string, permissions: Permissions | undefined): AdminField[] {
  return writableFields(model).filter((f) => !f.personal || canSeePersonalData(permissions));
}
