// Preloaded into Prisma CLI processes. Against PGlite the Wasm schema engine leaves
// a 10 s guard timer armed after it has finished, which keeps the CLI alive for
// 10 s after every command; unref'd, the timer still fires if work is pending.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000) timer.unref();
  return timer;
};
