// Password hashing with scrypt. The parameters travel inside the hash string
// (scrypt$N$r$p$salt$hash, base64url), so they can be raised later without
// invalidating existing hashes. No imports beyond node:crypto: the seed uses it too.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** N = 2^14, r = 8, p = 1: the classic interactive-login setting, about 50-100 ms per hash. */
export const SCRYPT_PARAMETERS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Guards verification against a hash string with absurd parameters. */
const MAX_N = 1 << 20;

function derive(password: string, salt: Buffer, keyLength: number, { N, r, p }: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * A new hash with a fresh random salt. Pass a salt only to make demo data reproducible
 * (the seed writes identical rows on every run); it must still differ from user to user.
 */
export async function hashPassword(password: string, salt: Buffer = randomBytes(SALT_LENGTH)): Promise<string> {
  if (salt.length < SALT_LENGTH) throw new Error(`A password salt needs at least ${SALT_LENGTH} bytes`);
  const { N, r, p } = SCRYPT_PARAMETERS;
  const key = await derive(password, salt, KEY_LENGTH, SCRYPT_PARAMETERS);
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** False for a wrong password and for anything that is not a well-formed scrypt hash. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parts = hash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const expected = Buffer.from(parts[5] ?? "", "base64url");
  const valid = [N, r, p].every(Number.isSafeInteger) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0 && r > 0 && r <= 32 && p > 0 && p <= 16;
  if (!valid || salt.length === 0 || expected.length < 16) return false;
  const actual = await derive(password, salt, expected.length, { N, r, p });
  return timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification without a real hash, so that a sign-in for an
 * unknown, inactive or password-less account takes as long as a wrong password.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(password, await dummyHash);
  return false;
}
