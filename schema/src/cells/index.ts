// Cells typed, pasted or read from files → the values the API expects, and back: the one
// parser of the admin's grid, its import and the bulk loaders.
export * from "./derived.ts";
export * from "./format.ts";
export * from "./messages.ts";
export * from "./references.ts";
export * from "./text.ts";
export * from "./typed.ts";
export * from "./columns.ts";
