import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./index.ts";

export const sdlFile = path.resolve(import.meta.dirname, "../../../schema/schema.graphql");

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
