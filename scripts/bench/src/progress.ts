/** What the bench is doing, on stderr: stdout holds only the report. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}
