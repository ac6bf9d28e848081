// Dates of the demo data. Everything is a UTC midnight, so a @db.Date column stores exactly that day.
import { PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "@p181/schema";

const DAY_MS = 86_400_000;

export const PROGRAMME_YEARS: readonly number[] = Array.from(
  { length: PROGRAMME_LAST_YEAR - PROGRAMME_FIRST_YEAR + 1 },
  (_, index) => PROGRAMME_FIRST_YEAR + index,
);

/** The day the demo data describes: the end of the programme. Nothing happens after it. */
export const AS_OF = day(PROGRAMME_LAST_YEAR, 12, 31);

export function day(year: number, month: number, dayOfMonth: number): Date {
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function yearStart(year: number): Date {
  return day(year, 1, 1);
}

export function yearEnd(year: number): Date {
  return day(year, 12, 31);
}

export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

/** Whole years of age on `on`. */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
