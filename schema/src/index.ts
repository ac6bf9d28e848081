export * from "./programme.ts";
export * from "./datamodel.ts";
export type * from "./datamodel-types.ts";
export * from "./resources.ts";
export * from "./fields.ts";
export * from "./target-metrics.ts";
export * from "./permissions.ts";
export * from "./identifiers.ts";
