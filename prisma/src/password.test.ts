import { describe, expect, it } from "vitest";
import { hashPassword, SCRYPT_PARAMETERS, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("stores the scrypt parameters, a random salt and the hash", async () => {
    const hash = await hashPassword("demo181");
    const { N, r, p } = SCRYPT_PARAMETERS;
    expect(hash).toMatch(new RegExp(`^scrypt\\$${N}\\$${r}\\$${p}\\$[\\w-]{22}\\$[\\w-]{43}$`));
    expect(await hashPassword("demo181")).not.toBe(hash);
  });

  it("takes a given salt for reproducible demo data, and refuses a short one", async () => {
    const salt = Buffer.alloc(16, 7);
    expect(await hashPassword("demo181", salt)).toBe(await hashPassword("demo181", salt));
    await expect(hashPassword("demo181", Buffer.alloc(8))).rejects.toThrow(/16 bytes/);
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("正确的密码");
    expect(await verifyPassword("正确的密码", hash)).toBe(true);
    expect(await verifyPassword("错误的密码", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("verifies with the parameters stored in the hash", async () => {
    const hash = await hashPassword("x");
    const weaker = hash.replace(/^scrypt\$\d+/, "scrypt$1024");
    expect(await verifyPassword("x", weaker)).toBe(false);
  });

  it("rejects malformed and absurd hashes without throwing", async () => {
    for (const hash of ["", "plain", "scrypt$16384$8$1$salt", "bcrypt$a$b$c$d$e", "scrypt$1073741824$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA", "scrypt$1000$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA"]) {
      expect(await verifyPassword("x", hash)).toBe(false);
    }
  });

  it("takes tens of milliseconds, not seconds", async () => {
    const started = performance.now();
    await hashPassword("demo181");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
