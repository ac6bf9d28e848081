// Valid-looking national ID numbers (GB 11643) and unified social credit codes (GB 32100), unique per run.
import type { Gender } from "@p181/db";
import type { Random } from "./random.ts";

/** Where people were registered at birth: mostly this city (3211xx is the prefecture), some from elsewhere. */
const LOCAL_REGIONS: Readonly<Record<string, number>> = {
  "321181": 88,
  "321102": 3,
  "321111": 2,
  "321112": 2,
  "321183": 2,
  "321182": 3,
};
const OTHER_REGIONS: Readonly<Record<string, number>> = {
  "320482": 3,
  "320481": 2,
  "321023": 2,
  "320924": 2,
  "340121": 3,
  "342422": 2,
  "341221": 2,
  "411421": 2,
  "510722": 1,
  "320311": 1,
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

export class IdNumbers {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** Marks IDs issued elsewhere as taken. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.used.add(id);
  }

  /** An 18-character ID: region, birth date, sequence whose parity encodes gender, check character. */
  next(birthDate: Date, gender: Gender, fromElsewhere = false): string {
    const region = this.random.weighted(fromElsewhere || this.random.chance(0.05) ? OTHER_REGIONS : LOCAL_REGIONS);
    const birth = birthDate.toISOString().slice(0, 10).replaceAll("-", "");
    let sequence = this.random.int(0, 498) * 2 + (gender === "MALE" ? 1 : 0);
    for (let attempt = 0; attempt < 500; attempt++) {
      const body = `${region}${birth}${String(sequence).padStart(3, "0")}`;
      const id = body + idCheckCharacter(body);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
      sequence = (sequence + 2) % 1000;
    }
    throw new Error(`No free ID number for ${birth}`);
  }
}

export function idCheckCharacter(body: string): string {
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (ID_WEIGHTS[index] ?? 0), 0);
  return ID_CHECK[sum % 11] ?? "0";
}

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export class CreditCodes {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** 91 (enterprise) + administrative region + 9-character organisation code + check character. */
  next(region = "321181"): string {
    for (let attempt = 0; attempt < 500; attempt++) {
      const organisationBody = Array.from({ length: 8 }, () => String(this.random.int(0, 9))).join("");
      const body = `91${region}${organisationBody}${organisationCodeCheck(organisationBody)}`;
      const code = body + creditCheckCharacter(body);
      if (!this.used.has(code)) {
        this.used.add(code);
        return code;
      }
    }
    throw new Error("No free credit code");
  }
}

function organisationCodeCheck(body: string): string {
  const sum = [...body].reduce(
    (total, digit, index) => total + Number(digit) * (ORGANISATION_CODE_WEIGHTS[index] ?? 0),
    0,
  );
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

export function creditCheckCharacter(body: string): string {
  const sum = [...body].reduce(
    (total, char, index) => total + CODE_CHARS.indexOf(char) * (CREDIT_WEIGHTS[index] ?? 0),
    0,
  );
  return CODE_CHARS[(31 - (sum % 31)) % 31] ?? "0";
}
