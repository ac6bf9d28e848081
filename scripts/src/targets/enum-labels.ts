// Chinese labels of Prisma enum values, read from the `/// 中文 | English` doc comment above
// each value in prisma/schema/*.prisma. Everything else in this module asks enumLabel(), so
// switching to the shared generated metadata in @p181/schema only touches this file.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@p181/db";

export interface EnumValueDoc {
  /** The Chinese label users type and see, e.g. 百名年轻机关干部一线大派驻. */
  label: string;
  /** The English description after the "|". */
  description: string;
}

const schemaDir = path.join(repoRoot, "prisma", "schema");
let cache: Map<string, Map<string, EnumValueDoc>> | undefined;

/** The Chinese label of one enum value, or undefined when it has no doc comment. */
export function enumLabel(enumName: string, value: string): string | undefined {
  return enumDocs().get(enumName)?.get(value)?.label;
}

/** Every documented enum value, by enum name and value. */
export function enumDocs(): Map<string, Map<string, EnumValueDoc>> {
  cache ??= parseEnumDocs(
    fs
      .readdirSync(schemaDir)
      .filter((file) => file.endsWith(".prisma"))
      .map((file) => fs.readFileSync(path.join(schemaDir, file), "utf8"))
      .join("\n"),
  );
  return cache;
}

export function parseEnumDocs(schema: string): Map<string, Map<string, EnumValueDoc>> {
  const enums = new Map<string, Map<string, EnumValueDoc>>();
  let current: Map<string, EnumValueDoc> | undefined;
  let pendingDoc: string | undefined;
  for (const rawLine of schema.split(/\r?\n/)) {
    const line = rawLine.trim();
    const opening = /^enum\s+(\w+)\s*\{$/.exec(line);
    if (opening?.[1]) {
      current = new Map();
      enums.set(opening[1], current);
      pendingDoc = undefined;
    } else if (!current) {
      continue;
    } else if (line === "}") {
      current = undefined;
    } else if (line.startsWith("///")) {
      pendingDoc = line.slice(3).trim();
    } else if (/^\w+$/.test(line)) {
      if (pendingDoc) {
        const [label = "", ...rest] = pendingDoc.split("|");
        current.set(line, { label: label.trim(), description: rest.join("|").trim() });
      }
      pendingDoc = undefined;
    }
  }
  return enums;
}
