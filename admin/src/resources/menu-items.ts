// What the side menu offers a user: the registered entries (dashboard and reports on top,
// import at the bottom) they may use, and the entity groups cut to the entities that concern
// them (auth/permissions.ts canListResource, from @p181/schema's rules). Pure, so that the
// menu of every role can be tested without a browser.
import { canListResource, type Permissions } from "../auth/permissions.ts";
import type { MenuEntry } from "../registry.ts";
import { MENU_GROUPS, type MenuGroup } from "./areas.ts";

export interface MenuItems {
  top: MenuEntry[];
  groups: MenuGroup[];
  bottom: MenuEntry[];
}

/** The menu of a user; while their permissions are not known yet (undefined), only the entries everyone sees. */
export function menuItems(permissions: Permissions | undefined, entries: readonly MenuEntry[]): MenuItems {
  const offered = entries.filter(
    (entry) => !entry.visible || (permissions !== undefined && entry.visible(permissions)),
  );
  return {
    top: offered.filter((entry) => entry.position === "top"),
    groups: MENU_GROUPS.map((group) => ({
      ...group,
      models: group.models.filter((model) => canListResource(model, permissions)),
    })).filter((group) => group.models.length > 0),
    bottom: offered.filter((entry) => entry.position === "bottom"),
  };
}
