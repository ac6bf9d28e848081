// Password hashing with scrypt. The parameters travel inside the hash string
// (scrypt$N$r$p$salt$hash, base64url), so they can be raised without invalidating
// existing hashes: verification uses the stored parameters, and `needsRehash` tells the
// sign-in to replace a hash made with weaker ones. No imports beyond node:crypto: the
// seed uses it too.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

/**
 * N = 2^17, r = 8, p = 1: OWASP's current minimum for scrypt (Password Storage Cheat
 * Sheet). One hash takes 128 MiB and, on a server core, a few hundred milliseconds.
 */
export const SCRYPT_PARAMETERS: Readonly<ScryptParameters> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
/** The parameters of hashes written before SCRYPT_PARAMETERS was raised (still verified, then replaced). */
export const LEGACY_SCRYPT_PARAMETERS: Readonly<ScryptParameters> = Object.freeze({ N: 2 ** 14, r: 8, p: 1 });
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/**
 * scrypt needs 128·N·r bytes (plus 128·r·p). Verification refuses hash strings asking for
 * more than this, so a corrupt or hostile row cannot make the server allocate gigabytes.
 */
const MAX_MEMORY = 256 * 1024 * 1024;

/** Node refuses scrypt above `maxmem` (32 MiB by default): allow what the parameters need, with room. */
function maxmemFor({ N, r, p }: ScryptParameters): number {
  return 128 * r * (N + p + 2) + 1024 * 1024;
}

function reasonable({ N, r, p }: ScryptParameters): boolean {
  return (
    [N, r, p].every(Number.isSafeInteger) &&
    N > 1 &&
    (N & (N - 1)) === 0 &&
    r > 0 &&
    r <= 32 &&
    p > 0 &&
    p <= 16 &&
    128 * N * r <= MAX_MEMORY
  );
}

function derive(password: string, salt: Buffer, keyLength: number, parameters: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = { ...parameters, maxmem: maxmemFor(parameters) };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

interface ParsedHash {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

/** The parts of a well-formed scrypt hash string, or null. */
function parseHash(hash: string): ParsedHash | null {
  const parts = hash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? "", "base64url");
  const key = Buffer.from(parts[5] ?? "", "base64url");
  if (!reasonable({ N, r, p }) || salt.length === 0 || key.length < 16) return null;
  return { parameters: { N, r, p }, salt, key };
}

/**
 * A new hash with a fresh random salt. Pass a salt only to make demo data reproducible
 * (the seed writes identical rows on every run); it must still differ from user to user.
 * `parameters` other than the current ones are for tests of rehashing only.
 */
export async function hashPassword(
  password: string,
  salt: Buffer = randomBytes(SALT_LENGTH),
  parameters: ScryptParameters = SCRYPT_PARAMETERS,
): Promise<string> {
  if (salt.length < SALT_LENGTH) throw new Error(`A password salt needs at least ${SALT_LENGTH} bytes`);
  if (!reasonable(parameters)) throw new Error(`Unusable scrypt parameters ${JSON.stringify(parameters)}`);
  const { N, r, p } = parameters;
  const key = await derive(password, salt, KEY_LENGTH, parameters);
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** False for a wrong password and for anything that is not a well-formed scrypt hash. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parseHash(hash);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.key.length, parsed.parameters);
  return timingSafeEqual(actual, parsed.key);
}

/**
 * Whether a hash that just verified should be replaced by a new one: any of its
 * parameters, its salt or its key length is below what hashPassword writes today.
 */
export function needsRehash(hash: string): boolean {
  const parsed = parseHash(hash);
  if (!parsed) return true;
  const { N, r, p } = parsed.parameters;
  return (
    N < SCRYPT_PARAMETERS.N ||
    r < SCRYPT_PARAMETERS.r ||
    p < SCRYPT_PARAMETERS.p ||
    parsed.salt.length < SALT_LENGTH ||
    parsed.key.length < KEY_LENGTH
  );
}

/**
 * Spends the time of one verification at the current parameters without a real hash, so
 * that a sign-in for an unknown, inactive or password-less account takes as long as a
 * wrong password for an account with an up-to-date hash.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  const key = await derive(password, randomBytes(SALT_LENGTH), KEY_LENGTH, SCRYPT_PARAMETERS);
  timingSafeEqual(key, randomBytes(KEY_LENGTH));
  return false;
}
