// Chinese identifiers, checked the same way by the API, the grid, the import and the loaders:
// resident ID numbers (GB 11643-1999: region, birth date, sequence, check character), phone
// numbers (mobile 1[3-9]xxxxxxxxx, landline with area code) and unified social credit codes
// (GB 32100-2015: 31-character alphabet, check character). A field opts in with a tag in its
// doc comment: `/// @idNumber`, `/// @phone`, `/// @creditCode`.

export type IdentifierFormat = "idNumber" | "phone" | "creditCode";

/** The value in its canonical form, or why it is not valid (Chinese and English). */
export type IdentifierCheck = { ok: true; value: string } | { ok: false; zh: string; en: string };

const ok = (value: string): IdentifierCheck => ({ ok: true, value });
const bad = (zh: string, en: string): IdentifierCheck => ({ ok: false, zh, en });

/** First two digits of the administrative division codes (GB/T 2260): provinces and municipalities. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** The check character of the first 17 digits of an ID number. */
export function idNumberCheckCharacter(body: string): string {
  const sum = [...body.slice(0, 17)].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i]!, 0);
  return ID_CHECK[sum % 11]!;
}

/** The birth date an ID number encodes, "YYYY-MM-DD" (undefined if it is not a real date). */
export function idNumberBirthDate(id: string): string | undefined {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

export function checkIdNumber(raw: string, today = new Date()): IdentifierCheck {
  const id = raw.normalize("NFKC").trim().toUpperCase();
  if (/^\d{15}$/.test(id))
    return bad("应为18位（15位旧号码请换算为18位）", "must have 18 characters (convert an old 15-digit number)");
  if (!/^\d{17}[\dX]$/.test(id)) return bad("应为18位：17位数字加1位数字或X", "must be 17 digits and a digit or X");
  if (!PROVINCES.has(Number(id.slice(0, 2))))
    return bad(`地区码 ${id.slice(0, 6)} 不存在`, `no region has the code ${id.slice(0, 6)}`);
  const birth = idNumberBirthDate(id);
  if (!birth)
    return bad(`出生日期 ${id.slice(6, 14)} 不是有效日期`, `the birth date ${id.slice(6, 14)} is not a real date`);
  if (birth < "1900-01-01" || new Date(`${birth}T00:00:00Z`) > today)
    return bad(`出生日期 ${birth} 不合理`, `the birth date ${birth} is not plausible`);
  const check = idNumberCheckCharacter(id);
  if (id[17] !== check)
    return bad(`校验位应为 ${check}，实为 ${id[17]}`, `the check character should be ${check}, not ${id[17]}`);
  return ok(id);
}

/**
 * A mobile number (11 digits from 13x to 19x, optionally +86) or a landline with its area code
 * (0514-87654321, 010 12345678, an extension after "-" or "转"); spaces and dashes as people
 * type them are allowed, the mobile number is stored as its 11 digits.
 */
export function checkPhone(raw: string): IdentifierCheck {
  const text = raw.normalize("NFKC").trim();
  const compact = text.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  if (/^1[3-9]\d{9}$/.test(compact)) return ok(compact);
  const landline = /^(0\d{2,3})[\s-]?(\d{7,8})(?:(?:-|转|ext\.?)(\d{1,6}))?$/i.exec(
    text.replace(/^(\+86|0086)\s*/, "0").replace(/^00/, "0"),
  );
  if (landline) return ok(`${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ""}`);
  return bad(
    "应为11位手机号（如 13912345678）或带区号的固定电话（如 0514-87654321）",
    "must be an 11-digit mobile number (e.g. 13912345678) or a landline with its area code (e.g. 0514-87654321)",
  );
}

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a unified social credit code. */
export function creditCodeCheckCharacter(body: string): string {
  const sum = [...body.slice(0, 17)].reduce(
    (total, char, i) => total + CODE_CHARS.indexOf(char) * CREDIT_WEIGHTS[i]!,
    0,
  );
  return CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(raw: string): IdentifierCheck {
  const code = raw.normalize("NFKC").trim().toUpperCase();
  if (code.length !== 18) return bad(`应为18位，实为${code.length}位`, `must have 18 characters, not ${code.length}`);
  const wrong = [...code].find((char) => !CODE_CHARS.includes(char));
  if (wrong)
    return bad(
      `含有不允许的字符 ${wrong}（不用 I、O、Z、S、V）`,
      `contains ${wrong}, which is not allowed (no I, O, Z, S, V)`,
    );
  if (!/^\d{6}$/.test(code.slice(2, 8)))
    return bad("第3至8位应为行政区划码", "characters 3 to 8 must be a region code");
  const check = creditCodeCheckCharacter(code);
  if (code[17] !== check)
    return bad(`校验位应为 ${check}，实为 ${code[17]}`, `the check character should be ${check}, not ${code[17]}`);
  return ok(code);
}

const CHECKS: Record<IdentifierFormat, (raw: string) => IdentifierCheck> = {
  idNumber: (raw) => checkIdNumber(raw),
  phone: checkPhone,
  creditCode: checkCreditCode,
};

/** What the check of each format is called in messages. */
export const IDENTIFIER_LABELS: Record<IdentifierFormat, { zh: string; en: string }> = {
  idNumber: { zh: "身份证号", en: "ID number" },
  phone: { zh: "电话号码", en: "phone number" },
  creditCode: { zh: "统一社会信用代码", en: "unified social credit code" },
};

export function checkIdentifier(format: IdentifierFormat, raw: string): IdentifierCheck {
  return CHECKS[format](raw);
}

export const IDENTIFIER_FORMATS: readonly IdentifierFormat[] = ["idNumber", "phone", "creditCode"];
