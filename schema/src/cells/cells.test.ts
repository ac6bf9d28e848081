import { describe, expect, it } from "vitest";
import { entityField, entityFields } from "../fields.ts";
import { parseDate, parseText } from "./text.ts";
import { excelSerialDate, readCell } from "./typed.ts";
import { enumValueOf } from "./text.ts";

const field = (model: string, name: string) => entityField(model, name)!;

describe("parsing cells", () => {
  it("reads the dates spreadsheets produce", () => {
    for (const text of ["2013/5/1", "2013-05-01", "2013.5.1", "2013年5月1日", "20130501", " 2013/05/01 "])
      expect(parseDate(text)).toBe("2013-05-01");
    expect(parseDate("2013/2/30")).toBeNull();
    expect(parseDate("5/1/2013")).toBeNull();
  });

  it("reads enum labels and codes, numbers, booleans and lists", () => {
    expect(parseText(field("PartyMember", "category"), "预备党员")).toEqual({ ok: true, value: "PROBATIONARY" });
    expect(parseText(field("PartyMember", "category"), "full")).toEqual({ ok: true, value: "FULL" });
    expect(parseText(field("PartyMember", "category"), "群众")).toMatchObject({ ok: false, error: "enum" });
    expect(parseText(field("PartyMember", "skills"), "农技、法律,财会")).toEqual({
      ok: true,
      value: ["农技", "法律", "财会"],
    });
    expect(parseText(field("PartyMember", "organisationId"), "东村党支部")).toEqual({ ok: true, lookup: "东村党支部" });
    expect(parseText(field("PartyMember", "organisationId"), "12")).toEqual({ ok: true, value: 12 });
    expect(parseText(field("PartyMember", "name"), "")).toMatchObject({ ok: false, error: "required" });
    const zone = entityFields("Zone");
    expect(parseText(zone.find((f) => f.name === "population")!, "1,200")).toEqual({ ok: true, value: 1200 });
    expect(parseText(zone.find((f) => f.name === "economicallyWeak")!, "是")).toEqual({ ok: true, value: true });
  });
});

describe("reading cells", () => {
  it("reads dates written every way spreadsheets write them", () => {
    const joinedOn = field("PartyMember", "joinedOn");
    for (const cell of [
      "2013/5/1",
      "2013-05-01",
      "2013年5月1日",
      "20130501",
      41395,
      "41395",
      20130501,
      new Date(Date.UTC(2013, 4, 1)),
    ]) {
      expect(readCell(joinedOn, cell), String(cell)).toEqual({ ok: true, value: "2013-05-01" });
    }
    expect(readCell(joinedOn, "2013/2/30")).toMatchObject({ ok: false, error: "date" });
    expect(readCell(joinedOn, -3)).toMatchObject({ ok: false, error: "date" });
    expect(excelSerialDate(1)?.date).toBe("1900-01-01");
    expect(excelSerialDate(61)?.date).toBe("1900-03-01");
    expect(excelSerialDate(41395.5)).toMatchObject({ date: "2013-05-01", hours: 12, minutes: 0 });
  });

  it("reads enum labels, numbers, decimals, booleans, references and long numbers", () => {
    expect(readCell(field("PartyMember", "category"), "预备党员")).toEqual({ ok: true, value: "PROBATIONARY" });
    expect(readCell(field("PartyMember", "category"), "群众")).toMatchObject({ ok: false, error: "enum" });
    expect(readCell(field("Zone", "population"), 1200)).toEqual({ ok: true, value: 1200 });
    expect(readCell(field("Zone", "population"), "1,200")).toEqual({ ok: true, value: 1200 });
    expect(readCell(field("Zone", "population"), 12.5)).toMatchObject({ ok: false, error: "integer" });
    expect(readCell(field("Zone", "areaKm2"), 0.1 + 0.2)).toEqual({ ok: true, value: "0.3" });
    expect(readCell(field("Zone", "economicallyWeak"), "是")).toEqual({ ok: true, value: true });
    expect(readCell(field("Zone", "economicallyWeak"), true)).toEqual({ ok: true, value: true });
    expect(readCell(field("PartyMember", "organisationId"), "东村党支部")).toEqual({ ok: true, lookup: "东村党支部" });
    expect(readCell(field("PartyMember", "organisationId"), 12)).toEqual({ ok: true, lookup: "12" });
    expect(readCell(field("PartyMember", "phone"), 13900000001)).toEqual({ ok: true, value: "13900000001" });
    // biome-ignore lint/correctness/noPrecisionLoss: Excel hands an 18-digit ID number over as this imprecise number
    expect(readCell(field("PartyMember", "idNumber"), 321181199001010099)).toMatchObject({
      ok: false,
      error: "long_number",
    });
    expect(readCell(field("PartyMember", "name"), null)).toMatchObject({ ok: false, error: "required" });
    expect(readCell(field("PartyMember", "skills"), "农技、法律")).toEqual({ ok: true, value: ["农技", "法律"] });
  });
});

describe("full-width input and enum label parts", () => {
  it("reads what a Chinese input method types", () => {
    expect(parseText(field("Zone", "population"), "１，２００")).toEqual({ ok: true, value: 1200 });
    expect(parseText(field("PartyMember", "joinedOn"), "２０１３年５月１日")).toEqual({
      ok: true,
      value: "2013-05-01",
    });
    expect(parseText(field("Zone", "areaKm2"), "1,2,3")).toMatchObject({ ok: false, error: "decimal" });
    expect(parseText(field("Zone", "areaKm2"), ".5")).toEqual({ ok: true, value: "0.5" });
  });

  it("names an enum value by one part of a label with alternatives, when only one value has it", () => {
    expect(["镇", "街道", "town", "ＴＯＷＮ"].map((text) => enumValueOf("TargetScopeLevel", text))).toEqual([
      "TOWN",
      "TOWN",
      "TOWN",
      "TOWN",
    ]);
    expect(enumValueOf("TargetScopeLevel", "省")).toBeUndefined();
  });
});

describe("identifiers", () => {
  it("checks ID numbers, phones and credit codes where the field says so, and stores them canonically", () => {
    expect(parseText(field("PartyMember", "idNumber"), "11010519491231002x")).toEqual({
      ok: true,
      value: "11010519491231002X",
    });
    expect(parseText(field("PartyMember", "idNumber"), "110105194912310021")).toMatchObject({
      ok: false,
      error: "identifier",
      args: { label_zh: "身份证号" },
    });
    expect(parseText(field("PartyMember", "phone"), "139 1234 5678")).toEqual({ ok: true, value: "13912345678" });
    expect(readCell(field("PartyMember", "phone"), 8765432)).toMatchObject({ ok: false, error: "identifier" });
    expect(parseText(field("PartyMember", "name"), "8765432")).toEqual({ ok: true, value: "8765432" });
  });
});
