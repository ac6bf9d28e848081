// Scalars shared by every type: dates without time (@db.Date), exact decimals, JSON.
import { Prisma } from "@p181/db";
import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "./builder.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function invalid(scalar: string, value: unknown): GraphQLError {
  return new GraphQLError(`${scalar} cannot represent ${JSON.stringify(value)}`);
}

builder.scalarType("DateTime", {
  description: "日期时间 | An ISO-8601 date-time, e.g. 2013-05-01T08:00:00.000Z.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== "string" || Number.isNaN(date.getTime())) throw invalid("DateTime", value);
    return date;
  },
});

builder.scalarType("Date", {
  description: "日期 | A calendar date, YYYY-MM-DD.",
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => {
    if (typeof value !== "string" || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw invalid("Date", value);
    return new Date(`${value}T00:00:00.000Z`);
  },
});

builder.scalarType("Decimal", {
  description: "数值 | An exact decimal number, written as a string (e.g. \"12.50\"); numbers are accepted as input.",
  serialize: (value) => value.toString(),
  parseValue: (value) => {
    if ((typeof value !== "string" && typeof value !== "number") || !/^-?\d+(\.\d+)?$/.test(String(value))) {
      throw invalid("Decimal", value);
    }
    return new Prisma.Decimal(String(value));
  },
});

builder.scalarType("JSON", {
  description: "JSON | Any JSON value.",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function parse(node: ValueNode): unknown {
    switch (node.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return node.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return node.values.map(parse);
      case Kind.OBJECT:
        return Object.fromEntries(node.fields.map((field) => [field.name.value, parse(field.value)]));
      default:
        throw new GraphQLError("Variables are not allowed inside JSON literals");
    }
  },
});
