// Small numeric helpers for the benchmark: timing a function, percentiles, and a plain text table.

export function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** Median of `runs` timings (after one warm-up run, so the JIT has seen the code). */
export function medianOf(runs: number, run: () => unknown): number {
  run();
  const times = Array.from({ length: runs }, () => time(run).ms);
  return percentile(times, 50);
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames over 20 ms: a dropped frame at 60 Hz, visible as a stutter. */
  over20: number;
  /** Frames over 50 ms: a long task, felt as a freeze. */
  over50: number;
}

export function frameStats(deltas: readonly number[]): FrameStats {
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: Math.max(...deltas),
    over20: deltas.filter((d) => d > 20).length,
    over50: deltas.filter((d) => d > 50).length,
  };
}

export interface Row {
  what: string;
  result: string;
  target?: string;
  ok?: boolean;
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

export function printTable(
  title: string,
  rows: readonly Row[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  const head: Row = { what: 'measure', result: 'result', target: 'target' };
  const all = [head, ...rows];
  const w1 = Math.max(...all.map((r) => r.what.length));
  const w2 = Math.max(...all.map((r) => r.result.length));
  const w3 = Math.max(...all.map((r) => (r.target ?? '').length));
  const line = (r: Row, mark: string): string =>
    `  ${r.what.padEnd(w1)}  ${r.result.padStart(w2)}  ${(r.target ?? '').padEnd(w3)}  ${mark}`.trimEnd();
  write(`\n${title}\n`);
  write(`${line(head, '')}\n  ${'-'.repeat(w1 + w2 + w3 + 8)}\n`);
  for (const r of rows) write(`${line(r, r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER')}\n`);
}

export function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
