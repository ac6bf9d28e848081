// The Date, DateTime and Decimal scalars refuse what is not a real value, in variables
// (parseValue) and literals (parseLiteral) alike, as BAD_USER_INPUT with a reason.
import { GraphQLError, parseValue as parseLiteralText, type GraphQLScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "./graphql/index.ts";

const scalar = (name: string) => schema.getType(name) as GraphQLScalarType;

/** Parses as a variable and as a literal; both agree. */
function parse(name: string, value: unknown): unknown {
  const fromVariable = scalar(name).parseValue(value);
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  const fromLiteral = scalar(name).parseLiteral(parseLiteralText(text), undefined);
  expect(String(fromLiteral)).toBe(String(fromVariable));
  return fromVariable;
}

function refusal(name: string, value: unknown): GraphQLError[] {
  const errors: GraphQLError[] = [];
  try {
    scalar(name).parseValue(value);
  } catch (error) {
    errors.push(error as GraphQLError);
  }
  if (typeof value === "string" || typeof value === "number") {
    try {
      scalar(name).parseLiteral(
        parseLiteralText(typeof value === "string" ? JSON.stringify(value) : String(value)),
        undefined,
      );
    } catch (error) {
      errors.push(error as GraphQLError);
    }
  }
  return errors;
}

function expectRefused(name: string, value: unknown, reason: RegExp) {
  const errors = refusal(name, value);
  expect(errors.length, `${name} accepted ${JSON.stringify(value)}`).toBe(
    typeof value === "string" || typeof value === "number" ? 2 : 1,
  );
  for (const error of errors) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(reason);
  }
}

describe("Date", () => {
  it("accepts calendar days of 1900-2100, leap days included", () => {
    expect((parse("Date", "2013-05-01") as Date).toISOString()).toBe("2013-05-01T00:00:00.000Z");
    expect((parse("Date", "2012-02-29") as Date).toISOString()).toBe("2012-02-29T00:00:00.000Z");
    expect((parse("Date", "2000-02-29") as Date).toISOString()).toBe("2000-02-29T00:00:00.000Z");
    expect((parse("Date", "1900-01-01") as Date).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect((parse("Date", "2100-12-31") as Date).toISOString()).toBe("2100-12-31T00:00:00.000Z");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expectRefused("Date", "2013-02-30", /there is no day 30 in February 2013 \(28 days\)/);
    expectRefused("Date", "2013-02-29", /no day 29 in February 2013/);
    expectRefused("Date", "1900-02-29", /no day 29 in February 1900/);
    expectRefused("Date", "2013-04-31", /no day 31 in April 2013 \(30 days\)/);
    expectRefused("Date", "2013-13-01", /there is no month 13/);
    expectRefused("Date", "2013-00-10", /there is no month 0/);
    expectRefused("Date", "2013-01-00", /no day 0/);
  });

  it("refuses years outside 1900-2100 and other formats", () => {
    expectRefused("Date", "0000-01-01", /years 1900 to 2100 only/);
    expectRefused("Date", "1899-12-31", /years 1900 to 2100 only/);
    expectRefused("Date", "2101-01-01", /years 1900 to 2100 only/);
    for (const text of [
      "2013-5-1",
      "20130501",
      "2013-05-01T00:00:00Z",
      " 2013-05-01",
      "+002013-05-01",
      "",
      "yesterday",
    ]) {
      expectRefused("Date", text, /expected YYYY-MM-DD/);
    }
    expectRefused("Date", 20130501, /give a calendar date as a string/);
    expectRefused("Date", null, /give a calendar date as a string/);
    expectRefused("Date", { year: 2013 }, /give a calendar date as a string/);
  });
});

describe("DateTime", () => {
  it("accepts RFC 3339 date-times with a UTC offset", () => {
    expect((parse("DateTime", "2013-05-01T08:00:00.000Z") as Date).toISOString()).toBe("2013-05-01T08:00:00.000Z");
    expect((parse("DateTime", "2013-05-01T16:00:00+08:00") as Date).toISOString()).toBe("2013-05-01T08:00:00.000Z");
    expect((parse("DateTime", "2013-05-01T00:30-02:30") as Date).toISOString()).toBe("2013-05-01T03:00:00.000Z");
    expect((parse("DateTime", "2013-05-01 08:00:00.123456z") as Date).toISOString()).toBe("2013-05-01T08:00:00.123Z");
    expect((parse("DateTime", "2012-02-29T23:59:59Z") as Date).toISOString()).toBe("2012-02-29T23:59:59.000Z");
  });

  it("refuses rolled-over, partial and malformed values", () => {
    expectRefused("DateTime", "2013-02-30T00:00:00Z", /no day 30 in February 2013/);
    expectRefused("DateTime", "2013-05-01T24:00:00Z", /there is no hour 24/);
    expectRefused("DateTime", "2013-05-01T08:60:00Z", /there is no minute 60/);
    expectRefused("DateTime", "2013-05-01T08:00:60Z", /there is no second 60/);
    expectRefused("DateTime", "2013-05-01T08:00:00+24:00", /there is no UTC offset/);
    expectRefused("DateTime", "1899-12-31T23:00:00Z", /years 1900 to 2100 only/);
    expectRefused("DateTime", "+275760-09-13T00:00:00Z", /expected YYYY-MM-DDTHH:MM/);
    // A date alone is ambiguous (whose midnight?) and is refused with a hint.
    expectRefused("DateTime", "2013-05-01", /needs a time and a UTC offset, e.g. 2013-05-01T00:00:00\+08:00/);
    // So is a time without an offset, and anything Date.parse would guess at.
    for (const text of [
      "2013-05-01T08:00:00",
      "1",
      "May 1, 2013",
      "2013-05-01T08Z",
      "Wed, 01 May 2013 08:00:00 GMT",
      "",
    ]) {
      expectRefused("DateTime", text, /expected YYYY-MM-DDTHH:MM|needs a time/);
    }
    expectRefused("DateTime", 1367395200000, /as a string/);
  });
});

describe("Decimal", () => {
  it("accepts decimal strings and numbers, keeping a literal's digits", () => {
    expect(String(parse("Decimal", "12.50"))).toBe("12.5");
    expect(String(parse("Decimal", "-0.01"))).toBe("-0.01");
    expect(String(parse("Decimal", 7))).toBe("7");
    expect(String(scalar("Decimal").parseLiteral(parseLiteralText("12345678901234567890.0123456789"), undefined))).toBe(
      "12345678901234567890.0123456789",
    );
  });

  it("refuses absurd lengths, exponents and non-numbers", () => {
    expectRefused("Decimal", "1".repeat(21), /at most 20 digits before the point and 10 after it/);
    expectRefused("Decimal", `1.${"0".repeat(11)}`, /at most 20 digits/);
    expectRefused("Decimal", "9".repeat(100_000), /at most 20 digits/);
    expectRefused("Decimal", "1e5", /expected digits/);
    expectRefused("Decimal", "NaN", /expected digits/);
    expectRefused("Decimal", "Infinity", /expected digits/);
    expectRefused("Decimal", " 1", /expected digits/);
    expectRefused("Decimal", 1e21, /expected digits/);
    expectRefused("Decimal", Number.POSITIVE_INFINITY, /expected digits/);
    // The message quotes a long value only in part.
    expect(refusal("Decimal", "9".repeat(100_000))[0]!.message.length).toBeLessThan(200);
  });
});
