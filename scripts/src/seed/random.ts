// Seeded randomness for the demo data: the same seed always yields the same sequence.
import seedrandom from "seedrandom";

const DAY_MS = 86_400_000;

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max), rounded to `decimals` places. */
  float(min: number, max: number, decimals?: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One key of `weights`, chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** One item, chosen with probability proportional to `weightOf(item)`. */
  pickWeighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** A UTC midnight date between `from` and `to`, both included. */
  date(from: Date, to: Date): Date;
  /** An independent generator whose sequence depends only on this one's seed and `label`. */
  fork(label: string): Random;
}

export function createRandom(seed: string): Random {
  const source = seedrandom.alea(seed);
  const next = () => source();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    float(min, max, decimals = 2) {
      const factor = 10 ** decimals;
      return Math.round((min + next() * (max - min)) * factor) / factor;
    },
    chance: (probability) => next() < probability,
    pick(items) {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      let total = 0;
      for (const key in weights) total += weights[key] ?? 0;
      let roll = next() * total;
      let last: K | undefined;
      for (const key in weights) {
        last = key;
        roll -= weights[key] ?? 0;
        if (roll < 0) return key;
      }
      if (last === undefined) throw new Error("weighted choice from no options");
      return last;
    },
    pickWeighted(items, weightOf) {
      const weights = items.map(weightOf);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let roll = next() * total;
      for (let index = 0; index < items.length; index++) {
        roll -= weights[index] ?? 0;
        if (roll < 0) return items[index] as (typeof items)[number];
      }
      return random.pick(items);
    },
    sample(items, count) {
      const copy = items.slice();
      const taken = Math.max(0, Math.min(count, copy.length));
      for (let i = 0; i < taken; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, taken);
    },
    shuffle(items) {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    date(from, to) {
      const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
      return new Date(from.getTime() + int(0, Math.max(0, days)) * DAY_MS);
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
  return random;
}
