// The React-Admin <Resource> props of an entity: generic views unless registry overrides
// them, and no create/edit views for users who may not write it.
import type { ResourceProps } from "react-admin";
import { canWriteResource, type Permissions } from "../auth/permissions.ts";
import { resourceFor } from "../metadata/fields.ts";
import { registry } from "../registry.ts";
import { lazyNamed } from "../lazy.ts";

// The views, with the grid, load with the first entity page, not with the sign-in page.
const GenericList = lazyNamed(() => import("./views.tsx"), "GenericList");
const GenericShow = lazyNamed(() => import("./views.tsx"), "GenericShow");
const GenericEdit = lazyNamed(() => import("./views.tsx"), "GenericEdit");
const GenericCreate = lazyNamed(() => import("./views.tsx"), "GenericCreate");

export function resourceProps(model: string, permissions: Permissions | undefined): ResourceProps {
  const resource = resourceFor(model);
  const views = registry.viewsOf(model);
  const canWrite = canWriteResource(model, permissions);
  return {
    name: model,
    list: views.list ?? GenericList,
    show: views.show ?? GenericShow,
    ...(canWrite ? { edit: views.edit ?? GenericEdit, create: views.create ?? GenericCreate } : {}),
    recordRepresentation: (record) =>
      resource.displayField !== "id" && record[resource.displayField]
        ? String(record[resource.displayField])
        : `#${record.id}`,
  };
}
