export * from "./programme.ts";
