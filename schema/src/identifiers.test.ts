import { describe, expect, it } from "vitest";
import {
  checkCreditCode,
  checkIdNumber,
  checkPhone,
  idNumberBirthDate,
  idNumberCheckCharacter,
} from "./identifiers.ts";

const validId = (body: string) => body + idNumberCheckCharacter(body);

describe("resident ID numbers (GB 11643)", () => {
  it("accepts a valid number, a lower-case x and full-width digits, in canonical form", () => {
    expect(checkIdNumber("11010519491231002X")).toEqual({ ok: true, value: "11010519491231002X" });
    expect(checkIdNumber("11010519491231002x")).toEqual({ ok: true, value: "11010519491231002X" });
    const id = validId("32118119900101001");
    expect(checkIdNumber(id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))).toEqual({
      ok: true,
      value: id,
    });
    expect(idNumberBirthDate(id)).toBe("1990-01-01");
  });

  it("refuses a wrong check character, an impossible birth date, an unknown region and 15 digits", () => {
    const id = validId("32118119900101001");
    const wrong = id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    expect(checkIdNumber(wrong)).toMatchObject({ ok: false, zh: expect.stringContaining("校验位应为") });
    expect(checkIdNumber(validId("32118119910231001"))).toMatchObject({
      ok: false,
      zh: expect.stringContaining("19910231"),
    });
    expect(checkIdNumber(validId("99118119900101001"))).toMatchObject({
      ok: false,
      zh: expect.stringContaining("地区码"),
    });
    expect(checkIdNumber(validId("32118121900101001"))).toMatchObject({
      ok: false,
      zh: expect.stringContaining("不合理"),
    });
    expect(checkIdNumber("321181900101001")).toMatchObject({ ok: false, zh: expect.stringContaining("18位") });
    expect(checkIdNumber("3211811990010100112")).toMatchObject({ ok: false });
  });
});

describe("phone numbers", () => {
  it("accepts mobile numbers and landlines as people type them", () => {
    expect(checkPhone("139 1234 5678")).toEqual({ ok: true, value: "13912345678" });
    expect(checkPhone("+86 139-1234-5678")).toEqual({ ok: true, value: "13912345678" });
    expect(checkPhone("0514-87654321")).toEqual({ ok: true, value: "0514-87654321" });
    expect(checkPhone("010 12345678")).toEqual({ ok: true, value: "010-12345678" });
    expect(checkPhone("0514-8765432转123")).toEqual({ ok: true, value: "0514-8765432-123" });
  });

  it("refuses 7-digit numbers, 12-digit mobiles and other text", () => {
    for (const bad of ["8765432", "139123456789", "12912345678", "电话", "1391234567x"])
      expect(checkPhone(bad), bad).toMatchObject({ ok: false });
  });
});

describe("unified social credit codes (GB 32100)", () => {
  it("accepts a valid code in any case and refuses a wrong check character or letters it never uses", () => {
    expect(checkCreditCode("91350100M000100Y43")).toEqual({ ok: true, value: "91350100M000100Y43" });
    expect(checkCreditCode("91350100m000100y43")).toEqual({ ok: true, value: "91350100M000100Y43" });
    expect(checkCreditCode("91350100M000100Y44")).toMatchObject({ ok: false, zh: expect.stringContaining("校验位") });
    expect(checkCreditCode("91350100M000100I43")).toMatchObject({ ok: false, zh: expect.stringContaining("I") });
    expect(checkCreditCode("9135010")).toMatchObject({ ok: false, zh: expect.stringContaining("18位") });
  });
});
