// Scalars shared by every type: dates without time (@db.Date), exact decimals, JSON. Input that
// is not a real value (2013-02-30, 25:00, a 1,000-digit decimal) is refused as BAD_USER_INPUT,
// in variables and literals alike, instead of rolling over or reaching the database.
import { Prisma } from "@p181/db";
import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "./builder.ts";

/** Dates and times outside these years are refused: no record of the programme is older or newer, and typos (0213, 20133) are caught. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;
/** Digits a Decimal may have before and after the point (the widest column is numeric(14, 2)). */
export const DECIMAL_DIGITS = { integer: 20, fraction: 10 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339: date, "T" (or a space), hours and minutes, optional seconds and fraction, and a UTC offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|([+-])(\d{2}):?(\d{2}))$/;
const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

function invalid(scalar: string, value: unknown, reason: string, node?: ValueNode): GraphQLError {
  const shown =
    typeof value === "string" && value.length > 40
      ? `${JSON.stringify(value.slice(0, 40))}…`
      : typeof value === "number"
        ? String(value)
        : (JSON.stringify(value) ?? String(value));
  return new GraphQLError(`${scalar} cannot represent ${shown}: ${reason}`, {
    nodes: node,
    extensions: { code: "BAD_USER_INPUT" },
  });
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Why year-month-day is not a calendar day of the accepted years, or null. */
function dayProblem(year: number, month: number, day: number): string | null {
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return `years ${DATE_YEARS.min} to ${DATE_YEARS.max} only`;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `there is no day ${day} in ${MONTHS[month - 1]} ${year} (${days} days)`;
  return null;
}

function parseDateTime(value: unknown, node?: ValueNode): Date {
  if (typeof value !== "string")
    throw invalid("DateTime", value, "give an ISO-8601 date-time as a string, e.g. 2013-05-01T08:00:00Z", node);
  const match = DATE_TIME.exec(value);
  if (!match) {
    const reason = DATE.test(value)
      ? "a date-time needs a time and a UTC offset, e.g. 2013-05-01T00:00:00+08:00 (for a whole day, compare with gte/lt)"
      : "expected YYYY-MM-DDTHH:MM[:SS[.sss]] and Z or ±HH:MM, e.g. 2013-05-01T08:00:00Z";
    throw invalid("DateTime", value, reason, node);
  }
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second = "0",
    fraction = "",
    zone = "Z",
    sign,
    offsetHours = "0",
    offsetMinutes = "0",
  ] = match;
  const problem =
    dayProblem(Number(year), Number(month), Number(day)) ??
    (Number(hour) > 23 ? `there is no hour ${hour}` : null) ??
    (Number(minute) > 59 ? `there is no minute ${minute}` : null) ??
    (Number(second) > 59 ? `there is no second ${second}` : null) ??
    (zone.toUpperCase() !== "Z" && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
      ? `there is no UTC offset ${zone}`
      : null);
  if (problem) throw invalid("DateTime", value, problem, node);
  const milliseconds = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const offset =
    zone.toUpperCase() === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    milliseconds,
  );
  return new Date(utc - offset * 60_000);
}

function parseDate(value: unknown, node?: ValueNode): Date {
  if (typeof value !== "string") throw invalid("Date", value, "give a calendar date as a string, YYYY-MM-DD", node);
  const match = DATE.exec(value);
  if (!match) throw invalid("Date", value, "expected YYYY-MM-DD, e.g. 2013-05-01", node);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const problem = dayProblem(year, month, day);
  if (problem) throw invalid("Date", value, problem, node);
  return new Date(Date.UTC(year, month - 1, day));
}

function parseDecimal(value: unknown, node?: ValueNode): Prisma.Decimal {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  const match = typeof text === "string" ? DECIMAL.exec(text) : null;
  if (!match)
    throw invalid("Decimal", value, 'expected digits with an optional sign and decimal point, e.g. "12.50"', node);
  if (match[1]!.length > DECIMAL_DIGITS.integer || (match[2]?.length ?? 0) > DECIMAL_DIGITS.fraction) {
    throw invalid(
      "Decimal",
      value,
      `at most ${DECIMAL_DIGITS.integer} digits before the point and ${DECIMAL_DIGITS.fraction} after it`,
      node,
    );
  }
  return new Prisma.Decimal(text as string);
}

/** A literal's value for the scalars above: strings, and numbers for Decimal; anything else is refused by the parser. */
function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    default:
      return node.kind === Kind.ENUM ? node.value : `<${node.kind}>`;
  }
}

builder.scalarType("DateTime", {
  description:
    "日期时间 | An ISO-8601 date-time with a UTC offset, e.g. 2013-05-01T08:00:00.000Z or 2013-05-01T16:00:00+08:00; years 1900-2100. A date without time is refused.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (node) => parseDateTime(literal(node), node),
});

builder.scalarType("Date", {
  description: "日期 | A calendar date, YYYY-MM-DD, years 1900-2100; days that do not exist (2013-02-30) are refused.",
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => parseDate(value),
  parseLiteral: (node) => parseDate(literal(node), node),
});

builder.scalarType("Decimal", {
  description:
    '数值 | An exact decimal number, written as a string (e.g. "12.50"); numbers are accepted as input. At most 20 digits before the point and 10 after.',
  serialize: (value) => value.toString(),
  parseValue: (value) => parseDecimal(value),
  // Number literals keep their digits (12.345678901234567890 is not rounded through a float).
  parseLiteral: (node) =>
    parseDecimal(
      (node.kind === Kind.INT || node.kind === Kind.FLOAT) && !/[eE]/.test(node.value) ? node.value : literal(node),
      node,
    ),
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
