// React.lazy for a named export: the component's module (and what only it imports) becomes a
// chunk of its own, fetched the first time the component renders. The nearest <Suspense>
// (React-Admin's layout has one around the page) shows while it loads.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
