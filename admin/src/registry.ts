// Extension points for features built on top of the generic admin (dashboard, import…):
// a module registers its views, menu entries and routes here, and App picks them up.
// Call these from a module imported by main.tsx before the app renders.
import type { ComponentType, ReactElement, ReactNode } from "react";
import type { Permissions } from "./auth/permissions.ts";

export interface ResourceViewOverrides {
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}

export interface MenuEntry {
  to: string;
  /** A translation key or text. */
  label: string;
  icon?: ReactElement;
  /** "top" entries come before the entity groups (a dashboard), "bottom" after them (import). */
  position: "top" | "bottom";
  /** Whether the signed-in user is offered the entry at all (e.g. import: those who may write); everyone without it. */
  visible?: (permissions: Permissions) => boolean;
}

const views = new Map<string, ResourceViewOverrides>();
const menuEntries: MenuEntry[] = [];
const routes: { path: string; element: ReactNode }[] = [];
let dashboard: ComponentType<any> | undefined;
const listActions: ComponentType[] = [];

/** Replace some of the generic views of one entity (the rest stay generic). */
export function registerResourceViews(model: string, overrides: ResourceViewOverrides): void {
  views.set(model, { ...views.get(model), ...overrides });
}

export function registerMenuEntry(entry: MenuEntry): void {
  menuEntries.push(entry);
}

/** A page of its own, e.g. { path: "/import", element: <ImportPage /> }. */
export function registerRoute(path: string, element: ReactNode): void {
  routes.push({ path, element });
}

/** A button on every list's toolbar (export, import); it reads the list from useListContext(). */
export function registerListAction(component: ComponentType): void {
  listActions.push(component);
}

export function registerDashboard(component: ComponentType<any>): void {
  dashboard = component;
}

export const registry = {
  viewsOf: (model: string): ResourceViewOverrides => views.get(model) ?? {},
  menuEntries: (position: MenuEntry["position"]) => menuEntries.filter((entry) => entry.position === position),
  routes: () => routes,
  dashboard: () => dashboard,
  listActions: () => listActions,
};
