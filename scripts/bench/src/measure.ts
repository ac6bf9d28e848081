// Times a function over repeated runs after a warm-up; reports the median.
export interface Measurement {
  name: string;
  medianMs: number;
}

export async function measure(name: string, run: () => Promise<unknown>, repeats = 15): Promise<Measurement> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)]! };
}

export function report(title: string, candidate: Measurement, baseline: Measurement): string {
  const ratio = candidate.medianMs / baseline.medianMs;
  return `${title.padEnd(58)} ${ratio.toFixed(2)}x  (${candidate.name} ${candidate.medianMs.toFixed(1)} ms vs ${baseline.name} ${baseline.medianMs.toFixed(1)} ms)`;
}
