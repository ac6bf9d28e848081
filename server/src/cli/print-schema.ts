// Writes the printed SDL, the contract between API and admin, to schema/schema.graphql.
import fs from "node:fs";
import { printedSchema, sdlFile } from "../graphql/sdl.ts";

fs.writeFileSync(sdlFile, printedSchema());
console.log(`Wrote ${sdlFile}`);
