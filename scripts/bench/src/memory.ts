// This process's memory as a leak shows in it: read after a full garbage collection, so
// that what is printed is what the process holds on to, not garbage not yet collected.
import v8 from "node:v8";
import vm from "node:vm";

export interface MemorySample {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  /** Memory outside the JS heap: buffers, and on PGlite the embedded database's Wasm memory. */
  externalMb: number;
}

let collect: (() => void) | undefined;

function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
}

export function memoryAfterGc(): MemorySample {
  collectGarbage();
  const usage = process.memoryUsage();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    rssMb: mb(usage.rss),
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
  };
}
