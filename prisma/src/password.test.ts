// Each hash at the current parameters costs a few hundred milliseconds: the tests share
// one where they can.
import { beforeAll, describe, expect, it } from "vitest";
import {
  hashPassword,
  LEGACY_SCRYPT_PARAMETERS,
  needsRehash,
  SCRYPT_PARAMETERS,
  verifyAgainstNothing,
  verifyPassword,
} from "./password.ts";

describe("password hashing", () => {
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword("正确的密码");
  });

  it("hashes at OWASP's minimum for scrypt: N = 2^17, r = 8, p = 1", () => {
    expect(SCRYPT_PARAMETERS).toEqual({ N: 131_072, r: 8, p: 1 });
  });

  it("stores the scrypt parameters, a random salt and the hash", async () => {
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hashPassword("正确的密码")).not.toBe(hash);
    expect(needsRehash(hash)).toBe(false);
  });

  it("takes a given salt for reproducible demo data, and refuses a short one", async () => {
    // The key checked against node:crypto's scryptSync("demo181", salt, 32, { N: 2 ** 17, r: 8, p: 1 }).
    expect(await hashPassword("demo181", Buffer.alloc(16, 7))).toBe(
      "scrypt$131072$8$1$BwcHBwcHBwcHBwcHBwcHBw$X09QBGiwJxqfMAihqLZ2cWmPFIPTV1WLxUvb_P11UbM",
    );
    await expect(hashPassword("demo181", Buffer.alloc(8))).rejects.toThrow(/16 bytes/);
  });

  it("verifies the right password only", async () => {
    expect(await verifyPassword("正确的密码", hash)).toBe(true);
    expect(await verifyPassword("错误的密码", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("verifies with the parameters stored in the hash", async () => {
    const weaker = hash.replace(/^scrypt\$\d+/, "scrypt$1024");
    expect(await verifyPassword("正确的密码", weaker)).toBe(false);
  });

  it("still verifies hashes made with the old parameters, and asks for them to be replaced", async () => {
    // The one place besides the sign-in's rehash test that makes a legacy hash on purpose.
    const legacy = await hashPassword("旧密码", undefined, LEGACY_SCRYPT_PARAMETERS);
    expect(legacy).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword("旧密码", legacy)).toBe(true);
    expect(await verifyPassword("新密码", legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });

  it("asks for a rehash when any parameter, the salt or the key is below today's", () => {
    const salt = Buffer.alloc(16, 1).toString("base64url");
    const key = Buffer.alloc(32, 2).toString("base64url");
    expect(needsRehash(`scrypt$131072$8$1$${salt}$${key}`)).toBe(false);
    expect(needsRehash(`scrypt$262144$8$1$${salt}$${key}`)).toBe(false);
    expect(needsRehash(`scrypt$65536$8$1$${salt}$${key}`)).toBe(true);
    expect(needsRehash(`scrypt$131072$4$1$${salt}$${key}`)).toBe(true);
    expect(needsRehash(`scrypt$131072$8$1$${Buffer.alloc(8).toString("base64url")}$${key}`)).toBe(true);
    expect(needsRehash(`scrypt$131072$8$1$${salt}$${Buffer.alloc(16).toString("base64url")}`)).toBe(true);
    expect(needsRehash("plain")).toBe(true);
  });

  it("refuses to make hashes with unusable parameters", async () => {
    await expect(hashPassword("x", undefined, { N: 1000, r: 8, p: 1 })).rejects.toThrow(/Unusable/);
    await expect(hashPassword("x", undefined, { N: 2 ** 21, r: 8, p: 1 })).rejects.toThrow(/Unusable/);
  });

  it("rejects malformed and absurd hashes without throwing", async () => {
    for (const hash of [
      "",
      "plain",
      "scrypt$16384$8$1$salt",
      "bcrypt$a$b$c$d$e",
      "scrypt$1073741824$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
      // 2^20 × 8 × 128 bytes = 1 GiB: above what verification agrees to allocate.
      "scrypt$1048576$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
      "scrypt$1000$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
    ]) {
      expect(await verifyPassword("x", hash)).toBe(false);
    }
  });

  it("spends a verification on nothing and says no", async () => {
    expect(await verifyAgainstNothing("demo181")).toBe(false);
  });
});
