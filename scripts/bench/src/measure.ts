// Times two functions in alternating runs after a warm-up; reports their medians.
export interface Pair {
  candidateMs: number;
  baselineMs: number;
}

export async function measurePair(
  candidate: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  repeats = 15,
): Promise<Pair> {
  for (let i = 0; i < 3; i++) {
    await candidate();
    await baseline();
  }
  const times = { candidate: [] as number[], baseline: [] as number[] };
  const time = async (run: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await run();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < repeats; i++) {
    if (i % 2 === 0) {
      await time(candidate, times.candidate);
      await time(baseline, times.baseline);
    } else {
      await time(baseline, times.baseline);
      await time(candidate, times.candidate);
    }
  }
  return { candidateMs: median(times.candidate), baselineMs: median(times.baseline) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
