// Reads the data model and its doc comments from `prisma format`-ed schema files.
// Prisma's DMMF drops doc comments on enum values, which carry the labels users see,
// so the schema text itself is the source.
import type { Datamodel, Documented, EnumMeta, FieldMeta, ModelMeta, Privacy } from "../datamodel-types.ts";
import { IDENTIFIER_FORMATS, type IdentifierFormat } from "../identifiers.ts";

const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);

interface Block {
  keyword: "model" | "enum";
  name: string;
  docs: string[];
  lines: { docs: string[]; text: string }[];
}

/** Parses schema files (name → text); a model's area is the name of its file. */
export function parsePrismaSchema(files: Record<string, string>): Datamodel {
  const blocks = Object.entries(files).flatMap(([file, source]) =>
    readBlocks(source).map((block) => ({ ...block, area: file.replace(/\.prisma$/, "") })),
  );
  const enumNames = new Set(blocks.filter((b) => b.keyword === "enum").map((b) => b.name));
  const datamodel: Datamodel = { models: {}, enums: {} };
  for (const block of blocks) {
    if (block.keyword === "enum") datamodel.enums[block.name] = toEnum(block);
    else datamodel.models[block.name] = toModel(block, enumNames, block.area);
  }
  return datamodel;
}

function readBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let docs: string[] = [];
  let current: Block | undefined;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("///")) {
      docs.push(line.slice(3).trim());
      continue;
    }
    const opening = /^(model|enum)\s+(\w+)\s*\{$/.exec(line);
    if (opening) {
      current = { keyword: opening[1] as Block["keyword"], name: opening[2]!, docs, lines: [] };
      blocks.push(current);
    } else if (line === "}") {
      current = undefined;
    } else if (current && line !== "" && !line.startsWith("//")) {
      current.lines.push({ docs, text: line });
    }
    docs = [];
  }
  return blocks;
}

function documented(name: string, docs: string[], where: string): Documented & { rules: string[]; tags: string[] } {
  const [first, ...rest] = docs;
  const match = first ? /^(.+?)\s+\|\s+(.+)$/.exec(first) : null;
  if (!match) throw new Error(`${where} needs a "/// 中文标签 | English meaning." doc comment`);
  return {
    name,
    label: match[1]!,
    description: match[2]!,
    rules: rest.filter((line) => line.startsWith("Rule:")).map((line) => line.slice(5).trim()),
    tags: rest.filter((line) => /^@\w+$/.test(line)).map((line) => line.slice(1)),
  };
}

function toEnum(block: Block): EnumMeta {
  const { rules: _rules, tags: _tags, ...meta } = documented(block.name, block.docs, `enum ${block.name}`);
  const values = block.lines.map(({ docs, text }) => {
    const { rules: _r, tags: _t, ...value } = documented(text, docs, `enum value ${block.name}.${text}`);
    return value;
  });
  return { ...meta, values };
}

function toModel(block: Block, enumNames: Set<string>, area: string): ModelMeta {
  const fields: FieldMeta[] = [];
  const uniqueKeys: string[][] = [];
  for (const { docs, text } of block.lines) {
    if (text.startsWith("@@")) {
      const unique = /^@@unique\(\[([^\]]+)\]/.exec(text);
      if (unique) uniqueKeys.push(splitList(unique[1]!));
      continue;
    }
    fields.push(toField(text, docs, block.name, enumNames));
  }
  const { tags: _tags, ...doc } = documented(block.name, block.docs, `model ${block.name}`);
  return { ...doc, area, fields, uniqueKeys };
}

function toField(text: string, docs: string[], model: string, enumNames: Set<string>): FieldMeta {
  const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(text);
  if (!match) throw new Error(`Cannot read field line in ${model}: ${text}`);
  const [, name, type, list, optional, attributes = ""] = match as unknown as [
    string,
    string,
    string,
    string?,
    string?,
    string?,
  ];
  const { rules: _rules, tags, ...doc } = documented(name, docs, `field ${model}.${name}`);
  const privacy = tags.find((tag): tag is Privacy => tag === "personal" || tag === "public");
  const format = tags.find((tag): tag is IdentifierFormat => (IDENTIFIER_FORMATS as readonly string[]).includes(tag));
  const relation = /@relation\([^)]*fields:\s*\[([^\]]+)\]/.exec(attributes);
  const dbType = /@db\.(\w+)/.exec(attributes)?.[1];
  const kind = SCALARS.has(type) ? "scalar" : enumNames.has(type) ? "enum" : "object";
  // Prisma names an unnamed relation after its two models in alphabetical order.
  const relationName =
    kind === "object"
      ? (/@relation\(\s*(?:name:\s*)?"([^"]+)"/.exec(attributes)?.[1] ?? [model, type].sort().join("To"))
      : undefined;
  return {
    ...doc,
    type,
    kind,
    isList: Boolean(list),
    isRequired: !optional && !list,
    isId: /@id\b/.test(attributes),
    isUnique: /@unique\b/.test(attributes),
    hasDefault: /@default\(/.test(attributes),
    isUpdatedAt: /@updatedAt\b/.test(attributes),
    ...(dbType ? { dbType } : {}),
    ...(relation ? { relationFields: splitList(relation[1]!) } : {}),
    ...(relationName ? { relationName } : {}),
    ...(privacy ? { privacy } : {}),
    ...(format ? { format } : {}),
  };
}

function splitList(list: string): string[] {
  return list.split(",").map((item) => item.trim().replace(/\(.*$/, ""));
}
